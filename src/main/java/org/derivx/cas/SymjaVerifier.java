package org.derivx.cas;

import org.derivx.expr.Expr;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IExpr;

/**
 * Proves two of our expressions equal with Symja, derivatives and integrals inert, under a counted
 * budget of evaluation steps (see {@link SymjaRuntime#bounded}). Only trees our parser built reach
 * Symja, converted node by node and checked against {@link SymjaAllowlist} first.
 */
public final class SymjaVerifier {
  /** Evaluation steps one proof may take: several times what the paper's hardest steps need. */
  public static final long DEFAULT_STEPS = 200_000;

  /** The answer: proven equal, not proven (possibly unequal), or the budget was spent. */
  public enum Outcome {
    EQUAL,
    NOT_PROVEN,
    BUDGET,
    SAFETY_NET
  }

  public SymjaVerifier() {
    SymjaRuntime.warm();
  }

  /** Is {@code a - b} zero after simplification, within {@code steps} evaluation steps? */
  public Outcome equal(Expr a, Expr b, long steps) {
    SymbolTable table = new SymbolTable();
    SymjaConverter converter = new SymjaConverter(table, true);
    IExpr difference = F.Subtract(converter.convert(a), converter.convert(b));
    SymjaAllowlist.check(difference, table);
    SymjaRuntime.Outcome<Boolean> o =
        SymjaRuntime.bounded(
            steps,
            e -> {
              IExpr expanded = e.evaluate(F.ExpandAll(difference));
              if (expanded.isZero()) {
                return true;
              }
              IExpr together = e.evaluate(F.Together(expanded));
              return together.isZero() || e.evaluate(F.Simplify(together)).isZero();
            });
    return switch (o.end()) {
      case DONE -> o.value() ? Outcome.EQUAL : Outcome.NOT_PROVEN;
      case BUDGET -> Outcome.BUDGET;
      case SAFETY_NET -> Outcome.SAFETY_NET;
      case FAILED -> Outcome.NOT_PROVEN;
    };
  }
}
