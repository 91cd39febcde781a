package org.derivx.check.algebra;

import java.util.ArrayList;
import java.util.List;
import org.derivx.check.Budget;
import org.derivx.expr.Expr;
import org.derivx.expr.Expr.Derivative;
import org.derivx.expr.Expr.Sym;

/** Helpers for carrying out calculus inside the evaluator. */
public final class Calculus {
  private Calculus() {}

  /**
   * For {@code \frac{d}{dx} B} integrated over x: the antiderivative {@code B} (or B with the
   * remaining derivatives), else null.
   */
  public static Expr fundamentalTheorem(Expr term, String x) {
    if (!(term instanceof Derivative d)) {
      return null;
    }
    List<Derivative.Var> rest = new ArrayList<>();
    boolean found = false;
    for (Derivative.Var v : d.vars()) {
      if (!found && v.variable() instanceof Sym s && s.name().equals(x)) {
        found = true;
        if (v.order() > 1) {
          rest.add(new Derivative.Var(v.variable(), v.order() - 1));
        }
      } else {
        rest.add(v);
      }
    }
    if (!found) {
      return null;
    }
    return rest.isEmpty() ? d.body() : new Derivative(d.body(), rest, d.partial());
  }

  /** The expression with its derivatives carried out, or null if that is not supported. */
  public static Expr evaluateDerivatives(Expr e, Budget budget) {
    if (!Trees.any(e, x -> x instanceof Derivative)) {
      return e;
    }
    try {
      return Differentiator.evaluateDerivatives(e, budget);
    } catch (Differentiator.UnsupportedException unsupported) {
      return null;
    }
  }
}
