package org.derivx.io;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.derivx.expr.Expr;
import org.derivx.expr.Func;
import org.derivx.expr.Relation;
import org.derivx.latex.LatexParseException;
import org.derivx.latex.LatexParser;

/**
 * Reads SymPy {@code srepr} strings, as in the paper's annotations, into our tree: {@code
 * Equality(Function('\\eta')(Symbol('a')), exp(Symbol('a')))}. Symbol names are LaTeX and are read
 * with our identifier rules, so they get the same canonical names as parsed equations. Only the
 * heads the paper's generator produces are known; anything else is an error. Pure data: no code is
 * ever evaluated.
 */
public final class SreprParser {
  private final String s;
  private int pos;
  private int depth;

  private SreprParser(String s) {
    this.s = s;
  }

  public static Relation parseEquality(String srepr) {
    Expr.Apply eq = asEquality(new SreprParser(srepr).whole());
    return new Relation(eq.args());
  }

  public static Expr parseExpression(String srepr) {
    return new SreprParser(srepr).whole();
  }

  private static Expr.Apply asEquality(Expr e) {
    if (e instanceof Expr.Apply a && a.name().equals("Equality") && a.args().size() == 2) {
      return a;
    }
    throw new IllegalArgumentException("not an Equality: " + e);
  }

  private Expr whole() {
    Expr e = node();
    skipSpace();
    if (pos != s.length()) {
      throw error("trailing text");
    }
    return e;
  }

  private Expr node() {
    if (++depth > 200) {
      throw error("nested too deeply");
    }
    try {
      String head = name();
      if (head.equals("Function")) {
        expect('(');
        String fn = string();
        expect(')');
        expect('(');
        return new Expr.Apply(identifier(fn), list(')'));
      }
      expect('(');
      switch (head) {
        case "Symbol":
          {
            String name = string();
            skipKeywords();
            return new Expr.Sym(identifier(name));
          }
        case "Integer":
          {
            Expr n = number(token());
            expect(')');
            return n;
          }
        case "Float":
          {
            Expr n = number(string().replace("'", ""));
            skipKeywords();
            return n;
          }
        case "Rational":
          {
            Expr num = number(token());
            expect(',');
            Expr den = number(token());
            expect(')');
            boolean negative = num instanceof Expr.Neg;
            Expr p = negative ? ((Expr.Neg) num).arg() : num;
            Expr q = new Expr.Div(p, den);
            return negative ? new Expr.Neg(q) : q;
          }
        default:
          break;
      }
      List<Expr> args = list(')');
      return build(head, args);
    } finally {
      depth--;
    }
  }

  private Expr build(String head, List<Expr> a) {
    return switch (head) {
      case "Equality" -> new Expr.Apply("Equality", a);
      case "Add" -> new Expr.Add(a);
      case "Mul" -> new Expr.Mul(a);
      case "Pow" -> new Expr.Pow(a.get(0), a.get(1));
      case "Tuple" -> new Expr.Apply("Tuple", a);
      case "exp" -> new Expr.Fn(Func.EXP, one(head, a));
      case "log" -> new Expr.Fn(Func.LOG, one(head, a));
      case "sin" -> new Expr.Fn(Func.SIN, one(head, a));
      case "cos" -> new Expr.Fn(Func.COS, one(head, a));
      case "tan" -> new Expr.Fn(Func.TAN, one(head, a));
      case "Ei" -> new Expr.Fn(Func.EI, one(head, a));
      case "Ci" -> new Expr.Fn(Func.CI, one(head, a));
      case "Si" -> new Expr.Fn(Func.SI, one(head, a));
      case "Derivative" -> derivative(a);
      case "Integral" -> integral(a);
      default -> throw error("unknown head " + head);
    };
  }

  private Expr one(String head, List<Expr> a) {
    if (a.size() != 1) {
      throw error(head + " takes one argument");
    }
    return a.get(0);
  }

