package org.derivx.latex;

import java.util.List;
import java.util.stream.Collectors;
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
import org.derivx.expr.Func;
import org.derivx.expr.Relation;

/**
 * Tree → canonical LaTeX in the style of the paper's data ({@code \eta{(a)}}, {@code \frac{d}{d a}
 * X}, {@code \int X d a}). The output parses back to the same tree and is stable under the
 * normaliser, so it serves as the canonical text for display and for the flagger's tokens.
 */
public final class LatexPrinter {
  private LatexPrinter() {}

  public static String print(Relation r) {
    return r.sides().stream().map(LatexPrinter::print).collect(Collectors.joining(" = "));
  }

  public static String print(Expr e) {
    StringBuilder sb = new StringBuilder();
    expr(e, sb);
    return sb.toString();
  }

  private static void expr(Expr e, StringBuilder sb) {
    if (e instanceof Add a) {
      sum(a.terms(), sb);
    } else if (e instanceof Neg n) {
      sb.append("- ");
      wrapIf(n.arg(), n.arg() instanceof Add || n.arg() instanceof Neg, sb);
    } else if (e instanceof Mul m) {
      product(m.factors(), sb);
    } else if (e instanceof Div d) {
      sb.append("\\frac{");
      expr(d.numerator(), sb);
      sb.append("}{");
      expr(d.denominator(), sb);
      sb.append('}');
    } else if (e instanceof Pow p) {
      power(p, sb);
    } else if (e instanceof Num n) {
      sb.append(n.value().stripTrailingZeros().toPlainString());
    } else if (e instanceof Sym s) {
      sb.append(s.name());
    } else if (e instanceof Const c) {
      sb.append(c.kind() == Const.Kind.INFINITY ? "\\infty" : "\\tilde{\\infty}");
    } else if (e instanceof Fn f) {
      function(f, null, sb);
    } else if (e instanceof Apply a) {
      application(a, null, sb);
    } else if (e instanceof Derivative d) {
      derivative(d, sb);
    } else if (e instanceof Integral i) {
      integral(i, sb);
    } else {
      throw new IllegalArgumentException("unknown node " + e);
    }
  }

  private static void sum(List<Expr> terms, StringBuilder sb) {
    for (int i = 0; i < terms.size(); i++) {
      Expr t = terms.get(i);
      if (i > 0) {
        sb.append(t instanceof Neg ? " - " : " + ");
      } else if (t instanceof Neg) {
        sb.append("- ");
      }
      Expr body = t instanceof Neg n ? n.arg() : t;
      // a sum inside a sum, or a negated sum/negation, keeps its parentheses
      boolean wrap = body instanceof Add || (t instanceof Neg && body instanceof Neg);
      wrapIf(body, wrap, sb);
    }
  }

  private static void product(List<Expr> factors, StringBuilder sb) {
    for (int i = 0; i < factors.size(); i++) {
      Expr f = factors.get(i);
      boolean last = i == factors.size() - 1;
      if (i > 0) {
        boolean numeric = f instanceof Num || (f instanceof Pow p && p.base() instanceof Num);
        sb.append(numeric ? " \\cdot " : " ");
      }
      // a derivative takes the whole product after it, so one that is not last needs parentheses
      boolean wrap =
          f instanceof Add
              || f instanceof Neg
              || f instanceof Mul
              || (!last && (f instanceof Derivative || f instanceof Integral));
      wrapIf(f, wrap, sb);
    }
  }

  private static void power(Pow p, StringBuilder sb) {
    Expr b = p.base();
    if (b instanceof Apply a && !a.name().contains("^")) {
      application(a, p.exponent(), sb);
      return;
    }
    if (b instanceof Fn f && f.func().isTrig()) {
      function(f, p.exponent(), sb);
      return;
    }
    boolean atomic =
        // a symbol e would read back as the exponential
        (b instanceof Sym s && !s.name().contains("^") && !s.name().equals("e"))
            || (b instanceof Num n && n.isInteger())
            || b instanceof Const
            || (b instanceof Fn f && f.func() != Func.EXP && f.func() != Func.SQRT);
    wrapIf(b, !atomic, sb);
    sb.append("^{");
    expr(p.exponent(), sb);
    sb.append('}');
  }

  private static void function(Fn f, Expr power, StringBuilder sb) {
    switch (f.func()) {
      case EXP -> {
        sb.append("e^{");
        expr(f.arg(), sb);
        sb.append('}');
      }
      case SQRT -> {
        sb.append("\\sqrt{");
        expr(f.arg(), sb);
        sb.append('}');
      }
      default -> {
        sb.append(f.func().latex());
        if (power != null) {
          sb.append("^{");
          expr(power, sb);
          sb.append('}');
        }
        sb.append("{(");
        expr(f.arg(), sb);
        sb.append(")}");
      }
    }
  }

  private static void application(Apply a, Expr power, StringBuilder sb) {
    sb.append(a.name());
    if (power != null) {
      sb.append("^{");
      expr(power, sb);
      sb.append('}');
    }
    sb.append("{(");
    for (int i = 0; i < a.args().size(); i++) {
      if (i > 0) {
        sb.append(',');
      }
      expr(a.args().get(i), sb);
    }
    sb.append(")}");
  }

  private static void derivative(Derivative d, StringBuilder sb) {
    String op = d.partial() ? "\\partial" : "d";
    int total = d.totalOrder();
    sb.append("\\frac{").append(op);
    if (total > 1) {
      sb.append("^{").append(total).append('}');
    }
    sb.append("}{");
    // written right to left: the first variable applied stands last
    for (int i = 0; i < d.vars().size(); i++) {
      Derivative.Var v = d.vars().get(d.vars().size() - 1 - i);
      if (i > 0) {
        sb.append(' ');
      }
      sb.append(op).append(' ');
      boolean compound =
          v.variable() instanceof Apply
              || (v.variable() instanceof Sym s && s.name().contains("^"));
      wrapIf(v.variable(), v.order() > 1 && compound, sb);
      if (v.order() > 1) {
        sb.append("^{").append(v.order()).append('}');
      }
    }
    sb.append("} ");
    Expr body = d.body();
    wrapIf(body, body instanceof Add || body instanceof Neg, sb);
  }

  private static void integral(Integral i, StringBuilder sb) {
    int n = i.vars().size();
    Integral.Bound first = i.vars().get(0);
    sb.append(n == 2 ? "\\iint" : n == 3 ? "\\iiint" : "\\int");
    if (first.definite()) {
      sb.append("_{");
      expr(first.lower(), sb);
      sb.append("}^{");
      expr(first.upper(), sb);
      sb.append('}');
    }
    sb.append(' ');
    Expr body = i.body();
    wrapIf(body, body instanceof Add || body instanceof Neg, sb);
    for (Integral.Bound b : i.vars()) {
      sb.append(" d");
      String v = print(b.variable());
      sb.append(v.startsWith("\\") ? "" : " ").append(v);
    }
  }

  private static void wrapIf(Expr e, boolean wrap, StringBuilder sb) {
    if (wrap) {
      sb.append('(');
    }
    expr(e, sb);
    if (wrap) {
      sb.append(')');
    }
  }
}
