package org.derivx.cas;

import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.derivx.expr.Expr;
import org.matheclipse.core.eval.EvalEngine;
import org.matheclipse.core.expression.S;
import org.matheclipse.core.interfaces.IExpr;

/**
 * Symja's evaluation of our trees, for the derivation generator: the automatic simplification SymPy
 * applies to every new expression ({@code x·x → x²}, {@code a + b − b → a}), and carrying out
 * derivatives or integrals. Time-bounded like {@link SymjaVerifier}; a result our trees cannot
 * represent, an integral Symja could not do, or a timeout gives empty.
 */
public final class SymjaAlgebra {
  /** What to carry out besides the automatic simplification. */
  public enum Mode {
    /** Nothing: derivatives and integrals stay inert. */
    SIMPLIFY,
    /** Derivatives (those of undefined functions stay unevaluated). */
    DERIVATIVES,
    /** Integrals; fails if one stays unevaluated. */
    INTEGRALS
  }

  private SymjaAlgebra() {}

  /**
   * Symja loads its integration rules on the first {@code Integrate}, in whichever thread gets
   * there first, while the others wait on a latch. If our time limit stops that first call, the
   * latch is never released and every later integral waits forever (seen: two generator threads
   * hung). So the rules are loaded once here, without a limit, before any bounded call.
   */
  private static final boolean RULES_LOADED = loadIntegrationRules();

  private static boolean loadIntegrationRules() {
    EvalEngine engine = SymjaRuntime.engine();
    engine.evaluate(org.matheclipse.core.expression.F.Integrate(S.x, S.x));
    return true;
  }

  public static Optional<Expr> evaluate(Expr e, Mode mode, long timeoutMillis) {
    if (!RULES_LOADED) {
      throw new IllegalStateException("Symja's integration rules did not load");
    }
    SymbolTable table = new SymbolTable();
    SymjaConverter converter =
        new SymjaConverter(table, mode != Mode.DERIVATIVES, mode != Mode.INTEGRALS);
    IExpr in = converter.convert(e);
    SymjaAllowlist.check(in, table);
    EvalEngine engine = SymjaRuntime.engine();
    engine.setStopRequested(false);
    ScheduledFuture<?> alarm =
        SymjaVerifier.WATCHDOG.schedule(engine::stopRequest, timeoutMillis, TimeUnit.MILLISECONDS);
    try {
      IExpr out = engine.evaluate(in);
      if (out.has(S.Integrate) || out.has(S.D)) {
        return Optional.empty();
      }
      return Optional.of(new SymjaBack(table).convert(out));
    } catch (SymjaBack.Unsupported | StackOverflowError failure) {
      return Optional.empty();
    } catch (RuntimeException failure) {
      return Optional.empty(); // Symja's own errors and the watchdog's stop request
    } finally {
      alarm.cancel(false);
      engine.setStopRequested(false);
    }
  }
}
