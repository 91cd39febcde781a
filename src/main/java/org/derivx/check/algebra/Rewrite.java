package org.derivx.check.algebra;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.function.UnaryOperator;
import org.derivx.expr.Expr;
import org.derivx.expr.Expr.Add;
import org.derivx.expr.Expr.Apply;
import org.derivx.expr.Expr.Derivative;
import org.derivx.expr.Expr.Div;
import org.derivx.expr.Expr.Fn;
import org.derivx.expr.Expr.Integral;
import org.derivx.expr.Expr.Mul;
import org.derivx.expr.Expr.Neg;
import org.derivx.expr.Expr.Pow;
import org.derivx.expr.Expr.Sym;
import org.derivx.expr.Relation;

/** Structural tree rewriting. */
public final class Rewrite {
  private Rewrite() {}

  /** Applies {@code f} to every node, children first. Derivative and integral variables too. */
  public static Expr bottomUp(Expr e, UnaryOperator<Expr> f) {
    return f.apply(children(e, c -> bottomUp(c, f)));
  }

  public static Relation bottomUp(Relation r, UnaryOperator<Expr> f) {
    return new Relation(r.sides().stream().map(s -> bottomUp(s, f)).toList());
  }

  /**
   * {@code e} with {@code f} applied to each direct child; {@code e} itself when every child comes
   * back unchanged (the same object), so a rewrite that touches nothing allocates nothing.
   */
  public static Expr children(Expr e, UnaryOperator<Expr> f) {
    if (e instanceof Add a) {
      List<Expr> terms = map(a.terms(), f);
      return terms == a.terms() ? e : new Add(terms);
    }
    if (e instanceof Mul m) {
      List<Expr> factors = map(m.factors(), f);
      return factors == m.factors() ? e : new Mul(factors);
    }
    if (e instanceof Neg n) {
      Expr arg = f.apply(n.arg());
      return arg == n.arg() ? e : new Neg(arg);
    }
    if (e instanceof Div d) {
      Expr num = f.apply(d.numerator());
      Expr den = f.apply(d.denominator());
      return num == d.numerator() && den == d.denominator() ? e : new Div(num, den);
    }
    if (e instanceof Pow p) {
      Expr base = f.apply(p.base());
      Expr exponent = f.apply(p.exponent());
      return base == p.base() && exponent == p.exponent() ? e : new Pow(base, exponent);
    }
    if (e instanceof Fn fn) {
      Expr arg = f.apply(fn.arg());
      return arg == fn.arg() ? e : new Fn(fn.func(), arg);
    }
    if (e instanceof Apply a) {
      List<Expr> args = map(a.args(), f);
      return args == a.args() ? e : new Apply(a.name(), args);
    }
    if (e instanceof Derivative d) {
      Expr body = f.apply(d.body());
      boolean same = body == d.body();
      List<Derivative.Var> vars = new ArrayList<>(d.vars().size());
      for (Derivative.Var v : d.vars()) {
        Expr variable = f.apply(v.variable());
        same &= variable == v.variable();
        vars.add(variable == v.variable() ? v : new Derivative.Var(variable, v.order()));
      }
      return same ? e : new Derivative(body, Collections.unmodifiableList(vars), d.partial());
    }
    if (e instanceof Integral i) {
      Expr body = f.apply(i.body());
      boolean same = body == i.body();
      List<Integral.Bound> bounds = new ArrayList<>(i.vars().size());
      for (Integral.Bound b : i.vars()) {
        Expr variable = f.apply(b.variable());
        Expr lower = b.lower() == null ? null : f.apply(b.lower());
        Expr upper = b.upper() == null ? null : f.apply(b.upper());
        boolean kept = variable == b.variable() && lower == b.lower() && upper == b.upper();
        same &= kept;
        bounds.add(kept ? b : new Integral.Bound(variable, lower, upper));
      }
      return same ? e : new Integral(body, Collections.unmodifiableList(bounds));
    }
    return e;
  }

  /** {@code f} applied to each of {@code xs}; {@code xs} itself when nothing changed. */
  private static List<Expr> map(List<Expr> xs, UnaryOperator<Expr> f) {
    Expr[] out = null;
    for (int i = 0; i < xs.size(); i++) {
      Expr x = xs.get(i);
      Expr y = f.apply(x);
      if (y != x && out == null) {
        out = xs.toArray(new Expr[0]);
      }
      if (out != null) {
        out[i] = y;
      }
    }
    return out == null ? xs : Collections.unmodifiableList(Arrays.asList(out));
  }

  /** Every free occurrence of symbol {@code name} replaced by {@code value}. */
  public static Expr replaceSymbol(Expr e, String name, Expr value) {
    if (e instanceof Sym s) {
      return s.name().equals(name) ? value : e;
    }
    if (!Trees.dependsOn(e, name)) {
      return e;
    }
    return children(e, c -> replaceSymbol(c, name, value));
  }

  /** Every occurrence of the subtree {@code target} replaced by {@code value}. */
  public static Expr replaceNode(Expr e, Expr target, Expr value) {
    if (e.equals(target)) {
      return value;
    }
    return children(e, c -> replaceNode(c, target, value));
  }
}
