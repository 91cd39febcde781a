package org.derivx.cas;

import java.util.Map;
import java.util.Optional;
import org.derivx.expr.Expr;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.ISymbol;

/**
 * Symja's numeric value of one of our expressions at a point (principal branches), as an
 * independent second opinion on a counterexample the checker's own evaluator found. Calculus must
 * already be carried out: an inert derivative or integral has no value here.
 */
public final class SymjaNumeric {
  /** Evaluation steps one value may take. */
  public static final long STEPS = 50_000;

  private SymjaNumeric() {}

  /** {@code {re, im}} of {@code e} with each symbol at its {@code {re, im}}, or empty. */
  public static Optional<double[]> value(Expr e, Map<String, double[]> point) {
    SymbolTable table = new SymbolTable();
    IExpr converted = new SymjaConverter(table, true).convert(e);
    SymjaAllowlist.check(converted, table);
    IExpr numeric =
        converted.replaceAll(
            x -> {
              if (x instanceof ISymbol s && table.owns(s)) {
                double[] v = point.get(table.nameOf(s));
                return v == null ? F.NIL : F.complexNum(v[0], v[1]);
              }
              return F.NIL;
            });
    IExpr in = numeric.orElse(converted);
    SymjaRuntime.Outcome<double[]> o =
        SymjaRuntime.bounded(
            STEPS,
            engine -> {
              IExpr n = engine.evaluate(F.N(in));
              if (!n.isNumber()) {
                return null;
              }
              var c = n.evalfc();
              return new double[] {c.getReal(), c.getImaginary()};
            });
    return Optional.ofNullable(o.value());
  }
}
