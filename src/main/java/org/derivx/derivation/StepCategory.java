package org.derivx.derivation;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The step taxonomy, one for the whole app: the paper's error categories in their order, as the
 * checker's verdicts map onto them ({@code check.Verdict#category}), the flagger's outputs are
 * ordered ({@link #JUDGED}), annotators label (plus OTHER, with a note), and reports and charts
 * count them.
 */
public enum StepCategory {
  VALID,
  SKIPPED,
  REDUNDANT,
  IRRELEVANT,
  INCORRECT,
  OTHER;

  /** The five categories a judge (checker, flagger) gives, in the flagger's output order. */
  public static final List<StepCategory> JUDGED =
      List.of(VALID, SKIPPED, REDUNDANT, IRRELEVANT, INCORRECT);

  /** The category named {@code s} (any case), if any. */
  public static Optional<StepCategory> parse(String s) {
    if (s == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(valueOf(s.trim().toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** The number key that sets it: 1 for VALID … 6 for OTHER. */
  public int key() {
    return ordinal() + 1;
  }

  /** The most probable of {@link #JUDGED}, given one probability each in that order. */
  public static StepCategory top(float[] probabilities) {
    int best = 0;
    for (int i = 1; i < probabilities.length; i++) {
      if (probabilities[i] > probabilities[best]) {
        best = i;
      }
    }
    return JUDGED.get(best);
  }

  /**
   * The index in {@link #JUDGED} of a label: PREMISE counts as VALID (a correct restatement); OTHER
   * and anything else is -1 (not trained on, not scored).
   */
  public static int indexOf(String label) {
    if (label.equals("PREMISE")) {
      return VALID.ordinal();
    }
    for (StepCategory c : JUDGED) {
      if (c.name().equals(label)) {
        return c.ordinal();
      }
    }
    return -1;
  }
}
