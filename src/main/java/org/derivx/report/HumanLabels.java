package org.derivx.report;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.derivx.annotate.Adjudication;
import org.derivx.annotate.StepLabel;
import org.derivx.derivation.StepCategory;

/**
 * The human label of each step: the adjudicated one, else the one every annotator of the step gave;
 * null where nobody labelled the step or annotators disagree and nobody adjudicated.
 */
public final class HumanLabels {
  private HumanLabels() {}

  public static List<String> finals(Entry e) {
    int n = e.derivation().size();
    List<String> out = new ArrayList<>();
    for (int k = 1; k <= n; k++) {
      out.add(finalLabel(e, k));
    }
    return out;
  }

  static String finalLabel(Entry e, int step) {
    for (Adjudication a : e.adjudications()) {
      if (a.step() == step) {
        return a.category().name();
      }
    }
    StepCategory agreed = null;
    for (StepLabel l : e.humanSteps()) {
      if (l.step() != step) {
        continue;
      }
      if (agreed != null && agreed != l.category()) {
        return null;
      }
      agreed = l.category();
    }
    return agreed == null ? null : agreed.name();
  }

  /** "ann:SKIPPED;bob:VALID" for one step, annotators in name order. */
  static String all(Entry e, int step) {
    TreeMap<String, String> by = new TreeMap<>();
    for (StepLabel l : e.humanSteps()) {
      if (l.step() == step) {
        by.put(l.annotator(), l.category().name());
      }
    }
    StringBuilder b = new StringBuilder();
    by.forEach((a, c) -> b.append(b.length() == 0 ? "" : ";").append(a).append(':').append(c));
    return b.toString();
  }

  /** True when two annotators gave this step different categories. */
  static boolean disputed(Entry e, int step) {
    return e.humanSteps().stream()
            .filter(l -> l.step() == step)
            .map(StepLabel::category)
            .distinct()
            .count()
        > 1;
  }
}
