package org.derivx.flagger;

import java.util.List;
import org.derivx.check.Verdict;

/** The flagger's output categories, in the order of the network's outputs. */
public enum Category {
  VALID,
  SKIPPED,
  REDUNDANT,
  IRRELEVANT,
  INCORRECT;

  public static final List<Category> ALL = List.of(values());

  /** The most probable category of one step's probabilities. */
  public static Category top(float[] probabilities) {
    int best = 0;
    for (int i = 1; i < probabilities.length; i++) {
      if (probabilities[i] > probabilities[best]) {
        best = i;
      }
    }
    return values()[best];
  }

  /**
   * The checker's verdict as a flagger category: PREMISE counts as VALID (a correct restatement);
   * UNKNOWN, UNPARSEABLE and UNEXPLAINED (true, but no chain found) decide nothing (null).
   */
  public static Category of(Verdict v) {
    return switch (v) {
      case PREMISE, VALID -> VALID;
      case SKIPPED -> SKIPPED;
      case REDUNDANT -> REDUNDANT;
      case IRRELEVANT -> IRRELEVANT;
      case INCORRECT -> INCORRECT;
      case UNKNOWN, UNPARSEABLE, UNEXPLAINED -> null;
    };
  }

  /**
   * The class of a label: PREMISE counts as VALID (a correct restatement); OTHER and anything else
   * is −1 (not trained on, not scored).
   */
  public static int indexOf(String label) {
    if (label.equals("PREMISE")) {
      return VALID.ordinal();
    }
    for (Category c : values()) {
      if (c.name().equals(label)) {
        return c.ordinal();
      }
    }
    return -1;
  }
}
