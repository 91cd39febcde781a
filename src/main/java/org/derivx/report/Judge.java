package org.derivx.report;

import java.util.ArrayList;
import java.util.List;
import org.derivx.check.StepResult;
import org.derivx.check.Verdict;

/** Who says what a step is: annotators (final labels), the CAS checker, the flagger. */
public enum Judge {
  HUMAN,
  CHECKER,
  FLAGGER;

  /** The five categories, then what fits none (checker UNKNOWN or UNPARSEABLE, human OTHER). */
  public static final List<String> COLUMNS =
      List.of("VALID", "SKIPPED", "REDUNDANT", "IRRELEVANT", "INCORRECT", "UNJUDGED");

  /** Per step the category this judge gives, null where it says none of the five. */
  public List<String> labels(Entry e) {
    List<String> out = new ArrayList<>();
    switch (this) {
      case HUMAN -> {
        for (String s : HumanLabels.finals(e)) {
          out.add(s == null || s.equals("OTHER") ? null : s);
        }
      }
      case CHECKER -> {
        for (StepResult s : e.check().steps()) {
          out.add(category(s.verdict()));
        }
      }
      case FLAGGER -> {
        for (int k = 0; k < e.derivation().size(); k++) {
          out.add(e.flags() != null && k < e.flags().length ? top(e.flags()[k]) : null);
        }
      }
    }
    return out;
  }

  /** Whether this judge said anything about {@code e}. */
  public boolean judged(Entry e) {
    return switch (this) {
      case HUMAN -> !e.humanSteps().isEmpty() || !e.adjudications().isEmpty();
      case CHECKER -> true;
      case FLAGGER -> e.flags() != null;
    };
  }

  static String category(Verdict v) {
    return switch (v) {
      case PREMISE, VALID -> "VALID";
      case UNKNOWN, UNPARSEABLE -> null;
      default -> v.name();
    };
  }

  /** The flagger's top category; probabilities are in {@link #COLUMNS} order (first five). */
  static String top(float[] p) {
    int best = 0;
    for (int i = 1; i < p.length; i++) {
      if (p[i] > p[best]) {
        best = i;
      }
    }
    return COLUMNS.get(best);
  }
}
