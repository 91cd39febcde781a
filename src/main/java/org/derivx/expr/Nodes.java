package org.derivx.expr;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Structural facts about trees, computed without recursion so that no tree, however deep, can
 * overflow the stack of the code that asks.
 */
public final class Nodes {
  private Nodes() {}

  /**
   * The direct sub-expressions of {@code e} in written order. A derivative's variables and an
   * integral's variables and bounds count as its children.
   */
  public static List<Expr> children(Expr e) {
    if (e instanceof Expr.Add a) {
      return a.terms();
    }
    if (e instanceof Expr.Mul m) {
      return m.factors();
    }
    if (e instanceof Expr.Neg n) {
      return List.of(n.arg());
    }
    if (e instanceof Expr.Div d) {
      return List.of(d.numerator(), d.denominator());
    }
    if (e instanceof Expr.Pow p) {
      return List.of(p.base(), p.exponent());
    }
    if (e instanceof Expr.Fn f) {
      return List.of(f.arg());
    }
    if (e instanceof Expr.Apply a) {
      return a.args();
    }
    if (e instanceof Expr.Derivative d) {
      List<Expr> out = new ArrayList<>(1 + d.vars().size());
      out.add(d.body());
      d.vars().forEach(v -> out.add(v.variable()));
      return out;
    }
    if (e instanceof Expr.Integral i) {
      List<Expr> out = new ArrayList<>(1 + 3 * i.vars().size());
      out.add(i.body());
      for (Expr.Integral.Bound b : i.vars()) {
        out.add(b.variable());
        if (b.definite()) {
          out.add(b.lower());
          out.add(b.upper());
        }
      }
      return out;
    }
    return List.of(); // Num, Sym, Const
  }

  /** The number of levels of {@code e}: 1 for a leaf, 1 + the deepest child's otherwise. */
  public static int depth(Expr e) {
    // an explicit stack of (node, level): no recursion, no boxing
    Expr[] nodes = new Expr[16];
    int[] levels = new int[16];
    int top = 0;
    nodes[0] = e;
    levels[0] = 1;
    int max = 0;
    while (top >= 0) {
      Expr node = nodes[top];
      int level = levels[top];
      nodes[top--] = null;
      max = Math.max(max, level);
      for (Expr c : children(node)) {
        if (++top == nodes.length) {
          nodes = Arrays.copyOf(nodes, 2 * top);
          levels = Arrays.copyOf(levels, 2 * top);
        }
        nodes[top] = c;
        levels[top] = level + 1;
      }
    }
    return max;
  }

  /** The depth of the deepest side. */
  public static int depth(Relation r) {
    int max = 0;
    for (Expr side : r.sides()) {
      max = Math.max(max, depth(side));
    }
    return max;
  }
}
