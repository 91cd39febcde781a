package org.derivx.report;

import java.util.ArrayList;
import java.util.List;
import org.derivx.check.StepResult;
import org.derivx.check.Verdict;
import org.derivx.derivation.StepCategory;

/** Who says what a step is: annotators (final labels), the CAS checker, the flagger. */
public enum Judge {
  HUMAN("annotators"),
  CHECKER("checker"),
  FLAGGER("flagger");

  private final String word;

  Judge(String word) {
    this.word = word;
  }

  /** How tables, charts and the window name this judge. */
  public String word() {
    return word;
  }

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

  /** The checker's verdict as a category (the flagger's mapping); null for none of the five. */
  static String category(Verdict v) {
    StepCategory c = v.category();
    return c == null ? null : c.name();
  }

  /** The flagger's top category; probabilities are in {@link #COLUMNS} order (first five). */
  static String top(float[] p) {
    return StepCategory.top(p).name();
  }
}
