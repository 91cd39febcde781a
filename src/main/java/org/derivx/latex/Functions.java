package org.derivx.latex;

import java.util.ArrayList;
import java.util.List;
import org.derivx.expr.Expr;
import org.derivx.expr.Expr.Div;
import org.derivx.expr.Expr.Fn;
import org.derivx.expr.Expr.Num;
import org.derivx.expr.Expr.Pow;
import org.derivx.expr.Func;

/**
 * Built-in functions: {@code \sin^{2}{(x)}}, {@code \log_{b} x}, {@code \sqrt[n]{x}}, and the
 * argument lists of applications.
 */
final class Functions {
  private final LatexParser parser;
  private final Cursor in;
  private final Calculus calculus;

  Functions(LatexParser parser, Cursor in, Calculus calculus) {
    this.parser = parser;
    this.in = in;
    this.calculus = calculus;
  }

  Expr function(Func f) {
    Token name = in.next();
    Expr power = null;
    Expr base = null;
    for (int i = 0; i < 2; i++) {
      if (power == null && in.peek().isSymbol("^")) {
        in.next();
        power = parser.script();
      } else if (base == null && f == Func.LOG && in.peek().isSymbol("_")) {
        in.next();
        base = parser.script();
      }
    }
    if (in.peek().type() == Token.Type.END || in.peek().isSymbol("=")) {
      throw Cursor.error(name, name.describe() + " needs an argument");
    }
    Expr result = new Fn(f, argument());
    if (base != null) {
      result = new Div(result, new Fn(Func.LOG, base));
    }
    return power == null ? result : new Pow(result, power);
  }

  /** {@code {(x)}}, {@code (x)}, {@code {x}} or a bare factor as in {@code \sin x}. */
  Expr argument() {
    Token t = in.peek();
    if (t.isSymbol("{") && in.peek(1).isSymbol("(")) {
      List<Expr> args = arguments();
      if (args.size() != 1) {
        throw Cursor.error(t, "this function takes one argument");
      }
      return args.get(0);
    }
    if (t.isSymbol("(")) {
      return parser.group("(", ")");
    }
    if (t.isSymbol("{")) {
      return parser.group("{", "}");
    }
    Expr arg = parser.factor();
    if (arg == null) {
      throw Cursor.error(t, "a derivative operator cannot be a function argument");
    }
    return arg;
  }

  Expr sqrt() {
    in.next();
    Expr index = null;
    if (in.peek().isSymbol("[")) {
      index = parser.group("[", "]");
    }
    Expr radicand = calculus.argument("\\sqrt");
    return index == null
        ? new Fn(Func.SQRT, radicand)
        : new Pow(radicand, new Div(Num.of(1), index));
  }

  /** Comma-separated arguments in {@code {(…)}} or {@code (…)}. */
  List<Expr> arguments() {
    boolean braced = in.acceptSymbol("{");
    Token open = in.expectSymbol("(", "to open the arguments");
    int saved = parser.integralBodies;
    parser.integralBodies = 0;
    List<Expr> args = new ArrayList<>();
    try {
      do {
        args.add(parser.expr());
      } while (in.acceptSymbol(","));
    } finally {
      parser.integralBodies = saved;
    }
    in.expectSymbol(")", "to close the arguments opened at offset " + open.offset());
    if (braced) {
      in.expectSymbol("}", "after the arguments");
    }
    return args;
  }
}
