package org.derivx.check.algebra;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.derivx.expr.Expr;
import org.derivx.expr.Expr.Add;
import org.derivx.expr.Expr.Apply;
import org.derivx.expr.Expr.Derivative;
import org.derivx.expr.Expr.Div;
import org.derivx.expr.Expr.Fn;
import org.derivx.expr.Expr.Integral;
import org.derivx.expr.Expr.Mul;
import org.derivx.expr.Expr.Neg;
import org.derivx.expr.Expr.Num;
import org.derivx.expr.Expr.Pow;
import org.derivx.expr.Func;
import org.derivx.expr.Relation;
import org.derivx.expr.SExpr;

/**
 * A canonical form close to SymPy's internal one, so that "the same equation written with terms or
 * factors in another order" compares equal and substitution can match sub-sums and sub-products:
 * sums and products are flattened and sorted, {@code a/b} is {@code a·b^{-1}}, {@code -x} is {@code
 * (-1)·x}, numeric factors are folded into one coefficient, {@code \sqrt{x}} is {@code x^{1/2}},
 * nested derivatives merge into one with sorted variables, and {@code d} vs {@code \partial} is
 * forgotten. Negative literals are {@code Neg(Num)}. No algebra beyond that: {@code x + x} stays as
 * written.
 */
public final class Canon {
  private static final Num HALF = new Num(new BigDecimal("0.5"));

  private Canon() {}

  public static Relation of(Relation r) {
    return new Relation(r.sides().stream().map(Canon::of).toList());
  }

  /** Identical up to order of terms and factors, or with the two sides swapped. */
  public static boolean sameEquation(Relation a, Relation b) {
    Expr al = of(a.lhs());
    Expr ar = of(a.rhs());
    Expr bl = of(b.lhs());
    Expr br = of(b.rhs());
    return al.equals(bl) && ar.equals(br) || al.equals(br) && ar.equals(bl);
  }

  public static Expr of(Expr e) {
    if (e instanceof Add a) {
      List<Expr> terms = new ArrayList<>();
      for (Expr t : a.terms()) {
        Expr c = of(t);
        if (c instanceof Add inner) {
          terms.addAll(inner.terms());
        } else if (!isZeroLiteral(c)) {
          terms.add(c);
        }
      }
      return sum(terms);
    }
    if (e instanceof Mul m) {
      return product(m.factors().stream().map(Canon::of).toList());
    }
    if (e instanceof Neg n) {
      return product(List.of(new Neg(Num.of(1)), of(n.arg())));
    }
    if (e instanceof Div d) {
      return product(List.of(of(d.numerator()), inverse(of(d.denominator()))));
    }
    if (e instanceof Pow p) {
      Expr exponent = of(p.exponent());
      Expr base = of(p.base());
      BigDecimal outer = literal(exponent);
      if (base instanceof Pow inner && outer != null && literal(inner.exponent()) != null) {
        BigDecimal product = literal(inner.exponent()).multiply(outer);
        boolean integers =
            outer.stripTrailingZeros().scale() <= 0
                && literal(inner.exponent()).stripTrailingZeros().scale() <= 0;
        if (integers) {
          return product.compareTo(BigDecimal.ONE) == 0
              ? inner.base()
              : new Pow(inner.base(), literalOf(product));
        }
      }
      return literal(exponent) != null && literal(exponent).compareTo(BigDecimal.ONE) == 0
          ? base
          : new Pow(base, exponent);
    }
    if (e instanceof Fn f) {
      Expr arg = of(f.arg());
      return f.func() == Func.SQRT ? new Pow(arg, HALF) : new Fn(f.func(), arg);
    }
    if (e instanceof Apply a) {
      return new Apply(a.name(), a.args().stream().map(Canon::of).toList());
    }
    if (e instanceof Derivative d) {
      return derivative(d);
    }
    if (e instanceof Integral i) {
      List<Integral.Bound> bounds =
          i.vars().stream()
              .map(
                  b ->
                      new Integral.Bound(
                          of(b.variable()),
                          b.lower() == null ? null : of(b.lower()),
                          b.upper() == null ? null : of(b.upper())))
              .toList();
      return new Integral(of(i.body()), bounds);
    }
    return e;
  }

