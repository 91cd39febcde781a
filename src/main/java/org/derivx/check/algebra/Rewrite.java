package org.derivx.check.algebra;

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

  /** {@code e} with {@code f} applied to each direct child. */
  static Expr children(Expr e, UnaryOperator<Expr> f) {
    if (e instanceof Add a) {
      return new Add(map(a.terms(), f));
    }
    if (e instanceof Mul m) {
      return new Mul(map(m.factors(), f));
    }
    if (e instanceof Neg n) {
      return new Neg(f.apply(n.arg()));
    }
    if (e instanceof Div d) {
      return new Div(f.apply(d.numerator()), f.apply(d.denominator()));
    }
    if (e instanceof Pow p) {
      return new Pow(f.apply(p.base()), f.apply(p.exponent()));
    }
    if (e instanceof Fn fn) {
      return new Fn(fn.func(), f.apply(fn.arg()));
    }
    if (e instanceof Apply a) {
      return new Apply(a.name(), map(a.args(), f));
    }
    if (e instanceof Derivative d) {
      return new Derivative(
          f.apply(d.body()),
          d.vars().stream().map(v -> new Derivative.Var(f.apply(v.variable()), v.order())).toList(),
          d.partial());
    }
    if (e instanceof Integral i) {
      return new Integral(
          f.apply(i.body()),
          i.vars().stream()
              .map(
                  b ->
                      new Integral.Bound(
                          f.apply(b.variable()),
                          b.lower() == null ? null : f.apply(b.lower()),
                          b.upper() == null ? null : f.apply(b.upper())))
              .toList());
    }
    return e;
  }

  private static List<Expr> map(List<Expr> xs, UnaryOperator<Expr> f) {
    return xs.stream().map(f).toList();
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
