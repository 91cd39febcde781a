package org.derivx.gui.math;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import org.derivx.check.StepResult;
import org.derivx.derivation.Equation;
import org.derivx.render.VerdictStyle;

/** One step's line, as the derivation and the comparison show it. */
public final class StepLine {
  /** The formulas' size in the derivation view, in points. */
  public static final float MATH_SIZE = 17f;

  private StepLine() {}

  /** Its number, its verdict symbol ("…" while unchecked) and the typeset formula. */
  public static HBox of(int k, Equation e, StepResult s, float size, boolean dark, int gap) {
    Label number = new Label("(" + k + ")");
    number.getStyleClass().add("step-number");
    Label symbol = new Label(s == null ? "\u2026" : VerdictStyle.of(s.verdict()).symbol());
    symbol.getStyleClass().add("verdict-symbol");
    HBox line = new HBox(gap, number, symbol, FormulaCanvas.themed(e.displayLatex(), size, dark));
    line.setAlignment(Pos.CENTER_LEFT);
    return line;
  }
}
