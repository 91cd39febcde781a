package org.derivx.inject;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.derivx.check.algebra.Trees;
import org.derivx.expr.Expr;
import org.derivx.expr.Expr.Add;
import org.derivx.expr.Expr.Derivative;
import org.derivx.expr.Expr.Div;
import org.derivx.expr.Expr.Fn;
import org.derivx.expr.Expr.Integral;
import org.derivx.expr.Expr.Mul;
import org.derivx.expr.Expr.Neg;
import org.derivx.expr.Expr.Pow;
import org.derivx.expr.Expr.Sym;
import org.derivx.expr.Exprs;
import org.derivx.expr.Func;

/**
 * Calculus done wrong the way people (and models) do it: a differentiator and a small integrator of
 * their own, each with one rule broken — the chain rule's inner derivative forgotten, a product
 * differentiated factor by factor, the power rule's coefficient or its lowered exponent lost, the
 * sign of a trigonometric derivative or antiderivative flipped, an integral's power not divided by,
 * an exponential's inner factor multiplied instead of divided. Independent of the checker's and the
 * generator's calculus. A result is given only when the broken rule was actually used (otherwise
 * the calculation would be right).
 */
final class WrongCalculus {
  /** The broken rule. */
  enum Bug {
    CHAIN,
    PRODUCT,
    POWER_COEFFICIENT,
    POWER_EXPONENT,
    TRIG_SIGN,
    QUOTIENT_SIGN,
    INTEGRAL_NO_DIVIDE,
    INTEGRAL_TRIG_SIGN,
    INTEGRAL_EXP_FACTOR;

    boolean forIntegrals() {
      return name().startsWith("INTEGRAL");
    }
  }

  private final Bug bug;
  private boolean used;

  WrongCalculus(Bug bug) {
    this.bug = bug;
  }

  /** Every derivative in {@code e} carried out with the broken rule; empty if it was never used. */
  static Optional<Expr> derivatives(Expr e, Bug bug) {
    WrongCalculus w = new WrongCalculus(bug);
    Expr out =
        Edits.replaceAll(
            e,
            x -> x instanceof Derivative d && d.vars().size() == 1,
            x -> w.evaluate((Derivative) x));
    return w.used ? Optional.of(out) : Optional.empty();
  }

  /**
   * Every integral in {@code e} carried out with the broken rule; empty if one is beyond this small
   * integrator or the rule was never used.
   */
  static Optional<Expr> integrals(Expr e, Bug bug) {
    WrongCalculus w = new WrongCalculus(bug);
    boolean[] failed = {false};
    Expr out =
        Edits.replaceAll(
            e,
            x -> x instanceof Integral i && i.vars().size() == 1 && !i.vars().get(0).definite(),
            x -> {
              Integral i = (Integral) x;
              Optional<Expr> r =
                  i.vars().get(0).variable() instanceof Sym v
                      ? w.integral(i.body(), v.name())
                      : Optional.empty();
              failed[0] |= r.isEmpty();
              return r.orElse(x);
            });
    return w.used && !failed[0] ? Optional.of(out) : Optional.empty();
  }

  private Expr evaluate(Derivative d) {
    Derivative.Var v = d.vars().get(0);
    if (!(v.variable() instanceof Sym x) || v.order() > 3) {
      return d;
    }
    Expr out = d.body();
    for (int i = 0; i < v.order(); i++) {
      out = d(out, x.name());
    }
    return out;
  }

  private static boolean depends(Expr e, String x) {
    return Trees.any(e, n -> n instanceof Sym s && s.name().equals(x));
  }

