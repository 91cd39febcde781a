package org.derivx.check.run;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.derivx.check.CheckOptions;
import org.derivx.check.DerivationReport;
import org.derivx.derivation.Derivation;

/**
 * Checks many derivations in parallel, one {@link StepChecker} (and Symja engine) per worker
 * thread. Listeners hear results as they are produced; {@link #cancel} stops at the next step.
 *
 * <p>Two ways to run: {@link #run(List, CheckListener)} checks a list and returns every report (the
 * explorer); {@link #start} streams: jobs go in one at a time, at most a window of them is pending,
 * and outcomes come out strictly in submission order, so a file of any length is checked in bounded
 * memory and its results written as they come.
 */
public final class BatchChecker {
  /**
   * One derivation to check, with the id of the record it belongs to and, for messages, where that
   * record was read ({@code data.jsonl:12}; null if not known).
   */
  public record Job(String id, Derivation derivation, String source) {
    public Job(String id, Derivation derivation) {
      this(id, derivation, null);
    }
  }

  /**
   * What checking one job gave: its report, or what the check threw ({@code failure}: a bug in the
   * checker, not a verdict on the derivation). Exactly one of the two is set.
   */
  public record Outcome(Job job, DerivationReport report, Throwable failure) {
    public boolean failed() {
      return failure != null;
    }
  }

  /** Checks one job on a worker thread. */
  @FunctionalInterface
  public interface Judge {
    DerivationReport check(Job job, CheckListener listener, AtomicBoolean cancelled);
  }

  private final CheckOptions options;
  private final int threads;
  private final UnaryOperator<Judge> around;
  private final AtomicBoolean cancelled = new AtomicBoolean();

  public BatchChecker(CheckOptions options, int threads) {
    this(options, threads, UnaryOperator.identity());
  }

  /**
   * {@code around} wraps the per-thread checker: a seam for tests (and instrumentation) to see or
   * alter each job's check without touching the checker.
   */
  public BatchChecker(CheckOptions options, int threads, UnaryOperator<Judge> around) {
    this.options = options;
    this.threads = Math.max(1, threads);
    this.around = around;
  }

  public void cancel() {
    cancelled.set(true);
  }

  public boolean isCancelled() {
    return cancelled.get();
  }

  /** The default window: enough pending jobs to keep every thread busy behind a slow one. */
  public int defaultWindow() {
    return 4 * threads;
  }

  /**
   * Reports in job order (cancelled jobs report their remaining steps as UNKNOWN); a job whose
   * check failed makes this throw {@link IllegalStateException} with the failure as its cause.
   */
  public List<DerivationReport> run(List<Job> jobs, CheckListener listener)
      throws InterruptedException {
    List<DerivationReport> out = new ArrayList<>();
    try (Pipeline s =
        start(
            listener,
            Math.max(1, jobs.size()),
            o -> {
              if (o.failed()) {
                throw new IllegalStateException("checker failed", o.failure());
              }
              out.add(o.report());
            })) {
      for (Job j : jobs) {
        s.submit(j);
      }
      s.finish();
    }
    return out;
  }

  /** Checks every job of {@code jobs}, handing the outcomes to {@code inOrder} in job order. */
  public void run(Iterator<Job> jobs, CheckListener listener, Consumer<Outcome> inOrder)
      throws InterruptedException {
    try (Pipeline s = start(listener, defaultWindow(), inOrder)) {
      while (jobs.hasNext()) {
        s.submit(jobs.next());
      }
      s.finish();
    }
  }

  /**
   * Starts a streaming run: {@link Pipeline#submit} jobs, then {@link Pipeline#finish}. {@code
   * inOrder} receives every outcome in submission order, on the submitting thread (so it needs no
   * locking); {@code listener} hears steps and reports from the worker threads as they are decided.
   * At most {@code window} jobs are pending (being checked, or checked and waiting for an earlier
   * one).
   */
  public Pipeline start(CheckListener listener, int window, Consumer<Outcome> inOrder) {
    return new Pipeline(listener, Math.max(1, window), inOrder);
  }

  /**
   * A streaming run. Not thread-safe: one thread submits. Closing it without {@link #finish}
   * (because something failed) cancels the checker and abandons the pending jobs.
   */
  public final class Pipeline implements AutoCloseable {
    private final CheckListener listener;
    private final int window;
    private final Consumer<Outcome> inOrder;
    private final ArrayDeque<Future<Outcome>> pending = new ArrayDeque<>();
    private final ExecutorService pool =
        Executors.newFixedThreadPool(
            threads,
            r -> {
              Thread t = new Thread(r, "derivx-check");
              t.setDaemon(true);
              return t;
            });
    private final ThreadLocal<StepChecker> checkers =
        ThreadLocal.withInitial(() -> new StepChecker(options));
    private final Judge judge =
        around.apply((job, l, c) -> checkers.get().check(job.id(), job.derivation(), l, c));
    private boolean finished;

    private Pipeline(CheckListener listener, int window, Consumer<Outcome> inOrder) {
      this.listener = listener;
      this.window = window;
      this.inOrder = inOrder;
    }

    /**
     * Queues {@code job}; first hands over every outcome that is ready in order, and waits while
     * the window is full.
     */
    public void submit(Job job) throws InterruptedException {
      while (!pending.isEmpty() && (pending.size() >= window || pending.peekFirst().isDone())) {
        emit(pending.removeFirst());
      }
      pending.addLast(pool.submit(() -> check(job)));
    }

    /** Waits for every pending job and hands over its outcome, in order. */
    public void finish() throws InterruptedException {
      while (!pending.isEmpty()) {
        emit(pending.removeFirst());
      }
      finished = true;
    }

    private Outcome check(Job job) {
      try {
        return new Outcome(job, judge.check(job, listener, cancelled), null);
      } catch (Throwable e) { // NOPMD: any failure belongs to this job alone, reported in order
        return new Outcome(job, null, e);
      }
    }

    private void emit(Future<Outcome> f) throws InterruptedException {
      Outcome o;
      try {
        o = f.get();
      } catch (ExecutionException e) {
        throw new IllegalStateException("checker failed", e.getCause()); // check() catches all
      }
      if (o.failure() instanceof VirtualMachineError fatal
          && !(fatal instanceof StackOverflowError)) {
        throw fatal; // out of memory is the run's end, not one job's failure
      }
      inOrder.accept(o);
    }

    @Override
    public void close() {
      if (!finished) {
        cancel();
      }
      pool.shutdownNow();
    }
  }
}
