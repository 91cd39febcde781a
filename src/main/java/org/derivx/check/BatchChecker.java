package org.derivx.check;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.derivx.derivation.Derivation;

/**
 * Checks many derivations in parallel, one {@link StepChecker} (and Symja engine) per worker
 * thread. Results reach the listener as they are produced; {@link #cancel} stops at the next step.
 */
public final class BatchChecker {
  /** One derivation to check, with the id of the record it belongs to. */
  public record Job(String id, Derivation derivation) {}

  private final CheckOptions options;
  private final int threads;
  private final AtomicBoolean cancelled = new AtomicBoolean();

  public BatchChecker(CheckOptions options, int threads) {
    this.options = options;
    this.threads = Math.max(1, threads);
  }

  public void cancel() {
    cancelled.set(true);
  }

  public boolean isCancelled() {
    return cancelled.get();
  }

  /** Reports in job order (cancelled jobs report their remaining steps as UNKNOWN). */
  public List<DerivationReport> run(List<Job> jobs, CheckListener listener)
      throws InterruptedException {
    ExecutorService pool =
        Executors.newFixedThreadPool(
            threads,
            r -> {
              Thread t = new Thread(r, "derivx-check");
              t.setDaemon(true);
              return t;
            });
    ThreadLocal<StepChecker> checkers = ThreadLocal.withInitial(() -> new StepChecker(options));
    try {
      List<Future<DerivationReport>> futures = new ArrayList<>();
      for (Job j : jobs) {
        futures.add(
            pool.submit(() -> checkers.get().check(j.id(), j.derivation(), listener, cancelled)));
      }
      List<DerivationReport> out = new ArrayList<>();
      for (Future<DerivationReport> f : futures) {
        try {
          out.add(f.get());
        } catch (ExecutionException e) {
          throw new IllegalStateException("checker failed", e.getCause());
        }
      }
      return out;
    } finally {
      pool.shutdownNow();
    }
  }
}
