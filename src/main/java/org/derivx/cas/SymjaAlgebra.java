package org.derivx.cas;

import java.util.Optional;
import org.derivx.expr.Expr;
import org.matheclipse.core.expression.S;
import org.matheclipse.core.interfaces.IExpr;

/**
 * Symja's evaluation of our trees, for the derivation generator: the automatic simplification SymPy
 * applies to every new expression ({@code x·x → x²}, {@code a + b − b → a}), and carrying out
 * derivatives or integrals. Bounded by counted evaluation steps like {@link SymjaVerifier}; a
 * result our trees cannot represent, an integral Symja could not do, or a spent budget gives empty.
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

  /** Evaluation steps one call may take. */
  public static final long DEFAULT_STEPS = 400_000;

  public static Optional<Expr> evaluate(Expr e, Mode mode) {
    return evaluate(e, mode, DEFAULT_STEPS);
  }

  /** {@code e} evaluated in {@code mode} within {@code steps} evaluation steps, else empty. */
  public static Optional<Expr> evaluate(Expr e, Mode mode, long steps) {
    SymbolTable table = new SymbolTable();
    SymjaConverter converter =
        new SymjaConverter(table, mode != Mode.DERIVATIVES, mode != Mode.INTEGRALS);
    IExpr in = converter.convert(e);
    SymjaAllowlist.check(in, table);
    SymjaRuntime.Outcome<Expr> o =
        SymjaRuntime.bounded(
            steps,
            engine -> {
              IExpr out = engine.evaluate(in);
              if (out.has(S.Integrate) || out.has(S.D)) {
                return null;
              }
              return new SymjaBack(table).convert(out);
            });
    return Optional.ofNullable(o.value());
  }
}
