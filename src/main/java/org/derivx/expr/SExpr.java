package org.derivx.expr;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A compact, unambiguous rendering of a tree for tests and diagnostics: {@code (* 2 x)}, {@code
 * (apply \eta a)}, {@code (d (apply \eta a) a)}, {@code (int (+ g u) u)}.
 */
public final class SExpr {
  private SExpr() {}

  public static String of(Relation r) {
    return "(= " + r.sides().stream().map(SExpr::of).collect(Collectors.joining(" ")) + ")";
  }

  public static String of(Expr e) {
    if (e instanceof Expr.Num n) {
      return n.value().toPlainString();
    }
    if (e instanceof Expr.Sym s) {
      return s.name();
    }
    if (e instanceof Expr.Const c) {
      return c.kind() == Expr.Const.Kind.INFINITY ? "oo" : "zoo";
    }
    if (e instanceof Expr.Add a) {
      return list("+", a.terms());
    }
    if (e instanceof Expr.Mul m) {
      return list("*", m.factors());
    }
    if (e instanceof Expr.Neg n) {
      return "(- " + of(n.arg()) + ")";
    }
    if (e instanceof Expr.Div d) {
      return "(/ " + of(d.numerator()) + " " + of(d.denominator()) + ")";
    }
    if (e instanceof Expr.Pow p) {
      return "(^ " + of(p.base()) + " " + of(p.exponent()) + ")";
    }
    if (e instanceof Expr.Fn f) {
      return "(" + f.func().displayName() + " " + of(f.arg()) + ")";
    }
    if (e instanceof Expr.Apply a) {
      return "(apply "
          + a.name()
          + " "
          + a.args().stream().map(SExpr::of).collect(Collectors.joining(" "))
          + ")";
    }
    if (e instanceof Expr.Derivative d) {
      String vars =
          d.vars().stream()
              .map(v -> v.order() == 1 ? of(v.variable()) : of(v.variable()) + "^" + v.order())
              .collect(Collectors.joining(" "));
      return "(" + (d.partial() ? "pd " : "d ") + of(d.body()) + " " + vars + ")";
    }
    if (e instanceof Expr.Integral i) {
      String vars =
          i.vars().stream()
              .map(
                  b ->
                      b.definite()
                          ? "[" + of(b.variable()) + " " + of(b.lower()) + " " + of(b.upper()) + "]"
                          : of(b.variable()))
              .collect(Collectors.joining(" "));
      return "(int " + of(i.body()) + " " + vars + ")";
    }
    throw new IllegalArgumentException("unknown node " + e);
  }

  private static String list(String op, List<Expr> xs) {
    return "(" + op + " " + xs.stream().map(SExpr::of).collect(Collectors.joining(" ")) + ")";
  }
}
