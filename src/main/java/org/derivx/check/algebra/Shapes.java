package org.derivx.check.algebra;

import java.math.BigDecimal;
import org.derivx.expr.Expr;
import org.derivx.expr.Expr.Add;
import org.derivx.expr.Expr.Mul;
import org.derivx.expr.Expr.Pow;
import org.derivx.expr.Relation;

/** Questions about how an equation is written, used to name a rule. */
public final class Shapes {
  private Shapes() {}

  /** No product with a sum as a factor and no positive integer power of a sum. */
  public static boolean isExpanded(Relation r) {
    return !Trees.any(r, Shapes::unexpanded);
  }

  private static boolean unexpanded(Expr e) {
    if (e instanceof Mul m) {
      return m.factors().stream().anyMatch(f -> f instanceof Add);
    }
    if (e instanceof Pow p && p.base() instanceof Add) {
      BigDecimal k = Canon.literal(p.exponent());
      return k != null && k.signum() > 0 && k.stripTrailingZeros().scale() <= 0;
    }
    return false;
  }
}