  private Expr derivative(List<Expr> a) {
    List<Expr.Derivative.Var> vars = new ArrayList<>();
    for (Expr t : a.subList(1, a.size())) {
      List<Expr> tuple = tuple(t);
      int order = tuple.size() > 1 ? ((Expr.Num) tuple.get(1)).value().intValueExact() : 1;
      vars.add(new Expr.Derivative.Var(tuple.get(0), order));
    }
    return new Expr.Derivative(a.get(0), vars, false);
  }

  private Expr integral(List<Expr> a) {
    List<Expr.Integral.Bound> vars = new ArrayList<>();
    for (Expr t : a.subList(1, a.size())) {
      List<Expr> tuple = tuple(t);
      vars.add(
          tuple.size() == 3
              ? new Expr.Integral.Bound(tuple.get(0), tuple.get(1), tuple.get(2))
              : Expr.Integral.Bound.indefinite(tuple.get(0)));
    }
    return new Expr.Integral(a.get(0), vars);
  }

  private List<Expr> tuple(Expr t) {
    if (t instanceof Expr.Apply ap && ap.name().equals("Tuple")) {
      return ap.args();
    }
    return List.of(t);
  }

  /** SymPy names are LaTeX; our identifier rules give them their canonical spelling. */
  private String identifier(String latex) {
    try {
      Expr e = LatexParser.parseExpression(latex);
      if (e instanceof Expr.Sym sym) {
        return sym.name();
      }
    } catch (LatexParseException e) {
      // fall through: keep SymPy's spelling
    }
    return latex;
  }

  private List<Expr> list(char close) {
    List<Expr> out = new ArrayList<>();
    skipSpace();
    if (peek() == close) {
      pos++;
      return out;
    }
    while (true) {
      out.add(node());
      skipSpace();
      char c = next();
      if (c == close) {
        return out;
      }
      if (c != ',') {
        throw error("expected ',' or '" + close + "'");
      }
    }
  }

  private void skipKeywords() {
    while (true) {
      skipSpace();
      char c = next();
      if (c == ')') {
        return;
      }
      if (c != ',') {
        throw error("expected ')'");
      }
      name();
      expect('=');
      token();
    }
  }

  private Expr number(String text) {
    BigDecimal v = new BigDecimal(text);
    return v.signum() < 0 ? new Expr.Neg(new Expr.Num(v.negate())) : new Expr.Num(v);
  }

  private String name() {
    skipSpace();
    int start = pos;
    while (pos < s.length() && Character.isLetterOrDigit(s.charAt(pos))) {
      pos++;
    }
    if (start == pos) {
      throw error("expected a name");
    }
    return s.substring(start, pos);
  }

  private String token() {
    skipSpace();
    int start = pos;
    while (pos < s.length() && ",()".indexOf(s.charAt(pos)) < 0) {
      pos++;
    }
    return s.substring(start, pos).strip();
  }

  private String string() {
    skipSpace();
    char quote = next();
    if (quote != '\'' && quote != '"') {
      throw error("expected a string");
    }
    StringBuilder sb = new StringBuilder();
    while (true) {
      char c = next();
      if (c == quote) {
        return sb.toString();
      }
      if (c == '\\') {
        c = next();
      }
      sb.append(c);
    }
  }

  private void expect(char c) {
    skipSpace();
    if (next() != c) {
      throw error("expected '" + c + "'");
    }
  }

  private char next() {
    if (pos >= s.length()) {
      throw error("unexpected end");
    }
    return s.charAt(pos++);
  }

  private char peek() {
    return pos < s.length() ? s.charAt(pos) : '\0';
  }

  private void skipSpace() {
    while (pos < s.length() && s.charAt(pos) == ' ') {
      pos++;
    }
  }

  private IllegalArgumentException error(String message) {
    return new IllegalArgumentException("srepr at " + pos + ": " + message);
  }
}
