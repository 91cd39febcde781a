package org.derivx.inject;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
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
import org.derivx.expr.Nodes;

/**
 * Edits of one node of a tree, found by its place in a pre-order walk: the injections choose a node
 * among those that match, and rebuild the tree with that one node replaced. Trees of the paper's
 * data are shallow (the parser caps depth at 120), so plain recursion is fine here.
 */
final class Edits {
  private Edits() {}

  /**
   * The nodes of {@code e} that match, in pre-order (derivative and integral variables left out).
   */
  static List<Expr> matching(Expr e, Predicate<Expr> test) {
    List<Expr> out = new ArrayList<>();
    collect(e, test, out);
    return out;
  }

  private static void collect(Expr e, Predicate<Expr> test, List<Expr> out) {
    if (test.test(e)) {
      out.add(e);
    }
    for (Expr c : operands(e)) {
      collect(c, test, out);
    }
  }

  /**
   * The children that are expressions proper: a derivative's or integral's body, not its variable.
   */
  static List<Expr> operands(Expr e) {
    if (e instanceof Derivative d) {
      return List.of(d.body());
    }
    if (e instanceof Integral i) {
      return List.of(i.body());
    }
    return Nodes.children(e);
  }

  /**
   * {@code e} with the {@code n}-th matching node (pre-order, as {@link #matching} lists them)
   * replaced by {@code f} of it.
   */
  static Expr replaceNth(Expr e, Predicate<Expr> test, int n, UnaryOperator<Expr> f) {
    int[] left = {n};
    return replace(e, test, left, f);
  }

  private static Expr replace(Expr e, Predicate<Expr> test, int[] left, UnaryOperator<Expr> f) {
    if (test.test(e)) {
      if (left[0] == 0) {
        left[0] = -1;
        return f.apply(e);
      }
      left[0]--;
    }
    if (left[0] < 0) {
      return e;
    }
    return withOperands(e, c -> left[0] < 0 ? c : replace(c, test, left, f));
  }

  /** Every node that matches replaced by {@code f} of it, children first. */
  static Expr replaceAll(Expr e, Predicate<Expr> test, UnaryOperator<Expr> f) {
    Expr x = withOperands(e, c -> replaceAll(c, test, f));
    return test.test(x) ? f.apply(x) : x;
  }

  /** {@code e} with {@code f} applied to each operand (see {@link #operands}), in order. */
  static Expr withOperands(Expr e, UnaryOperator<Expr> f) {
    if (e instanceof Add a) {
      return new Add(a.terms().stream().map(f).toList());
    }
    if (e instanceof Mul m) {
      return new Mul(m.factors().stream().map(f).toList());
    }
    if (e instanceof Neg g) {
      return new Neg(f.apply(g.arg()));
    }
    if (e instanceof Div d) {
      Expr num = f.apply(d.numerator());
      return new Div(num, f.apply(d.denominator()));
    }
    if (e instanceof Pow p) {
      Expr base = f.apply(p.base());
      return new Pow(base, f.apply(p.exponent()));
    }
    if (e instanceof Fn fn) {
      return new Fn(fn.func(), f.apply(fn.arg()));
    }
    if (e instanceof Apply a) {
      return new Apply(a.name(), a.args().stream().map(f).toList());
    }
    if (e instanceof Derivative d) {
      return new Derivative(f.apply(d.body()), d.vars(), d.partial());
    }
    if (e instanceof Integral i) {
      return new Integral(f.apply(i.body()), i.vars());
    }
    return e;
  }
}
