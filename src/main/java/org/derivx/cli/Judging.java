package org.derivx.cli;

import java.util.ArrayList;
import java.util.List;
import org.derivx.check.DerivationReport;
import org.derivx.check.run.BatchChecker;
import org.derivx.check.run.CheckListener;
import org.derivx.flagger.FlaggerModel;

/**
 * Both judges over a list of derivations, in order, with a place for each derivation a judge fails
 * on (an internal error, reported with the derivation): null there, the others judged.
 */
final class Judging {
  private Judging() {}

  /** The flagger's probabilities per derivation; null where it failed. */
  static List<float[][]> flag(FlaggerModel m, List<Judged> all, InternalErrors errors) {
    try {
      return new ArrayList<>(m.predict(all.stream().map(Judged::derivation).toList()));
    } catch (RuntimeException e) {
      // which derivation? one at a time, so only the culprit is left out
      List<float[][]> out = new ArrayList<>();
      for (Judged j : all) {
        try {
          out.add(m.predict(List.of(j.derivation())).get(0));
        } catch (RuntimeException one) {
          errors.report(j.where(), one);
          out.add(null);
        }
      }
      return out;
    }
  }

  /** The checker's report per derivation; null where the check failed. */
  static List<DerivationReport> check(BatchChecker b, List<Judged> all, InternalErrors errors)
      throws InterruptedException {
    List<DerivationReport> out = new ArrayList<>();
    List<BatchChecker.Job> jobs =
        all.stream()
            .map(j -> new BatchChecker.Job(j.id(), j.derivation(), Inputs.where(j.record())))
            .toList();
    b.run(
        jobs.iterator(),
        CheckListener.NONE,
        o -> {
          if (o.failed()) {
            errors.report(
                o.job().source() + ", variant " + o.job().derivation().name(), o.failure());
            out.add(null);
          } else {
            out.add(o.report());
          }
        });
    return out;
  }
}
