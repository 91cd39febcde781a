package org.derivx.check.algebra;

import java.util.ArrayList;
import java.util.List;
import org.derivx.check.Budget;
import org.derivx.expr.Expr;
import org.derivx.expr.Expr.Add;
import org.derivx.expr.Expr.Apply;
import org.derivx.expr.Expr.Const;
import org.derivx.expr.Expr.Derivative;
import org.derivx.expr.Expr.Div;
import org.derivx.expr.Expr.Fn;
import org.derivx.expr.Expr.Integral;
import org.derivx.expr.Expr.Mul;
import org.derivx.expr.Expr.Neg;
import org.derivx.expr.Expr.Num;
import org.derivx.expr.Expr.Pow;
import org.derivx.expr.Expr.Sym;
import org.derivx.expr.Exprs;
import org.derivx.expr.Func;

/**
 * Symbolic differentiation over our own trees, as SymPy's {@code doit()} does it: derivatives of
 * undefined functions of plain symbols stay as (inert) derivative nodes, {@code \frac{d}{dx}\int f
 * dx} gives {@code f}, and everything elementary is differentiated by the usual rules.
 */
public final class Differentiator {
  /** A construct this differentiator cannot handle (e.g. a derivative by an expression). */
  public static final class UnsupportedException extends RuntimeException {
    public UnsupportedException(String message) {
      super(message, null, false, false);
    }
  }

  private Differentiator() {}

  /** Rewrites every derivative node into its value, innermost first. */
  public static Expr evaluateDerivatives(Expr e, Budget budget) {
    return Rewrite.bottomUp(
        e,
        node -> {
          if (!(node instanceof Derivative d) || d.body() instanceof Apply) {
            return node;
          }
          Expr result = d.body();
          for (Derivative.Var v : d.vars()) {
            for (int k = 0; k < v.order(); k++) {
              result = d(result, variable(v), budget);
            }
          }
          return result;
        });
  }

  /** d/dx of {@code e}; each rule applied spends one unit (results can grow exponentially). */
  public static Expr d(Expr e, String x, Budget budget) {
    budget.spend(1);
    if (e instanceof Num || e instanceof Const) {
      return Exprs.ZERO;
    }
    if (e instanceof Sym s) {
      return s.name().equals(x) ? Exprs.ONE : Exprs.ZERO;
    }
    if (!Trees.dependsOn(e, x)) {
      return Exprs.ZERO;
    }
    if (e instanceof Add a) {
      return Exprs.add(a.terms().stream().map(t -> d(t, x, budget)).toList());
    }
    if (e instanceof Mul m) {
      List<Expr> terms = new ArrayList<>();
      for (int i = 0; i < m.factors().size(); i++) {
        List<Expr> factors = new ArrayList<>(m.factors());
        factors.set(i, d(factors.get(i), x, budget));
        terms.add(Exprs.mul(factors));
      }
      return Exprs.add(terms);
    }
    if (e instanceof Neg n) {
      return Exprs.neg(d(n.arg(), x, budget));
    }
    if (e instanceof Div q) {
      Expr u = q.numerator();
      Expr v = q.denominator();
      return Exprs.div(
          Exprs.sub(Exprs.mul(d(u, x, budget), v), Exprs.mul(u, d(v, x, budget))),
          Exprs.pow(v, Num.of(2)));
    }
    if (e instanceof Pow p) {
      return power(p, x, budget);
    }
    if (e instanceof Fn f) {
      return Exprs.mul(outer(f.func(), f.arg()), d(f.arg(), x, budget));
    }
    if (e instanceof Apply a) {
      return application(a, x, List.of());
    }
    if (e instanceof Derivative dv) {
      if (dv.body() instanceof Apply a) {
        return application(a, x, dv.vars());
      }
      return d(evaluateDerivatives(dv, budget), x, budget);
    }
    if (e instanceof Integral i) {
      return integral(i, x, budget);
    }
    throw new UnsupportedException("cannot differentiate " + e.getClass().getSimpleName());
  }

  private static Expr power(Pow p, String x, Budget budget) {
    Expr b = p.base();
    Expr n = p.exponent();
    if (!Trees.dependsOn(n, x)) {
      return Exprs.mul(n, Exprs.pow(b, Exprs.sub(n, Exprs.ONE)), d(b, x, budget));
    }
    Expr logB = Exprs.fn(Func.LOG, b);
    if (!Trees.dependsOn(b, x)) {
      return Exprs.mul(p, logB, d(n, x, budget));
    }
    return Exprs.mul(
        p,
        Exprs.add(Exprs.mul(d(n, x, budget), logB), Exprs.div(Exprs.mul(n, d(b, x, budget)), b)));
  }