  /** The literal value of {@code Num} or {@code Neg(Num)}, else null. */
  public static BigDecimal literal(Expr e) {
    if (e instanceof Num n) {
      return n.value();
    }
    if (e instanceof Neg g && g.arg() instanceof Num n) {
      return n.value().negate();
    }
    return null;
  }

  public static Expr literalOf(BigDecimal v) {
    BigDecimal s = v.stripTrailingZeros();
    if (s.scale() < 0) {
      s = s.setScale(0);
    }
    return s.signum() < 0 ? new Neg(new Num(s.negate())) : new Num(s);
  }

  private static boolean isZeroLiteral(Expr e) {
    BigDecimal v = literal(e);
    return v != null && v.signum() == 0;
  }

  private static Expr sum(List<Expr> terms) {
    if (terms.isEmpty()) {
      return Num.of(0);
    }
    if (terms.size() == 1) {
      return terms.get(0);
    }
    return new Add(sortedByForm(terms));
  }

  /**
   * {@code xs} ordered by their S-expressions, each rendered once (a comparator rendering both
   * sides at every comparison did it n log n times, and rendering is most of canonicalising). The
   * sort is stable, so ties keep their order as before.
   */
  private static List<Expr> sortedByForm(List<Expr> xs) {
    if (xs.size() < 2) {
      return new ArrayList<>(xs);
    }
    record Keyed(String form, Expr e) {}
    List<Keyed> keyed = new ArrayList<>(xs.size());
    for (Expr x : xs) {
      keyed.add(new Keyed(SExpr.of(x), x));
    }
    keyed.sort(Comparator.comparing(Keyed::form));
    List<Expr> out = new ArrayList<>(xs.size());
    for (Keyed k : keyed) {
      out.add(k.e());
    }
    return out;
  }

  /** Flattens, folds numeric factors into one leading coefficient and sorts the rest. */
  static Expr product(List<Expr> factors) {
    BigDecimal coefficient = BigDecimal.ONE;
    List<Expr> rest = new ArrayList<>();
    List<Expr> queue = new ArrayList<>(factors);
    for (int i = 0; i < queue.size(); i++) {
      Expr f = queue.get(i);
      BigDecimal v = literal(f);
      if (v != null) {
        coefficient = coefficient.multiply(v);
      } else if (f instanceof Mul m) {
        queue.addAll(m.factors());
      } else {
        rest.add(f);
      }
    }
    if (coefficient.signum() == 0) {
      return Num.of(0);
    }
    rest = sortedByForm(rest);
    if (coefficient.compareTo(BigDecimal.ONE) != 0) {
      rest.add(0, literalOf(coefficient));
    }
    if (rest.isEmpty()) {
      return Num.of(1);
    }
    return rest.size() == 1 ? rest.get(0) : new Mul(rest);
  }

  private static Expr inverse(Expr d) {
    if (d instanceof Mul m) {
      return product(m.factors().stream().map(Canon::inverse).toList());
    }
    if (d instanceof Pow p) {
      return new Pow(p.base(), negate(p.exponent()));
    }
    BigDecimal v = literal(d);
    if (v != null && v.abs().compareTo(BigDecimal.ONE) == 0) {
      return d;
    }
    return new Pow(d, new Neg(Num.of(1)));
  }

  public static Expr negate(Expr e) {
    BigDecimal v = literal(e);
    if (v != null) {
      return literalOf(v.negate());
    }
    return product(List.of(new Neg(Num.of(1)), e));
  }

  private static Expr derivative(Derivative d) {
    Expr body = of(d.body());
    Map<String, Derivative.Var> merged = new LinkedHashMap<>();
    List<Derivative.Var> all = new ArrayList<>();
    if (body instanceof Derivative inner) {
      all.addAll(inner.vars());
      body = inner.body();
    }
    d.vars().forEach(v -> all.add(new Derivative.Var(of(v.variable()), v.order())));
    for (Derivative.Var v : all) {
      merged.merge(
          SExpr.of(v.variable()),
          v,
          (x, y) -> new Derivative.Var(x.variable(), x.order() + y.order()));
    }
    List<Derivative.Var> vars = new ArrayList<>(merged.values());
    vars.sort(Comparator.comparing(v -> SExpr.of(v.variable())));
    return new Derivative(body, vars, false);
  }
}
