package org.derivx.check.run;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.derivx.check.CheckOptions;
import org.derivx.check.DerivationReport;
import org.derivx.check.StepResult;
import org.derivx.check.decision.CheckRun;
import org.derivx.check.decision.Confirmer;
import org.derivx.check.decision.Dependencies;
import org.derivx.derivation.Derivation;

/**
 * Checks one derivation step by step (the engine behind {@code derivx check} and the GUI). Not
 * thread-safe: use one per worker thread; {@link BatchChecker} runs many in parallel.
 */
public final class StepChecker {
  private final CheckOptions options;
  private final Confirmer confirmer;

  public StepChecker(CheckOptions options) {
    this(options, options.symbolic() && options.confirm() ? Confirmer.symja() : Confirmer.NONE);
  }

  StepChecker(CheckOptions options, Confirmer confirmer) {
    this.options = options;
    this.confirmer = confirmer;
  }

  public DerivationReport check(String id, Derivation d) {
    return check(id, d, CheckListener.NONE, new AtomicBoolean());
  }

  /** Checks every step, reporting each to {@code listener} as it is decided. */
  public DerivationReport check(
      String id, Derivation d, CheckListener listener, AtomicBoolean cancelled) {
    long start = System.nanoTime();
    CheckRun run = new CheckRun(d, options, confirmer, cancelled);
    List<StepResult> results = new ArrayList<>();
    for (int k = 1; k <= d.size(); k++) {
      StepResult r = run.step(k);
      results.add(r);
    }
    results = Dependencies.markIrrelevant(results, run.chains());
    DerivationReport.Goal goal = run.goal(results);
    for (StepResult r : results) {
      listener.stepChecked(id, d.name(), r);
    }
    DerivationReport report =
        new DerivationReport(
            id, d.name(), d.kind(), results, goal, (System.nanoTime() - start) / 1e6);
    listener.derivationChecked(report);
    return report;
  }
}