  /** f'(u) for a built-in f. */
  private static Expr outer(Func f, Expr u) {
    Expr two = Num.of(2);
    return switch (f) {
      case SIN -> Exprs.fn(Func.COS, u);
      case COS -> Exprs.neg(Exprs.fn(Func.SIN, u));
      case TAN -> Exprs.add(Exprs.ONE, Exprs.pow(Exprs.fn(Func.TAN, u), two));
      case COT -> Exprs.neg(Exprs.add(Exprs.ONE, Exprs.pow(Exprs.fn(Func.COT, u), two)));
      case SEC -> Exprs.mul(Exprs.fn(Func.SEC, u), Exprs.fn(Func.TAN, u));
      case CSC -> Exprs.neg(Exprs.mul(Exprs.fn(Func.CSC, u), Exprs.fn(Func.COT, u)));
      case ASIN -> Exprs.div(Exprs.ONE, Exprs.fn(Func.SQRT, Exprs.sub(Exprs.ONE, square(u))));
      case ACOS ->
          Exprs.neg(Exprs.div(Exprs.ONE, Exprs.fn(Func.SQRT, Exprs.sub(Exprs.ONE, square(u)))));
      case ATAN -> Exprs.div(Exprs.ONE, Exprs.add(Exprs.ONE, square(u)));
      case SINH -> Exprs.fn(Func.COSH, u);
      case COSH -> Exprs.fn(Func.SINH, u);
      case TANH -> Exprs.sub(Exprs.ONE, Exprs.pow(Exprs.fn(Func.TANH, u), two));
      case LOG -> Exprs.div(Exprs.ONE, u);
      case EXP -> Exprs.fn(Func.EXP, u);
      case SQRT -> Exprs.div(Exprs.ONE, Exprs.mul(two, Exprs.fn(Func.SQRT, u)));
      case EI -> Exprs.div(Exprs.fn(Func.EXP, u), u);
      case CI -> Exprs.div(Exprs.fn(Func.COS, u), u);
      case SI -> Exprs.div(Exprs.fn(Func.SIN, u), u);
    };
  }

  private static Expr square(Expr u) {
    return Exprs.pow(u, Num.of(2));
  }

  /** d/dx of f(args), already differentiated by {@code done}: stays an inert derivative. */
  private static Expr application(Apply a, String x, List<Derivative.Var> done) {
    boolean direct = false;
    for (Expr arg : a.args()) {
      if (arg instanceof Sym s && s.name().equals(x)) {
        direct = true;
      } else if (Trees.dependsOn(arg, x)) {
        throw new UnsupportedException("chain rule through an undefined function's argument");
      }
    }
    if (!direct) {
      return Exprs.ZERO;
    }
    List<Derivative.Var> vars = new ArrayList<>(done);
    vars.add(new Derivative.Var(new Sym(x), 1));
    return Canon.of(new Derivative(a, vars, a.args().size() > 1));
  }

  private static Expr integral(Integral i, String x, Budget budget) {
    List<Integral.Bound> bounds = i.vars();
    Integral.Bound outer = bounds.get(bounds.size() - 1);
    Expr inner =
        bounds.size() == 1
            ? i.body()
            : new Integral(i.body(), bounds.subList(0, bounds.size() - 1));
    String t = variable(outer.variable());
    if (!outer.definite()) {
      return t.equals(x) ? inner : new Integral(d(inner, x, budget), List.of(outer));
    }
    Expr result = t.equals(x) ? Exprs.ZERO : new Integral(d(inner, x, budget), List.of(outer));
    Expr atUpper = Rewrite.replaceSymbol(inner, t, outer.upper());
    Expr atLower = Rewrite.replaceSymbol(inner, t, outer.lower());
    return Exprs.add(
        result,
        Exprs.mul(atUpper, d(outer.upper(), x, budget)),
        Exprs.neg(Exprs.mul(atLower, d(outer.lower(), x, budget))));
  }

  private static String variable(Derivative.Var v) {
    return variable(v.variable());
  }

  private static String variable(Expr v) {
    if (v instanceof Sym s) {
      return s.name();
    }
    throw new UnsupportedException("calculus with respect to an expression");
  }
}
