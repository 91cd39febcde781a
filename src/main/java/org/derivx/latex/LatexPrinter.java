package org.derivx.latex;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
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
import org.derivx.expr.Nodes;
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
    Deque<Object> work = new ArrayDeque<>();
    work.push(e);
    while (!work.isEmpty()) {
      Object o = work.pop();
      if (o instanceof Expr x) {
        List<Object> parts = parts(x);
        for (int i = parts.size() - 1; i >= 0; i--) {
          work.push(parts.get(i));
        }
      } else {
        sb.append((CharSequence) o);
      }
    }
    return sb.toString();
  }

  /**
   * The text of one node as strings and sub-expressions still to print: a work list instead of
   * recursion, so a tree of any depth prints.
   */
  private static List<Object> parts(Expr e) {
    Parts sb = new Parts();
    expr(e, sb);
    return sb.items;
  }

  /** Collects text (merged) and sub-expressions in order. */
  private static final class Parts {
    final List<Object> items = new ArrayList<>();
    private StringBuilder text;

    Parts append(String s) {
      if (text == null) {
        text = new StringBuilder();
        items.add(text);
      }
      text.append(s);
      return this;
    }

    Parts append(char c) {
      return append(String.valueOf(c));
    }

    Parts append(int i) {
      return append(String.valueOf(i));
    }

    void sub(Expr e) {
      items.add(e);
      text = null;
    }
  }

  private static void expr(Expr e, Parts sb) {
    if (e instanceof Add a) {
      sum(a.terms(), sb);
    } else if (e instanceof Neg n) {
      // a negation of a negation prints as "- - x", as it reads: parentheses around each would
      // double the nesting the parser counts (fuzzing: 68 minuses read, then too deep to read back)
      sb.append("- ");
      wrapIf(n.arg(), n.arg() instanceof Add || negatedProduct(n.arg()), sb);
    } else if (e instanceof Mul m) {
      product(m.factors(), sb);
    } else if (e instanceof Div d) {
      // a quotient whose numerator starts with d or \partial would read back as a derivative
      // (\frac{d}{d f(x)}): an extra brace group keeps it a quotient
      boolean guard = startsLikeAnOperator(d.numerator());
      sb.append(guard ? "\\frac{{" : "\\frac{");
      sb.sub(d.numerator());
      sb.append(guard ? "}}{" : "}{");
      sb.sub(d.denominator());
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

  /**
   * A negated product: after another minus it needs its parentheses, since "- - x y" reads the
   * second minus as the first factor's sign, (- x) y.
   */
  private static boolean negatedProduct(Expr e) {
    return e instanceof Neg n && n.arg() instanceof Mul;
  }

  private static void sum(List<Expr> terms, Parts sb) {
    for (int i = 0; i < terms.size(); i++) {
      Expr t = terms.get(i);
      if (i > 0) {
        sb.append(t instanceof Neg ? " - " : " + ");
      } else if (t instanceof Neg) {
        sb.append("- ");
      }
      Expr body = t instanceof Neg n ? n.arg() : t;
      // a sum inside a sum keeps its parentheses; a negated negation reads "a - - b"
      boolean wrap = body instanceof Add || (t instanceof Neg && negatedProduct(body));
      wrapIf(body, wrap, sb);
    }
  }

  private static void product(List<Expr> factors, Parts sb) {
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

  private static void power(Pow p, Parts sb) {
    Expr b = p.base();
    // an application of e takes its power outside: e^{Z}{(x)} would read as the exponential
    if (b instanceof Apply a && !a.name().contains("^") && !a.name().equals("e")) {
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
    sb.sub(p.exponent());
    sb.append('}');
  }

  private static void function(Fn f, Expr power, Parts sb) {
    switch (f.func()) {
      case EXP -> {
        sb.append("e^{");
        sb.sub(f.arg());
        sb.append('}');
      }
      case SQRT -> {
        sb.append("\\sqrt{");
        sb.sub(f.arg());
        sb.append('}');
      }
      default -> {
        sb.append(f.func().latex());
        if (power != null) {
          sb.append("^{");
          sb.sub(power);
          sb.append('}');
        }
        sb.append("{(");
        sb.sub(f.arg());
        sb.append(")}");
      }
    }
  }

  private static void application(Apply a, Expr power, Parts sb) {
    sb.append(a.name());
    if (power != null) {
      sb.append("^{");
      sb.sub(power);
      sb.append('}');
    }
    sb.append("{(");
    for (int i = 0; i < a.args().size(); i++) {
      if (i > 0) {
        sb.append(',');
      }
      sb.sub(a.args().get(i));
    }
    sb.append(")}");
  }

  private static void derivative(Derivative d, Parts sb) {
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

  private static void integral(Integral i, Parts sb) {
    int n = i.vars().size();
    Integral.Bound first = i.vars().get(0);
    sb.append(n == 2 ? "\\iint" : n == 3 ? "\\iiint" : "\\int");
    if (first.definite()) {
      sb.append("_{");
      sb.sub(first.lower());
      sb.append("}^{");
      sb.sub(first.upper());
      sb.append('}');
    }
    sb.append(' ');
    Expr body = i.body();
    // a symbol d anywhere in the body could read as the differential (\int d e^{x} dx is \int d e
    // …, and a derivative's body runs on to the integral's end): such a body gets parentheses
    wrapIf(body, body instanceof Add || body instanceof Neg || namesLikeAnOperator(body), sb);
    for (Integral.Bound b : i.vars()) {
      sb.append(printsWithBackslash(b.variable()) ? " d" : " d ");
      sb.sub(b.variable());
    }
  }

  /** True if the text of {@code e} starts with a backslash (found without printing it all). */
  private static boolean printsWithBackslash(Expr e) {
    Object first = e;
    while (first instanceof Expr x) {
      first = parts(x).get(0);
    }
    return first.toString().startsWith("\\");
  }

  private static void wrapIf(Expr e, boolean wrap, Parts sb) {
    if (wrap) {
      sb.append('(');
    }
    sb.sub(e);
    if (wrap) {
      sb.append(')');
    }
  }

  /** Whether {@code e} is printed starting with the letter d or {@code \\partial}. */
  /** Some symbol in {@code e} prints starting with d or \\partial. */
  private static boolean namesLikeAnOperator(Expr e) {
    Deque<Expr> todo = new ArrayDeque<>(List.of(e)); // no recursion: trees may be deep
    while (!todo.isEmpty()) {
      Expr x = todo.pop();
      if (x instanceof Sym s && (s.name().startsWith("d") || s.name().startsWith("\\partial"))) {
        return true;
      }
      todo.addAll(Nodes.children(x));
    }
    return false;
  }

  private static boolean startsLikeAnOperator(Expr e) {
    Expr x = e;
    while (x instanceof Mul || x instanceof Pow || x instanceof Add) {
      x =
          x instanceof Mul m
              ? m.factors().get(0)
              : x instanceof Pow p ? p.base() : ((Add) x).terms().get(0);
    }
    if (!(x instanceof Sym)) {
      return false;
    }
    String printed = print(x);
    return printed.startsWith("d") || printed.startsWith("\\partial");
  }
}
