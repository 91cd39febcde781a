package org.derivx.latex;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.derivx.expr.Expr;
import org.derivx.expr.Expr.Derivative;
import org.derivx.expr.Expr.Div;
import org.derivx.expr.Expr.Integral;
import org.derivx.expr.Expr.Num;

/**
 * The calculus part of the grammar: {@code \frac} (which may be a derivative), derivative operators
 * and integrals with their differentials.
 */
final class Calculus {
  private final LatexParser parser;
  private final Cursor in;

  /**
   * A derivative operator read by {@link #fraction()} and waiting for the product it applies to.
   */
  private Derivative pending;

  Calculus(LatexParser parser, Cursor in) {
    this.parser = parser;
    this.in = in;
  }

  /**
   * {@code \frac{N}{D}}: a derivative when N is {@code d}, {@code d^{n}}, {@code \partial} (an
   * operator; returns null and leaves it pending) or {@code d X} (Leibniz, X is the body), and D is
   * a list of differentials; otherwise a quotient.
   */
  Expr fraction() {
    Token frac = in.next();
    if (in.peek().isSymbol("{")) {
      int numOpen = in.mark();
      int numClose = in.matchingBrace(numOpen);
      Token first = in.peek(1);
      if (numClose > 0
          && (first.isLetter("d") || first.isCommand("partial"))
          && in.at(numClose + 1).isSymbol("{")) {
        Expr d = derivative(numOpen, numClose);
        if (d != null || pending != null) {
          return d;
        }
        in.reset(numOpen);
      }
    }
    Expr num = argument("\\frac");
    if (in.peek().type() == Token.Type.END) {
      throw Cursor.error(frac, "\\frac needs a denominator");
    }
    return new Div(num, argument("\\frac"));
  }

  /** A braced expression or a single token, as TeX reads macro arguments. */
  Expr argument(String owner) {
    Token t = in.peek();
    if (t.isSymbol("{")) {
      return parser.group("{", "}");
    }
    if (t.type() == Token.Type.DIGIT || t.type() == Token.Type.LETTER) {
      in.next();
      return t.type() == Token.Type.DIGIT
          ? Num.of(Integer.parseInt(t.text()))
          : new Expr.Sym(t.text());
    }
    if (parser.identifiers().startsIdentifier(0)) {
      return new Expr.Sym(parser.identifiers().read());
    }
    throw Cursor.error(t, owner + " needs a braced argument but found " + t.describe());
  }

  private Expr derivative(int numOpen, int numClose) {
    int denOpen = numClose + 1;
    int denClose = in.matchingBrace(denOpen);
    if (denClose < 0) {
      return null;
    }
    List<Derivative.Var> vars;
    boolean partial;
    try {
      in.reset(denOpen + 1);
      partial = in.peek().isCommand("partial");
      vars = differentials(denClose);
    } catch (LatexParseException notDifferentials) {
      return null; // an ordinary fraction such as \frac{d}{a}
    }
    in.reset(numOpen + 1);
    in.next(); // d or \partial
    int order = 0;
    if (in.peek().isSymbol("^")) {
      in.next();
      order = integer(in.peek());
    }
    if (order > 0 && vars.size() == 1 && vars.get(0).order() == 1) {
      vars = List.of(new Derivative.Var(vars.get(0).variable(), order));
    }
    if (in.mark() == numClose) {
      in.reset(denClose + 1);
      pending = new Derivative(Num.of(0), vars, partial);
      return null;
    }
    int saved = parser.integralBodies;
    parser.integralBodies = 0;
    Expr body = parser.expr();
    parser.integralBodies = saved;
    if (in.mark() != numClose) {
      throw Cursor.error(in.peek(), "unexpected " + in.peek().describe() + " in a derivative");
    }
    in.reset(denClose + 1);
    return new Derivative(body, vars, partial);
  }

