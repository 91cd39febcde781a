package org.derivx.check.algebra;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.derivx.expr.Expr;
import org.derivx.expr.Expr.Add;
import org.derivx.expr.Expr.Fn;
import org.derivx.expr.Expr.Mul;
import org.derivx.expr.Expr.Num;
import org.derivx.expr.Expr.Pow;
import org.derivx.expr.Func;
import org.derivx.expr.Relation;

/**
 * The automatic simplification SymPy applies to every expression it builds, on top of {@link
 * Canon}: like terms collected ({@code x + x = 2x}, {@code a + b - a = b}), equal bases merged
 * ({@code x·x = x^2}, {@code x/x = 1}), a number distributed over a sum ({@code 2(x + y) = 2x +
 * 2y}), integer powers of products and powers expanded, {@code e^{\log x} = x}, {@code e^{0} = 1},
 * {@code (e^{a})^{2} = e^{2a}}, odd and even functions of a negated argument. Nothing else:
 * expanding, factoring and identities stay operations. Two equations equal in this form differ only
 * by what no reader counts as a step (labelling guide, extension 2): a repeat, or a tautology.
 */
public final class Auto {
  private Auto() {}

  public static Expr of(Expr e) {
    return Canon.of(Rewrite.bottomUp(Canon.of(e), Auto::node));
  }

  public static Relation of(Relation r) {
    return new Relation(r.sides().stream().map(Auto::of).toList());
  }

  /** The same equation up to automatic simplification, either way round. */
  public static boolean sameEquation(Relation a, Relation b) {
    return a.sides().size() == 2
        && b.sides().size() == 2
        && (a.lhs().equals(b.lhs()) && a.rhs().equals(b.rhs())
            || a.lhs().equals(b.rhs()) && a.rhs().equals(b.lhs()));
  }

  private static Expr node(Expr e) {
    if (e instanceof Add a) {
      return collectTerms(a.terms());
    }
    if (e instanceof Mul m) {
      return mergeFactors(m.factors());
    }
    if (e instanceof Pow p) {
      return power(Canon.of(p.base()), Canon.of(p.exponent()));
    }
    if (e instanceof Fn f) {
      return function(f.func(), Canon.of(f.arg()));
    }
    return e;
  }

  private static Expr collectTerms(List<Expr> terms) {
    Map<Expr, BigDecimal> coefficients = new LinkedHashMap<>();
    for (Expr t : flatten(terms)) {
      BigDecimal c = Canon.literal(t);
      Expr rest = Num.of(1);
      if (c == null) {
        c = BigDecimal.ONE;
        rest = t;
        if (t instanceof Mul m && Canon.literal(m.factors().get(0)) != null) {
          c = Canon.literal(m.factors().get(0));
          rest = Canon.product(m.factors().subList(1, m.factors().size()));
        }
      }
      coefficients.merge(rest, c, BigDecimal::add);
    }
    List<Expr> out = new ArrayList<>();
    coefficients.forEach(
        (rest, c) -> {
          if (c.signum() != 0) {
            out.add(Canon.product(List.of(Canon.literalOf(c), rest)));
          }
        });
    return Canon.of(out.isEmpty() ? Num.of(0) : out.size() == 1 ? out.get(0) : new Add(out));
  }

  private static List<Expr> flatten(List<Expr> terms) {
    List<Expr> out = new ArrayList<>();
    for (Expr t : terms) {
      if (t instanceof Add a) {
        out.addAll(flatten(a.terms()));
      } else {
        out.add(t);
      }
    }
    return out;
  }

