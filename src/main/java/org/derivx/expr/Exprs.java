package org.derivx.expr;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.derivx.expr.Expr.Add;
import org.derivx.expr.Expr.Mul;
import org.derivx.expr.Expr.Neg;
import org.derivx.expr.Expr.Num;

/**
 * Smart constructors that keep generated trees small: they drop zero terms and unit factors and
 * flatten nested sums and products. Used by code that builds expressions (differentiation,
 * substitution, inferred arguments), never by the parser, which keeps what was written.
 */
public final class Exprs {
  public static final Num ZERO = Num.of(0);
  public static final Num ONE = Num.of(1);
  public static final Expr MINUS_ONE = new Neg(ONE);

  private Exprs() {}

  public static boolean isZero(Expr e) {
    Expr x = e;
    while (x instanceof Neg g) { // a loop: a chain of negations may be long
      x = g.arg();
    }
    return x instanceof Num n && n.value().signum() == 0;
  }

  public static boolean isOne(Expr e) {
    return e instanceof Num n && n.value().compareTo(BigDecimal.ONE) == 0;
  }

  public static Expr num(long v) {
    return v < 0 ? new Neg(Num.of(-v)) : Num.of(v);
  }

  public static Expr add(Expr... terms) {
    return add(List.of(terms));
  }

  public static Expr add(List<Expr> terms) {
    List<Expr> out = new ArrayList<>();
    for (Expr t : terms) {
      if (t instanceof Add a) {
        out.addAll(a.terms());
      } else if (!isZero(t)) {
        out.add(t);
      }
    }
    if (out.isEmpty()) {
      return ZERO;
    }
    return out.size() == 1 ? out.get(0) : new Add(out);
  }

  public static Expr sub(Expr a, Expr b) {
    return add(a, neg(b));
  }

  public static Expr mul(Expr... factors) {
    return mul(List.of(factors));
  }

  public static Expr mul(List<Expr> factors) {
    List<Expr> out = new ArrayList<>();
    boolean negative = false;
    for (Expr f : factors) {
      if (isZero(f)) {
        return ZERO;
      }
      if (f instanceof Neg n) {
        negative = !negative;
        f = n.arg();
      }
      if (f instanceof Mul m) {
        out.addAll(m.factors());
      } else if (!isOne(f)) {
        out.add(f);
      }
    }
    Expr product = out.isEmpty() ? ONE : out.size() == 1 ? out.get(0) : new Mul(out);
    return negative ? new Neg(product) : product;
  }

  public static Expr neg(Expr e) {
    if (isZero(e)) {
      return ZERO;
    }
    return e instanceof Neg n ? n.arg() : new Neg(e);
  }

  public static Expr div(Expr n, Expr d) {
    if (isOne(d)) {
      return n;
    }
    if (isZero(n)) {
      return ZERO;
    }
    return new Expr.Div(n, d);
  }

  public static Expr pow(Expr b, Expr e) {
    if (isZero(e)) {
      return ONE;
    }
    if (isOne(e)) {
      return b;
    }
    return new Expr.Pow(b, e);
  }

  public static Expr fn(Func f, Expr arg) {
    return new Expr.Fn(f, arg);
  }
}
