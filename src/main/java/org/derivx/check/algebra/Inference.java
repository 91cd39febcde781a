package org.derivx.check.algebra;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.derivx.expr.Expr;
import org.derivx.expr.Expr.Add;
import org.derivx.expr.Expr.Mul;
import org.derivx.expr.Expr.Pow;

/**
 * Readable forms of inferred arguments: {@code a - b} and {@code a / b} with common terms or
 * factors cancelled, on canonical forms. Only for display; the numbers decide.
 */
public final class Inference {
  private Inference() {}

  public static Expr difference(Expr a, Expr b) {
    List<Expr> plus = new ArrayList<>(terms(a));
    List<Expr> minus = new ArrayList<>();
    for (Expr t : terms(b)) {
      if (!plus.remove(t)) {
        minus.add(t);
      }
    }
    List<Expr> all = new ArrayList<>(plus);
    minus.forEach(t -> all.add(Canon.negate(t)));
    return Canon.of(all.isEmpty() ? Canon.literalOf(BigDecimal.ZERO) : sum(all));
  }

  public static Expr ratio(Expr a, Expr b) {
    List<Expr> num = new ArrayList<>(factors(a));
    List<Expr> den = new ArrayList<>();
    for (Expr f : factors(b)) {
      if (!num.remove(f)) {
        den.add(f);
      }
    }
    List<Expr> all = new ArrayList<>(num);
    den.forEach(f -> all.add(Canon.of(new Pow(f, Canon.literalOf(BigDecimal.ONE.negate())))));
    return Canon.product(all);
  }

  /** True when the canonical form reads as negative (a leading negative coefficient). */
  public static boolean looksNegative(Expr e) {
    if (e instanceof Mul m) {
      BigDecimal c = Canon.literal(m.factors().get(0));
      return c != null && c.signum() < 0;
    }
    BigDecimal c = Canon.literal(e);
    return c != null && c.signum() < 0;
  }

  /** True when the canonical form is a reciprocal ({@code x^{-k}}). */
  public static boolean looksReciprocal(Expr e) {
    return e instanceof Pow p && looksNegative(p.exponent());
  }

  private static Expr sum(List<Expr> terms) {
    return terms.size() == 1 ? terms.get(0) : new Add(terms);
  }

  private static List<Expr> terms(Expr e) {
    return e instanceof Add a ? a.terms() : List.of(e);
  }

  private static List<Expr> factors(Expr e) {
    return e instanceof Mul m ? m.factors() : List.of(e);
  }
}
