package org.derivx.cas;

import org.matheclipse.core.eval.EvalEngine;
import org.matheclipse.core.interfaces.IExpr;

/**
 * Symja's engine with a deterministic work budget: every evaluation loop Symja enters is counted
 * (it pushes the expression on its stack), and once the count passes the limit the engine's own
 * stop request is raised, which Symja honours at its next evaluation step. So a bounded call stops
 * after the same amount of work on every machine and every run, unlike a wall-clock limit.
 */
final class CountingEngine extends EvalEngine {
  private static final long serialVersionUID = 1L;

  private transient long count;
  private transient long limit = Long.MAX_VALUE;

  CountingEngine() {
    super(false);
  }

  /** Starts counting from zero with {@code steps} allowed. */
  void limit(long steps) {
    count = 0;
    limit = steps;
    setStopRequested(false);
  }

  /** Stops counting (for the unbounded one-time warm-up). */
  void unlimited() {
    count = 0;
    limit = Long.MAX_VALUE;
    setStopRequested(false);
  }

  long count() {
    return count;
  }

  boolean exhausted() {
    return count > limit;
  }

  @Override
  public synchronized void stackPush(IExpr expr) {
    super.stackPush(expr);
    if (++count > limit) {
      setStopRequested(true);
    }
  }
}