  private static Expr mergeFactors(List<Expr> factors) {
    Map<Expr, List<Expr>> exponents = new LinkedHashMap<>();
    BigDecimal coefficient = BigDecimal.ONE;
    for (Expr f : factors) {
      BigDecimal v = Canon.literal(f);
      if (v != null) {
        coefficient = coefficient.multiply(v);
      } else if (f instanceof Pow p) {
        exponents.computeIfAbsent(p.base(), k -> new ArrayList<>()).add(p.exponent());
      } else {
        exponents.computeIfAbsent(f, k -> new ArrayList<>()).add(Num.of(1));
      }
    }
    List<Expr> out = new ArrayList<>();
    exponents.forEach(
        (base, list) -> {
          Expr sum = list.size() == 1 ? list.get(0) : collectTerms(list);
          Expr merged = list.size() == 1 ? new Pow(base, sum) : power(base, sum);
          if (!(merged instanceof Num n && n.value().compareTo(BigDecimal.ONE) == 0)) {
            out.add(merged);
          }
        });
    if (coefficient.signum() == 0) {
      return Num.of(0);
    }
    // SymPy distributes a number over a sum: 2(x + y) = 2x + 2y
    if (out.size() == 1
        && out.get(0) instanceof Add a
        && coefficient.compareTo(BigDecimal.ONE) != 0) {
      List<Expr> scaled = new ArrayList<>();
      for (Expr t : a.terms()) {
        scaled.add(mergeFactors(List.of(Canon.literalOf(coefficient), t)));
      }
      return collectTerms(scaled);
    }
    out.add(0, Canon.literalOf(coefficient));
    return Canon.product(out);
  }

  private static Expr power(Expr base, Expr exponent) {
    BigDecimal n = Canon.literal(exponent);
    if (n != null && n.signum() == 0) {
      return Num.of(1);
    }
    if (n != null && n.compareTo(BigDecimal.ONE) == 0) {
      return base;
    }
    BigDecimal b = Canon.literal(base);
    if (b != null && b.compareTo(BigDecimal.ONE) == 0) {
      return Num.of(1);
    }
    boolean integer = n != null && n.stripTrailingZeros().scale() <= 0;
    if (integer && b != null && n.abs().compareTo(BigDecimal.valueOf(64)) <= 0) {
      if (n.signum() > 0) {
        return Canon.literalOf(b.pow(n.intValueExact()));
      }
      if (b.signum() != 0 && b.pow(-n.intValueExact()).abs().compareTo(BigDecimal.ONE) == 0) {
        return Canon.literalOf(
            BigDecimal.ONE.divide(b.pow(-n.intValueExact()), MathContext.DECIMAL64));
      }
    }
    if (integer && base instanceof Mul m) {
      List<Expr> powered = new ArrayList<>();
      for (Expr f : m.factors()) {
        powered.add(power(f, exponent));
      }
      return mergeFactors(powered);
    }
    if (integer && base instanceof Pow p) {
      return power(p.base(), mergeFactors(List.of(p.exponent(), exponent)));
    }
    if (integer && base instanceof Fn f && f.func() == Func.EXP) {
      return function(Func.EXP, mergeFactors(List.of(exponent, f.arg())));
    }
    return new Pow(base, exponent);
  }

  private static Expr function(Func f, Expr arg) {
    BigDecimal v = Canon.literal(arg);
    boolean zero = v != null && v.signum() == 0;
    switch (f) {
      case EXP -> {
        if (zero) {
          return Num.of(1);
        }
        if (arg instanceof Fn g && g.func() == Func.LOG) {
          return g.arg();
        }
      }
      case LOG -> {
        if (v != null && v.compareTo(BigDecimal.ONE) == 0) {
          return Num.of(0);
        }
      }
      case SIN, TAN -> {
        if (zero) {
          return Num.of(0);
        }
        if (negated(arg)) {
          return mergeFactors(List.of(Num.of(-1), new Fn(f, Canon.negate(arg))));
        }
      }
      case COS -> {
        if (zero) {
          return Num.of(1);
        }
        if (negated(arg)) {
          return new Fn(f, Canon.negate(arg));
        }
      }
      default -> {}
    }
    return new Fn(f, arg);
  }

  /** A canonical form with a leading negative coefficient ({@code -x}, {@code -2 y}). */
  private static boolean negated(Expr e) {
    BigDecimal v = Canon.literal(e instanceof Mul m ? m.factors().get(0) : e);
    return v != null && v.signum() < 0;
  }
}
