package org.derivx.check;

import org.derivx.derivation.StepCategory;

/** One verdict per step. When several apply, the earliest in this order wins. */
public enum Verdict {
  /** The LaTeX did not parse. */
  UNPARSEABLE,
  /** One of the prompt's premises, identical or with sides swapped. */
  PREMISE,
  /** False under the premises and earlier steps; a counterexample is given. */
  INCORRECT,
  /** The same equation as an earlier one, up to the order of sides, terms and factors. */
  REDUNDANT,
  /** True, and a chain of two or three operations from earlier equations produces it. */
  SKIPPED,
  /**
   * True under the premises, but no chain of up to three operations was found: the checker cannot
   * say how the step follows (it may skip more, or use a rewrite the checker does not know).
   */
  UNEXPLAINED,
  /** Would be valid, but the final equation does not depend on it. */
  IRRELEVANT,
  /** Exactly one operation applied to earlier equations yields it. */
  VALID,
  /** Not decided within the work budget or with the supported constructs. */
  UNKNOWN;

  /**
   * The verdict as a step category: PREMISE counts as VALID (a correct restatement); UNKNOWN,
   * UNPARSEABLE and UNEXPLAINED (true, but no chain found) claim none (null).
   */
  public StepCategory category() {
    return switch (this) {
      case PREMISE, VALID -> StepCategory.VALID;
      case SKIPPED -> StepCategory.SKIPPED;
      case REDUNDANT -> StepCategory.REDUNDANT;
      case IRRELEVANT -> StepCategory.IRRELEVANT;
      case INCORRECT -> StepCategory.INCORRECT;
      case UNKNOWN, UNPARSEABLE, UNEXPLAINED -> null;
    };
  }

  /** Verdicts a researcher should look at: everything but PREMISE and VALID. */
  public boolean isError() {
    return this != PREMISE && this != VALID;
  }
}
