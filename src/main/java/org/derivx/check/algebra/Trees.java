package org.derivx.check.algebra;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
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

/** Small queries over trees: which symbols and functions occur, whether calculus does. */
public final class Trees {
  private Trees() {}

  /** Every node of {@code e}, parent before children (one traversal with {@link #any}). */
  public static void walk(Expr e, Consumer<Expr> visitor) {
    any(
        e,
        x -> {
          visitor.accept(x);
          return false;
        });
  }

  /** The depth of the deeper side, computed without recursion (any tree is safe to measure). */
  public static int depth(Relation r) {
    int max = 0;
    for (Expr side : r.sides()) {
      ArrayDeque<Object[]> stack = new ArrayDeque<>();
      stack.push(new Object[] {side, 1});
      while (!stack.isEmpty()) {
        Object[] top = stack.pop();
        int d = (Integer) top[1];
        max = Math.max(max, d);
        for (Expr c : children((Expr) top[0])) {
          stack.push(new Object[] {c, d + 1});
        }
      }
    }
    return max;
  }

  /**
   * The work of making {@code r} canonical: the sum of its subtrees' sizes (a canonical sum or
   * product orders its parts by their printed forms, so each node is printed once per ancestor).
   * Linear in a flat tree, quadratic in a deep one, as the work is.
   */
  public static long canonicalWork(Relation r) {
    long total = 0;
    for (Expr side : r.sides()) {
      total += subtreeSizes(side)[1];
    }
    return total;
  }

  /** {size, sum of subtree sizes} of {@code e}, iteratively (any tree is safe to measure). */
  private static long[] subtreeSizes(Expr root) {
    ArrayDeque<Object[]> stack = new ArrayDeque<>();
    ArrayDeque<long[]> done = new ArrayDeque<>();
    stack.push(new Object[] {root, Boolean.FALSE});
    while (!stack.isEmpty()) {
      Object[] top = stack.pop();
      Expr e = (Expr) top[0];
      List<Expr> kids = children(e);
      if (top[1] == Boolean.FALSE) {
        stack.push(new Object[] {e, Boolean.TRUE});
        kids.forEach(k -> stack.push(new Object[] {k, Boolean.FALSE}));
      } else {
        long size = 1;
        long sum = 0;
        for (int i = 0; i < kids.size(); i++) {
          long[] k = done.pop();
          size += k[0];
          sum += k[1];
        }
        done.push(new long[] {size, sum + size});
      }
    }
    return done.pop();
  }

  /** Number of nodes (symbolic work such as canonical forms is proportional to it). */
  public static int size(Relation r) {
    int n = 0;
    for (Expr side : r.sides()) {
      ArrayDeque<Expr> stack = new ArrayDeque<>();
      stack.push(side);
      while (!stack.isEmpty()) {
        n++;
        Trees.children(stack.pop()).forEach(stack::push);
      }
    }
    return n;
  }

  /**
   * The direct children of a node, in the order {@link #walk} visits them: read off the node, not
   * rebuilt (sizes and walks are on every search's path).
   */
  public static List<Expr> children(Expr e) {
    if (e instanceof Add a) {
      return a.terms();
    }
    if (e instanceof Mul m) {
      return m.factors();
    }
    if (e instanceof Neg n) {
      return List.of(n.arg());
    }
    if (e instanceof Div d) {
      return List.of(d.numerator(), d.denominator());
    }
    if (e instanceof Pow p) {
      return List.of(p.base(), p.exponent());
    }
    if (e instanceof Fn f) {
      return List.of(f.arg());
    }
    if (e instanceof Apply a) {
      return a.args();
    }
    List<Expr> out = new ArrayList<>();
    if (e instanceof Derivative d) {
      out.add(d.body());
      d.vars().forEach(v -> out.add(v.variable()));
    } else if (e instanceof Integral i) {
      out.add(i.body());
      for (Integral.Bound b : i.vars()) {
        out.add(b.variable());
        if (b.lower() != null) {
          out.add(b.lower());
        }
        if (b.upper() != null) {
          out.add(b.upper());
        }
      }
    }
    return out;
  }