  /** {@code d a}, {@code d x^{2}}, {@code \partial x \partial y} … up to {@code end}. */
  private List<Derivative.Var> differentials(int end) {
    List<Derivative.Var> vars = new ArrayList<>();
    while (in.mark() < end) {
      Token t = in.next();
      if (!t.isLetter("d") && !t.isCommand("partial")) {
        throw Cursor.error(t, "expected a differential");
      }
      boolean paren = in.acceptSymbol("("); // d (f^{\prime})^{2}
      if (!parser.identifiers().startsIdentifier(0)) {
        throw Cursor.error(in.peek(), "expected the variable of a differential");
      }
      Expr v = parser.identifierOrApplication();
      if (paren) {
        in.expectSymbol(")", "after the variable of a differential");
      }
      int order = 1;
      if (in.peek().isSymbol("^")) {
        in.next();
        order = integer(in.peek());
      }
      vars.add(new Derivative.Var(v, order));
    }
    if (vars.isEmpty() || in.mark() != end) {
      throw Cursor.error(in.peek(), "expected differentials");
    }
    // d^2/(dx dy) f = d/dx (d/dy f): the rightmost variable applies first, as SymPy prints it
    Collections.reverse(vars);
    return vars;
  }

  /** A small positive integer: {@code 2} or {@code {2}}. Consumes it. */
  private int integer(Token t) {
    String text;
    if (t.isSymbol("{")) {
      int close = in.matchingBrace(in.mark());
      if (close < 0) {
        throw Cursor.error(t, "unbalanced '{'");
      }
      text = parser.identifiers().canonicalText(in.mark() + 1, close);
      in.reset(close + 1);
    } else {
      in.next();
      text = t.text();
    }
    if (!text.matches("[1-9][0-9]?")) {
      throw Cursor.error(t, "a derivative order must be a positive integer, not '" + text + "'");
    }
    return Integer.parseInt(text);
  }

  /**
   * Applies the pending derivative operator to the rest of the product. The operator is taken
   * before the operand is parsed, so nested operators ({@code \frac{d}{dx} \frac{d}{dy} f}) nest.
   */
  Expr applyPendingOperator() {
    Derivative op = pending;
    pending = null;
    if (op == null) {
      throw new IllegalStateException("no derivative operator pending");
    }
    Token at = in.peek();
    if (!LatexParser.startsFactor(at) && !at.isSymbol("-")) {
      throw Cursor.error(at, "a derivative operator needs an operand");
    }
    return new Derivative(parser.term(), op.vars(), op.partial());
  }

  boolean differentialAhead() {
    return in.peek().isLetter("d") && parser.identifiers().startsIdentifier(1);
  }

  /** {@code \int_{a}^{b} X d x}; {@code \iint X d x d y} integrates over x, then y. */
  Expr integral() {
    Token start = in.next();
    int count =
        switch (start.text()) {
          case "iint" -> 2;
          case "iiint" -> 3;
          default -> 1;
        };
    Expr lower = null;
    Expr upper = null;
    for (int i = 0; i < 2; i++) {
      if (lower == null && in.acceptSymbol("_")) {
        lower = parser.script();
      } else if (upper == null && in.acceptSymbol("^")) {
        upper = parser.script();
      }
    }
    if ((lower == null) != (upper == null) || (lower != null && count > 1)) {
      throw Cursor.error(start, "an integral needs both bounds or none (one variable if bounded)");
    }
    Expr body;
    if (differentialAhead()) {
      body = Num.of(1);
    } else {
      parser.integralBodies++;
      try {
        body = parser.expr();
      } finally {
        parser.integralBodies--;
      }
    }
    List<Integral.Bound> vars = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      if (!differentialAhead()) {
        throw Cursor.error(
            in.peek(),
            "expected the differential (d<variable>) of the integral at offset "
                + start.offset()
                + " but found "
                + in.peek().describe());
      }
      in.next();
      Expr v = parser.identifierOrApplication();
      vars.add(lower == null ? Integral.Bound.indefinite(v) : new Integral.Bound(v, lower, upper));
    }
    return new Integral(body, vars);
  }
}
