package org.derivx.cas;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.derivx.expr.Expr;
import org.matheclipse.core.eval.EvalEngine;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IExpr;

/**
 * Proves two of our expressions equal with Symja, derivatives and integrals inert, within a time
 * limit. Symja's own {@code TimeConstrained} starts a thread per call and may leave the computation
 * running; instead one shared watchdog thread calls {@code stopRequest()} on the calling thread's
 * engine when the limit passes. Only trees our parser built reach Symja, converted node by node and
 * checked against {@link SymjaAllowlist} first.
 */
public final class SymjaVerifier {
  /** The answer: proven equal, not proven (possibly unequal), or out of time. */
  public enum Outcome {
    EQUAL,
    NOT_PROVEN,
    TIMEOUT
  }

  static final ScheduledExecutorService WATCHDOG =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "symja-watchdog");
            t.setDaemon(true);
            return t;
          });

  public SymjaVerifier() {
    SymjaRuntime.engine();
  }

  /** Is {@code a - b} zero after simplification? Each call gets at most {@code timeoutMillis}. */
  public Outcome equal(Expr a, Expr b, long timeoutMillis) {
    if (timeoutMillis <= 0) {
      return Outcome.TIMEOUT;
    }
    SymbolTable table = new SymbolTable();
    SymjaConverter converter = new SymjaConverter(table, true);
    IExpr difference = F.Subtract(converter.convert(a), converter.convert(b));
    SymjaAllowlist.check(difference, table);
    EvalEngine e = SymjaRuntime.engine();
    e.setStopRequested(false);
    long end = System.nanoTime() + timeoutMillis * 1_000_000L;
    ScheduledFuture<?> alarm =
        WATCHDOG.schedule(e::stopRequest, timeoutMillis, TimeUnit.MILLISECONDS);
    try {
      IExpr expanded = e.evaluate(F.ExpandAll(difference));
      if (expanded.isZero()) {
        return Outcome.EQUAL;
      }
      IExpr together = e.evaluate(F.Together(expanded));
      if (together.isZero()) {
        return Outcome.EQUAL;
      }
      return e.evaluate(F.Simplify(together)).isZero() ? Outcome.EQUAL : Outcome.NOT_PROVEN;
    } catch (RuntimeException | StackOverflowError failure) {
      return System.nanoTime() >= end ? Outcome.TIMEOUT : Outcome.NOT_PROVEN;
    } finally {
      alarm.cancel(false);
      e.setStopRequested(false);
    }
  }
}