  /**
   * Does some node of {@code e} pass {@code test}? Parent before children, in the order a reader
   * meets them, stopping at the first that does (a search asks whether an equation holds an
   * integral for every pair it tries).
   */
  public static boolean any(Expr e, Predicate<Expr> test) {
    if (test.test(e)) {
      return true;
    }
    if (e instanceof Add a) {
      return anyOf(a.terms(), test);
    } else if (e instanceof Mul m) {
      return anyOf(m.factors(), test);
    } else if (e instanceof Neg n) {
      return any(n.arg(), test);
    } else if (e instanceof Div d) {
      return any(d.numerator(), test) || any(d.denominator(), test);
    } else if (e instanceof Pow p) {
      return any(p.base(), test) || any(p.exponent(), test);
    } else if (e instanceof Fn f) {
      return any(f.arg(), test);
    } else if (e instanceof Apply a) {
      return anyOf(a.args(), test);
    } else if (e instanceof Derivative d) {
      if (any(d.body(), test)) {
        return true;
      }
      for (Derivative.Var v : d.vars()) {
        if (any(v.variable(), test)) {
          return true;
        }
      }
    } else if (e instanceof Integral i) {
      if (any(i.body(), test)) {
        return true;
      }
      for (Integral.Bound b : i.vars()) {
        if (any(b.variable(), test)
            || (b.definite() && (any(b.lower(), test) || any(b.upper(), test)))) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean anyOf(List<Expr> es, Predicate<Expr> test) {
    for (Expr x : es) {
      if (any(x, test)) {
        return true;
      }
    }
    return false;
  }

  public static boolean any(Relation r, Predicate<Expr> test) {
    return anyOf(r.sides(), test);
  }

  /** No undefined functions: quadrature and symbolic calculus can handle it. */
  public static boolean isElementary(Expr e) {
    return !any(e, x -> x instanceof Apply);
  }

  public static boolean hasDerivative(Relation r) {
    return any(r, x -> x instanceof Derivative);
  }

  public static boolean hasIntegral(Relation r) {
    return any(r, x -> x instanceof Integral);
  }

  public static Set<String> symbols(Expr e) {
    Set<String> out = new LinkedHashSet<>();
    walk(
        e,
        x -> {
          if (x instanceof Sym s && !s.name().startsWith("#")) {
            out.add(s.name());
          }
        });
    return out;
  }

  public static Set<String> symbols(Relation r) {
    Set<String> out = new LinkedHashSet<>();
    r.sides().forEach(s -> out.addAll(symbols(s)));
    return out;
  }

  public static Set<String> functions(Relation r) {
    Set<String> out = new LinkedHashSet<>();
    r.sides()
        .forEach(
            s ->
                walk(
                    s,
                    x -> {
                      if (x instanceof Apply a) {
                        out.add(a.name());
                      }
                    }));
    return out;
  }

  public static boolean dependsOn(Expr e, String symbol) {
    return any(e, x -> x instanceof Sym s && s.name().equals(symbol));
  }

  /**
   * The variables of a step's derivatives and the bounds of its integrals, in order of appearance.
   */
  public record CalculusVariables(Set<Expr> derivative, Set<Integral.Bound> integral) {}

  public static CalculusVariables calculusVariables(Relation r) {
    Set<Expr> dvars = new LinkedHashSet<>();
    Set<Integral.Bound> ivars = new LinkedHashSet<>();
    for (Expr side : r.sides()) {
      walk(
          side,
          x -> {
            if (x instanceof Derivative d) {
              d.vars().forEach(v -> dvars.add(v.variable()));
            } else if (x instanceof Integral i) {
              ivars.addAll(i.vars());
            }
          });
    }
    return new CalculusVariables(dvars, ivars);
  }
}
