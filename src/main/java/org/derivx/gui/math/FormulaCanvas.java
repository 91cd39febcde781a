package org.derivx.gui.math;

import java.awt.Color;
import javafx.scene.canvas.Canvas;
import org.derivx.render.Formulas;
import org.jfree.fx.FXGraphics2D;
import org.scilab.forge.jlatexmath.TeXIcon;

/**
 * One typeset formula: JLaTeXMath drawn through FXGraphics2D onto a Canvas sized to the formula, at
 * the screen's output scale so it stays crisp on HiDPI displays.
 */
public final class FormulaCanvas extends Canvas {
  /** Text colour of formulas on the dark theme's background. */
  public static final Color ON_DARK = new Color(0xF2, 0xF2, 0xF2);

  private final String latex;

  /** Drawn once: views rebuild on a theme change rather than recolour formulas in place. */
  private FormulaCanvas(String latex, float size, Color colour) {
    this.latex = latex;
    getStyleClass().add("formula");
    TeXIcon icon = Formulas.icon(latex, size, colour);
    setWidth(icon.getIconWidth());
    setHeight(icon.getIconHeight());
    icon.paintIcon(null, new FXGraphics2D(getGraphicsContext2D()), 0, 0);
  }

  /** A formula in the theme's text colour. */
  public static FormulaCanvas themed(String latex, float size, boolean dark) {
    return new FormulaCanvas(latex, size, dark ? ON_DARK : Color.BLACK);
  }

  public String latex() {
    return latex;
  }
}
