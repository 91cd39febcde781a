package org.derivx.gui.derivation;

import java.awt.Color;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import org.derivx.render.Formulas;
import org.jfree.fx.FXGraphics2D;
import org.scilab.forge.jlatexmath.TeXIcon;

/**
 * One typeset formula: JLaTeXMath drawn through FXGraphics2D onto a Canvas sized to the formula, at
 * the screen's output scale so it stays crisp on HiDPI displays.
 */
public final class FormulaCanvas extends Canvas {
  private final String latex;
  private final float size;
  private Color colour;

  public FormulaCanvas(String latex, float size) {
    this(latex, size, Color.BLACK);
  }

  public FormulaCanvas(String latex, float size, Color colour) {
    this.latex = latex;
    this.size = size;
    this.colour = colour;
    getStyleClass().add("formula");
    redraw();
  }

  /** Text colour of formulas on the dark theme's background. */
  public static final Color ON_DARK = new Color(0xDC, 0xDC, 0xDC);

  /** A formula in the theme's text colour. */
  public static FormulaCanvas themed(String latex, float size, boolean dark) {
    return new FormulaCanvas(latex, size, dark ? ON_DARK : Color.BLACK);
  }

  public String latex() {
    return latex;
  }

  /** Redraws in {@code c} (for the dark theme). */
  public void setColour(Color c) {
    colour = c;
    redraw();
  }

  private void redraw() {
    TeXIcon icon = Formulas.icon(latex, size, colour);
    setWidth(icon.getIconWidth());
    setHeight(icon.getIconHeight());
    GraphicsContext gc = getGraphicsContext2D();
    gc.clearRect(0, 0, getWidth(), getHeight());
    FXGraphics2D g = new FXGraphics2D(gc);
    icon.paintIcon(null, g, 0, 0);
  }
}
