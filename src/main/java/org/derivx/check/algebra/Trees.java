package org.derivx.check.algebra;

import java.util.LinkedHashSet;
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

  public static void walk(Expr e, Consumer<Expr> visitor) {
    visitor.accept(e);
    if (e instanceof Add a) {
      a.terms().forEach(t -> walk(t, visitor));
    } else if (e instanceof Mul m) {
      m.factors().forEach(f -> walk(f, visitor));
    } else if (e instanceof Neg n) {
      walk(n.arg(), visitor);
    } else if (e instanceof Div d) {
      walk(d.numerator(), visitor);
      walk(d.denominator(), visitor);
    } else if (e instanceof Pow p) {
      walk(p.base(), visitor);
      walk(p.exponent(), visitor);
    } else if (e instanceof Fn f) {
      walk(f.arg(), visitor);
    } else if (e instanceof Apply a) {
      a.args().forEach(x -> walk(x, visitor));
    } else if (e instanceof Derivative d) {
      walk(d.body(), visitor);
      d.vars().forEach(v -> walk(v.variable(), visitor));
    } else if (e instanceof Integral i) {
      walk(i.body(), visitor);
      for (Integral.Bound b : i.vars()) {
        walk(b.variable(), visitor);
        if (b.definite()) {
          walk(b.lower(), visitor);
          walk(b.upper(), visitor);
        }
      }
    }
  }

  /** The depth of the deeper side, computed without recursion (any tree is safe to measure). */
  public static int depth(Relation r) {
    int max = 0;
    for (Expr side : r.sides()) {
      java.util.ArrayDeque<Object[]> stack = new java.util.ArrayDeque<>();
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

  /** Number of nodes (symbolic work such as canonical forms is proportional to it). */
  public static int size(Relation r) {
    int n = 0;
    for (Expr side : r.sides()) {
      java.util.ArrayDeque<Expr> stack = new java.util.ArrayDeque<>();
      stack.push(side);
      while (!stack.isEmpty()) {
        n++;
        Trees.children(stack.pop()).forEach(stack::push);
      }
    }
    return n;
  }

  /** The direct children of a node, in the order {@link #walk} visits them. */
  public static java.util.List<Expr> children(Expr e) {
    java.util.List<Expr> out = new java.util.ArrayList<>();
    Rewrite.children(
        e,
        c -> {
          out.add(c);
          return c;
        });
    return out;
  }

  public static boolean any(Expr e, Predicate<Expr> test) {
    boolean[] found = {false};
    walk(
        e,
        x -> {
          if (!found[0] && test.test(x)) {
            found[0] = true;
          }
        });
    return found[0];
  }

  public static boolean any(Relation r, Predicate<Expr> test) {
    return r.sides().stream().anyMatch(s -> any(s, test));
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