  /** The derivative of {@code e} in {@code x}, with the broken rule. */
  Expr d(Expr e, String x) {
    if (!depends(e, x)) {
      return Exprs.ZERO;
    }
    if (e instanceof Sym) {
      return Exprs.ONE;
    }
    if (e instanceof Add a) {
      return Exprs.add(a.terms().stream().map(t -> d(t, x)).toList());
    }
    if (e instanceof Neg n) {
      return Exprs.neg(d(n.arg(), x));
    }
    if (e instanceof Mul m) {
      return product(m.factors(), x);
    }
    if (e instanceof Div q) {
      return quotient(q.numerator(), q.denominator(), x);
    }
    if (e instanceof Pow p) {
      return power(p, x);
    }
    if (e instanceof Fn f && outer(f.func(), f.arg()) != null) {
      return chain(outer(f.func(), f.arg()), f.arg(), x);
    }
    // undefined functions, derivatives and integrals stay unevaluated, as SymPy leaves them
    return new Derivative(e, List.of(new Derivative.Var(new Sym(x), 1)), false);
  }

  private Expr product(List<Expr> factors, String x) {
    List<Expr> dependent = factors.stream().filter(f -> depends(f, x)).toList();
    List<Expr> constant = factors.stream().filter(f -> !depends(f, x)).toList();
    Expr rest;
    if (dependent.size() == 1) {
      rest = d(dependent.get(0), x);
    } else if (bug == Bug.PRODUCT) {
      used = true;
      rest = Exprs.mul(dependent.stream().map(f -> d(f, x)).toList());
    } else {
      List<Expr> terms = new ArrayList<>();
      for (int i = 0; i < dependent.size(); i++) {
        List<Expr> t = new ArrayList<>(dependent);
        t.set(i, d(dependent.get(i), x));
        terms.add(Exprs.mul(t));
      }
      rest = Exprs.add(terms);
    }
    List<Expr> all = new ArrayList<>(constant);
    all.add(rest);
    return Exprs.mul(all);
  }

  private Expr quotient(Expr u, Expr v, String x) {
    if (!depends(v, x)) {
      return Exprs.div(d(u, x), v);
    }
    Expr left = Exprs.mul(d(u, x), v);
    Expr right = Exprs.mul(u, d(v, x));
    Expr top;
    if (bug == Bug.QUOTIENT_SIGN) {
      used = true;
      top = Exprs.add(left, right);
    } else {
      top = Exprs.sub(left, right);
    }
    return Exprs.div(top, Exprs.pow(v, Exprs.num(2)));
  }

  private Expr power(Pow p, String x) {
    Expr b = p.base();
    Expr n = p.exponent();
    if (!depends(n, x)) {
      Expr lowered = Exprs.pow(b, Exprs.sub(n, Exprs.ONE));
      Expr outer;
      if (bug == Bug.POWER_COEFFICIENT) {
        used = true;
        outer = lowered;
      } else if (bug == Bug.POWER_EXPONENT) {
        used = true;
        outer = Exprs.mul(n, p);
      } else {
        outer = Exprs.mul(n, lowered);
      }
      return chain(outer, b, x);
    }
    // b^n = e^{n log b}
    Expr inner =
        Exprs.add(Exprs.mul(d(n, x), new Fn(Func.LOG, b)), Exprs.div(Exprs.mul(n, d(b, x)), b));
    if (bug == Bug.CHAIN) {
      used = true;
      return p;
    }
    return Exprs.mul(p, inner);
  }

  /** {@code f'(u)} for the built-in functions; null when not known here. */
  private Expr outer(Func f, Expr u) {
    boolean flip = bug == Bug.TRIG_SIGN && (f == Func.SIN || f == Func.COS);
    used |= flip;
    return switch (f) {
      case SIN -> flip ? Exprs.neg(new Fn(Func.COS, u)) : new Fn(Func.COS, u);
      case COS -> flip ? new Fn(Func.SIN, u) : Exprs.neg(new Fn(Func.SIN, u));
      case TAN -> Exprs.pow(new Fn(Func.SEC, u), Exprs.num(2));
      case EXP -> new Fn(Func.EXP, u);
      case LOG -> Exprs.div(Exprs.ONE, u);
      case SQRT -> Exprs.div(Exprs.ONE, Exprs.mul(Exprs.num(2), new Fn(Func.SQRT, u)));
      case SINH -> new Fn(Func.COSH, u);
      case COSH -> new Fn(Func.SINH, u);
      default -> null;
    };
  }

