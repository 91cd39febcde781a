package org.derivx.expr;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * A compact, unambiguous rendering of a tree for tests and diagnostics: {@code (* 2 x)}, {@code
 * (apply \eta a)}, {@code (d (apply \eta a) a)}, {@code (int (+ g u) u)}. Written without
 * recursion, so any tree renders.
 */
public final class SExpr {
  private SExpr() {}

  public static String of(Relation r) {
    List<Object> parts = new ArrayList<>();
    parts.add("(=");
    for (Expr side : r.sides()) {
      parts.add(" ");
      parts.add(side);
    }
    parts.add(")");
    return render(parts);
  }

  public static String of(Expr e) {
    return render(List.of(e));
  }

  /** Appends the parts in order; an {@link Expr} part is replaced by its own parts. */
  private static String render(List<Object> start) {
    StringBuilder sb = new StringBuilder();
    Deque<Object> work = new ArrayDeque<>();
    pushAll(work, start);
    while (!work.isEmpty()) {
      Object o = work.pop();
      if (o instanceof String s) {
        sb.append(s);
      } else {
        pushAll(work, parts((Expr) o));
      }
    }
    return sb.toString();
  }

  private static void pushAll(Deque<Object> work, List<Object> parts) {
    for (int i = parts.size() - 1; i >= 0; i--) {
      work.push(parts.get(i));
    }
  }

  private static List<Object> parts(Expr e) {
    List<Object> p = new ArrayList<>();
    if (e instanceof Expr.Num n) {
      p.add(n.value().toPlainString());
    } else if (e instanceof Expr.Sym s) {
      p.add(s.name());
    } else if (e instanceof Expr.Const c) {
      p.add(c.kind() == Expr.Const.Kind.INFINITY ? "oo" : "zoo");
    } else if (e instanceof Expr.Add a) {
      list(p, "(+", a.terms());
    } else if (e instanceof Expr.Mul m) {
      list(p, "(*", m.factors());
    } else if (e instanceof Expr.Neg n) {
      list(p, "(-", List.of(n.arg()));
    } else if (e instanceof Expr.Div d) {
      list(p, "(/", List.of(d.numerator(), d.denominator()));
    } else if (e instanceof Expr.Pow pw) {
      list(p, "(^", List.of(pw.base(), pw.exponent()));
    } else if (e instanceof Expr.Fn f) {
      list(p, "(" + f.func().displayName(), List.of(f.arg()));
    } else if (e instanceof Expr.Apply a) {
      list(p, "(apply " + a.name(), a.args());
    } else if (e instanceof Expr.Derivative d) {
      p.add(d.partial() ? "(pd " : "(d ");
      p.add(d.body());
      for (Expr.Derivative.Var v : d.vars()) {
        p.add(" ");
        p.add(v.variable());
        if (v.order() != 1) {
          p.add("^" + v.order());
        }
      }
      p.add(")");
    } else if (e instanceof Expr.Integral i) {
      p.add("(int ");
      p.add(i.body());
      for (Expr.Integral.Bound b : i.vars()) {
        p.add(" ");
        if (b.definite()) {
          p.add("[");
          p.add(b.variable());
          p.add(" ");
          p.add(b.lower());
          p.add(" ");
          p.add(b.upper());
          p.add("]");
        } else {
          p.add(b.variable());
        }
      }
      p.add(")");
    } else {
      throw new IllegalArgumentException("unknown node " + e);
    }
    return p;
  }

  private static void list(List<Object> p, String head, List<Expr> xs) {
    p.add(head);
    for (Expr x : xs) {
      p.add(" ");
      p.add(x);
    }
    p.add(")");
  }
}
