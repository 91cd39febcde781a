package org.derivx.latex;

import java.math.BigDecimal;
import org.derivx.expr.Expr;
import org.derivx.expr.Expr.Apply;
import org.derivx.expr.Expr.Const;
import org.derivx.expr.Expr.Fn;
import org.derivx.expr.Expr.Num;
import org.derivx.expr.Expr.Pow;
import org.derivx.expr.Expr.Sym;
import org.derivx.expr.Func;

/**
 * The atoms of the grammar: numbers, identifiers and applications, groups, and the commands that
 * start a factor ({@code \frac}, {@code \sqrt}, {@code \int}, functions, symbol commands).
 */
final class Primaries {
  private final LatexParser parser;
  private final Cursor in;
  private final IdentifierReader ids;
  private final Calculus calculus;
  private final Functions functions;

  Primaries(
      LatexParser parser, Cursor in, IdentifierReader ids, Calculus calculus, Functions functions) {
    this.parser = parser;
    this.in = in;
    this.ids = ids;
    this.calculus = calculus;
    this.functions = functions;
  }

  Expr primary() {
    Token t = in.peek();
    switch (t.type()) {
      case DIGIT:
        return number();
      case LETTER:
        return identifierPrimary();
      case SYMBOL:
        return switch (t.text()) {
          case "(" -> parser.group("(", ")");
          case "[" -> parser.group("[", "]");
          case "{" -> parser.group("{", "}");
          case "|" -> throw Cursor.error(t, "absolute values |…| are not supported");
          default -> throw Cursor.error(t, "unexpected " + t.describe());
        };
      case END:
        throw Cursor.error(t, "the formula ends where a term was expected");
      default:
        return command(t);
    }
  }

  private Expr command(Token t) {
    String c = t.text();
    switch (c) {
      case "frac":
        return calculus.fraction();
      case "sqrt":
        return functions.sqrt();
      case "int", "iint", "iiint", "oint":
        return calculus.integral();
      case "infty":
        in.next();
        return new Const(Const.Kind.INFINITY);
      case "{":
        return parser.group("\\{", "\\}");
      case "partial":
        throw Cursor.error(t, "'\\partial' outside a derivative");
      case "text", "mbox", "textrm", "textit", "textbf":
        throw Cursor.error(t, "prose (\\" + c + ") is not part of a formula");
      default:
        break;
    }
    if (c.equals("tilde")
        && in.peek(1).isSymbol("{")
        && in.peek(2).isCommand("infty")
        && in.peek(3).isSymbol("}")) {
      for (int i = 0; i < 4; i++) {
        in.next();
      }
      return new Const(Const.Kind.COMPLEX_INFINITY);
    }
    var func = Func.byCommand(c);
    if (func.isPresent()) {
      return functions.function(func.get());
    }
    if (ids.startsIdentifier(0)) {
      return identifierPrimary();
    }
    throw Cursor.error(t, "unsupported command " + t.describe());
  }

  private Expr number() {
    StringBuilder sb = new StringBuilder(in.next().text());
    boolean dot = false;
    while (true) {
      Token t = in.peek();
      if (t.type() == Token.Type.DIGIT && !t.spaceBefore()) {
        sb.append(in.next().text());
      } else if (!dot
          && t.isSymbol(".")
          && !t.spaceBefore()
          && in.peek(1).type() == Token.Type.DIGIT
          && !in.peek(1).spaceBefore()) {
        in.next();
        sb.append('.');
        dot = true;
      } else {
        return new Num(decimal(sb.toString()));
      }
    }
  }

  private Expr identifierPrimary() {
    String name = ids.read();
    if (name.startsWith("\\operatorname{")) {
      String inner = name.substring("\\operatorname{".length(), name.length() - 1);
      if (Func.byOperatorName(inner).isPresent()) {
        return new Fn(Func.byOperatorName(inner).get(), functions.argument());
      }
    }
    Token t = in.peek();
    if (name.equals("e") && t.isSymbol("^")) {
      in.next();
      return new Fn(Func.EXP, parser.script());
    }
    if (applicationAhead()) {
      return new Apply(name, functions.arguments());
    }
    if (t.isSymbol("^")) { // \eta^{2}{(a)}: a power of an application
      in.next();
      Expr exponent = parser.script();
      if (in.peek().isSymbol("{") && in.peek(1).isSymbol("(")) {
        return new Pow(new Apply(name, functions.arguments()), exponent);
      }
      return new Pow(new Sym(name), exponent);
    }
    return new Sym(name);
  }

  /** {@code {(…)}} always applies; {@code (…)} only when written without a space, as in f(x). */
  private boolean applicationAhead() {
    Token t = in.peek();
    return (t.isSymbol("{") && in.peek(1).isSymbol("(")) || (t.isSymbol("(") && !t.spaceBefore());
  }

  Expr identifierOrApplication() {
    String name = ids.read();
    if (applicationAhead()) {
      return new Apply(name, functions.arguments());
    }
    return new Sym(name);
  }

  /**
   * A number as written, without trailing zeros after the point ({@code 0.20} is 0.2, {@code 1.0}
   * is 1): the printer writes the value, so print → parse gives the same tree (found by fuzzing).
   */
  static BigDecimal decimal(String digits) {
    BigDecimal v = new BigDecimal(digits);
    if (v.scale() <= 0) {
      return v;
    }
    v = v.stripTrailingZeros();
    return v.scale() < 0 ? v.setScale(0) : v;
  }
}
