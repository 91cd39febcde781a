package org.derivx.gui.session;

import org.derivx.check.StepResult;
import org.derivx.derivation.Equation;
import org.derivx.derivation.StepCategory;

/**
 * One step as every view shows it: its equation, the checker's result (null while unchecked), the
 * flagger's probabilities (null until flagged) and this annotator's label and note (null, "" when
 * none). Made once per change of the item's state.
 */
public record StepRow(
    int step, Equation equation, StepResult result, float[] flag, StepCategory mine, String note) {
  /** The flagger's top category, or null. */
  public StepCategory flagTop() {
    return flag == null ? null : StepCategory.top(flag);
  }

  /** The checker's category (null while unchecked, or for verdicts that judge nothing). */
  public StepCategory checker() {
    return result == null ? null : result.verdict().category();
  }
}
