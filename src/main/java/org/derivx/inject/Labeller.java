package org.derivx.inject;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.derivx.check.DerivationReport;
import org.derivx.check.StepResult;
import org.derivx.check.Verdict;
import org.derivx.derivation.Label;
import org.derivx.derivation.StepCategory;

/**
 * How labels are decided: by the checker, step by step. A step the checker decides gets the
 * category of its verdict (PREMISE kept as such; a carried INCORRECT is INCORRECT). A step it does
 * not decide is left unlabelled (UNPARSEABLE, UNKNOWN; UNEXPLAINED, true with no chain found) —
 * with one exception: the step after an injected leap that the checker finds true but cannot
 * explain is SKIPPED, since the injection took the steps between out. An injection meant to be
 * INCORRECT whose step the checker cannot decide (UNKNOWN) is dropped: nothing confirms it.
 */
final class Labeller {
  private Labeller() {}

  /** Labels for every decided step of {@code report}; empty when the injection is dropped. */
  static Optional<List<Label>> labels(DerivationReport report, Mutant m) {
    List<Label> out = new ArrayList<>();
    for (StepResult s : report.steps()) {
      boolean injected = m != null && s.step() - 1 == m.at();
      String note = injected ? "injected " + m.kind().label() : null;
      Verdict v = s.verdict();
      if (injected && v == Verdict.UNKNOWN && m.kind().intended().equals("INCORRECT")) {
        return Optional.empty();
      }
      String category = category(v);
      if (category == null
          && injected
          && v == Verdict.UNEXPLAINED
          && m.kind().intended().equals("SKIPPED")) {
        category = "SKIPPED";
      }
      if (category != null) {
        out.add(new Label(s.step(), category, note));
      }
    }
    return Optional.of(out);
  }

  /** Silver labels: the checker's decided verdicts, nothing else. */
  static List<Label> silver(DerivationReport report) {
    List<Label> out = new ArrayList<>();
    for (StepResult s : report.steps()) {
      String category = category(s.verdict());
      if (category != null) {
        out.add(new Label(s.step(), category, null));
      }
    }
    return out;
  }

  /** The label a decided verdict gives; null for UNPARSEABLE, UNKNOWN, UNEXPLAINED. */
  static String category(Verdict v) {
    if (v == Verdict.PREMISE) {
      return "PREMISE";
    }
    StepCategory c = v.category();
    return c == null ? null : c.name();
  }
}