  /** {@code outer · u'}, or with the bug, {@code outer} alone. */
  private Expr chain(Expr outer, Expr u, String x) {
    if (u instanceof Sym s && s.name().equals(x)) {
      return outer;
    }
    if (bug == Bug.CHAIN) {
      used = true;
      return outer;
    }
    return Exprs.mul(outer, d(u, x));
  }

  /** ∫ body dx for sums of c·xⁿ, c·sin(ax), c·cos(ax), c·e^{ax}; empty beyond that. */
  Optional<Expr> integral(Expr body, String x) {
    List<Expr> terms = body instanceof Add a ? a.terms() : List.of(body);
    List<Expr> out = new ArrayList<>();
    for (Expr t : terms) {
      Optional<Expr> r = term(t, x);
      if (r.isEmpty()) {
        return Optional.empty();
      }
      out.add(r.get());
    }
    return Optional.of(Exprs.add(out));
  }

  private Optional<Expr> term(Expr t, String x) {
    if (t instanceof Neg n) {
      return term(n.arg(), x).map(Exprs::neg);
    }
    List<Expr> factors = t instanceof Mul m ? m.factors() : List.of(t);
    List<Expr> constant = new ArrayList<>();
    Expr core = null;
    for (Expr f : factors) {
      if (!depends(f, x)) {
        constant.add(f);
      } else if (core == null) {
        core = f;
      } else {
        return Optional.empty();
      }
    }
    Sym v = new Sym(x);
    Expr r;
    if (core == null) {
      r = v;
    } else if (core.equals(v)) {
      r = powerIntegral(v, Exprs.ONE);
    } else if (core instanceof Pow p && p.base().equals(v) && !depends(p.exponent(), x)) {
      r = powerIntegral(v, p.exponent());
    } else if (core instanceof Fn f && linear(f.arg(), x) != null) {
      r = function(f, linear(f.arg(), x));
      if (r == null) {
        return Optional.empty();
      }
    } else {
      return Optional.empty();
    }
    List<Expr> all = new ArrayList<>(constant);
    all.add(r);
    return Optional.of(Exprs.mul(all));
  }

  private Expr powerIntegral(Sym v, Expr n) {
    Expr up = Exprs.add(n, Exprs.ONE);
    if (bug == Bug.INTEGRAL_NO_DIVIDE) {
      used = true;
      return Exprs.pow(v, up);
    }
    return Exprs.div(Exprs.pow(v, up), up);
  }

  private Expr function(Fn f, Expr a) {
    Expr u = f.arg();
    boolean flip = bug == Bug.INTEGRAL_TRIG_SIGN && (f.func() == Func.SIN || f.func() == Func.COS);
    used |= flip;
    Expr r =
        switch (f.func()) {
          case SIN -> flip ? new Fn(Func.COS, u) : Exprs.neg(new Fn(Func.COS, u));
          case COS -> flip ? Exprs.neg(new Fn(Func.SIN, u)) : new Fn(Func.SIN, u);
          case EXP -> new Fn(Func.EXP, u);
          default -> null;
        };
    if (r == null) {
      return null;
    }
    if (f.func() == Func.EXP && bug == Bug.INTEGRAL_EXP_FACTOR && !Exprs.isOne(a)) {
      used = true;
      return Exprs.mul(a, r);
    }
    return Exprs.div(r, a);
  }

  /** {@code a} when {@code u} is {@code a·x} (or x, a = 1) with a free of x; else null. */
  private static Expr linear(Expr u, String x) {
    Sym v = new Sym(x);
    if (u.equals(v)) {
      return Exprs.ONE;
    }
    if (u instanceof Mul m && m.factors().stream().filter(v::equals).count() == 1) {
      List<Expr> rest = m.factors().stream().filter(f -> !f.equals(v)).toList();
      if (rest.stream().noneMatch(f -> depends(f, x))) {
        return Exprs.mul(rest);
      }
    }
    return null;
  }
}
