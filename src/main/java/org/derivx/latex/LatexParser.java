package org.derivx.latex;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.derivx.derivation.ParseError;
import org.derivx.expr.Expr;
import org.derivx.expr.Expr.Add;
import org.derivx.expr.Expr.Const;
import org.derivx.expr.Expr.Div;
import org.derivx.expr.Expr.Mul;
import org.derivx.expr.Expr.Neg;
import org.derivx.expr.Expr.Num;
import org.derivx.expr.Expr.Pow;
import org.derivx.expr.Expr.Sym;
import org.derivx.expr.Nodes;
import org.derivx.expr.Relation;

/**
 * Recursive-descent parser from normalised LaTeX to our {@link Expr} tree. No backtracking beyond a
 * bounded look at {@code \frac} arguments, so time is linear in the input; depth and length are
 * capped. Every failure is a {@link LatexParseException} with an offset into the normalised text.
 *
 * <p>Conventions of the data (SymPy's printer): {@code \frac{d}{d a} X} differentiates the whole
 * product that follows; {@code \int X d a} integrates up to its differential; {@code e^{x}} is the
 * exponential and every other identifier is a symbol; {@code f{(a)}} applies a function.
 */
public final class LatexParser {
  public static final int MAX_LENGTH = 20_000;

  private static final String TOO_LONG = "formula longer than " + MAX_LENGTH + " characters";

  /**
   * No tree the parser returns is deeper than this many levels ({@link Nodes#depth}): a leaf is one
   * level, {@code x^{2}} two. Deeper input is the parse error "formula nested deeper than 120
   * levels", so code that walks a parsed tree recursively needs at most this many frames per node
   * kind. The same number bounds the parser's own recursion.
   */
  public static final int MAX_DEPTH = Cursor.MAX_DEPTH;

  private final Cursor in;
  private final IdentifierReader ids;
  private final Calculus calculus;
  private final Primaries primaries;

  /** While > 0, a letter d followed by an identifier ends the product: it is a differential. */
  int integralBodies;

  private LatexParser(String normalized) {
    if (normalized.length() > MAX_LENGTH) {
      throw new LatexParseException(MAX_LENGTH, TOO_LONG);
    }
    this.in = new Cursor(Lexer.lex(normalized));
    this.ids = new IdentifierReader(in);
    this.calculus = new Calculus(this, in);
    this.primaries = new Primaries(this, in, ids, calculus, new Functions(this, in, calculus));
  }

  /** The error for text over {@link #MAX_LENGTH}, raw or normalised. */
  static ParseError tooLong() {
    return new ParseError(MAX_LENGTH, TOO_LONG);
  }

  /** Parses an equation (two or more sides joined by '='). */
  public static Relation parseRelation(String normalized) {
    LatexParser p = new LatexParser(normalized);
    List<Expr> sides = new ArrayList<>();
    sides.add(p.side());
    while (p.in.acceptSymbol("=")) {
      sides.add(p.side());
    }
    p.expectEnd();
    if (sides.size() < 2) {
      throw new LatexParseException(0, "not an equation: no '='");
    }
    return new Relation(sides);
  }

  /** Parses a single expression (no '='). */
  public static Expr parseExpression(String normalized) {
    LatexParser p = new LatexParser(normalized);
    Expr e = p.side();
    p.expectEnd();
    return e;
  }

  /**
   * One side, at most {@link #MAX_DEPTH} levels deep. The guard stops recursion and chains as they
   * are read; a construct that adds more than one level per step it recurses (a negated product in
   * a sum, a power of a quotient of functions) could still end deeper, so the finished tree is
   * measured too, without recursion, and the one limit holds for every tree.
   */
  private Expr side() {
    int start = in.peek().offset();
    Expr e = expr();
    if (Nodes.depth(e) > MAX_DEPTH) {
      throw Cursor.tooDeep(start);
    }
    return e;
  }

  private void expectEnd() {
    Token t = in.peek();
    if (t.type() != Token.Type.END) {
      String hint =
          t.isSymbol(",") || t.type() == Token.Type.LETTER ? " (prose after the formula?)" : "";
      throw Cursor.error(t, "unexpected " + t.describe() + hint);
    }
  }

  Expr expr() {
    in.enter();
    try {
      List<Expr> terms = new ArrayList<>();
      boolean negate = false;
      if (in.acceptSymbol("-")) {
        negate = true;
      } else {
        in.acceptSymbol("+");
      }
      Expr first = term();
      terms.add(negate ? new Neg(first) : first);
      while (true) {
        if (in.acceptSymbol("+")) {
          terms.add(term());
        } else if (in.acceptSymbol("-")) {
          terms.add(new Neg(term()));
        } else if (in.peek().isCommand("pm") || in.peek().isCommand("mp")) {
          throw Cursor.error(in.peek(), "'\\pm' is not supported: write both equations");
        } else {
          break;
        }
      }
      return terms.size() == 1 ? terms.get(0) : new Add(terms);
    } finally {
      in.leave();
    }
  }

  /** A product: factors joined explicitly ({@code \cdot}, {@code /}) or by juxtaposition. */
  Expr term() {
    in.enter();
    int chained = 0; // a/b/c nests to the left: one level per '/'
    try {
      List<Expr> factors = new ArrayList<>();
      while (true) {
        Expr f = factor();
        if (f == null) { // a derivative operator: it takes the rest of the product
          factors.add(calculus.applyPendingOperator());
          break;
        }
        factors.add(f);
        Token t = in.peek();
        if (t.isCommand("cdot") || t.isCommand("times") || t.isSymbol("*")) {
          in.next();
          continue;
        }
        if (t.isSymbol("/")) {
          in.next();
          in.enter();
          chained++;
          Expr d = factor();
          if (d == null) {
            throw Cursor.error(t, "a derivative operator cannot be a denominator");
          }
          Expr num = mul(factors);
          factors.clear();
          factors.add(new Div(num, d));
          t = in.peek();
          if (t.isCommand("cdot") || t.isCommand("times") || t.isSymbol("*")) {
            in.next();
            continue;
          }
        }
        if (!startsFactor(in.peek()) || (integralBodies > 0 && calculus.differentialAhead())) {
          break;
        }
      }
      return mul(factors);
    } finally {
      in.leave(chained + 1);
    }
  }

  private static Expr mul(List<Expr> factors) {
    return factors.size() == 1 ? factors.get(0) : new Mul(factors);
  }

  static boolean startsFactor(Token t) {
    return switch (t.type()) {
      case LETTER, DIGIT -> true;
      case SYMBOL -> t.text().equals("(") || t.text().equals("[") || t.text().equals("{");
      case COMMAND ->
          !(t.text().equals("cdot")
              || t.text().equals("times")
              || t.text().equals("}")
              || t.text().equals("pm")
              || t.text().equals("mp"));
      case END -> false;
    };
  }

  /** A signed power; returns null when it read a derivative operator awaiting its operand. */
  Expr factor() {
    in.enter();
    int chained = 0;
    try {
      if (in.acceptSymbol("-")) {
        return new Neg(requireOperand(factor()));
      }
      if (in.acceptSymbol("+")) {
        return requireOperand(factor());
      }
      Expr p = primary();
      if (p == null) {
        return null;
      }
      while (in.peek().isSymbol("^")) { // x^y^z nests to the left: one level per '^'
        in.next();
        in.enter();
        chained++;
        p = new Pow(p, script());
      }
      if (in.peek().isSymbol("!")) {
        throw Cursor.error(in.peek(), "factorials are not supported");
      }
      return p;
    } finally {
      in.leave(chained + 1);
    }
  }

  private Expr requireOperand(Expr e) {
    if (e == null) {
      return calculus.applyPendingOperator();
    }
    return e;
  }

  /** The argument of {@code ^}: a braced expression or a single token. */
  Expr script() {
    Token t = in.peek();
    if (t.isSymbol("{")) {
      return group("{", "}");
    }
    in.next();
    return switch (t.type()) {
      case DIGIT -> new Num(new BigDecimal(t.text()));
      case LETTER -> new Sym(t.text());
      case COMMAND -> {
        if (t.text().equals("infty")) {
          yield new Const(Const.Kind.INFINITY);
        }
        if (Identifiers.isSymbolCommand(t.text())
            || (Identifiers.isUnknownCommand(t.text())
                && !IdentifierReader.argumentFollows(in.peek()))) {
          yield new Sym("\\" + t.text());
        }
        throw Cursor.error(t, "unsupported superscript " + t.describe());
      }
      default -> throw Cursor.error(t, "expected a superscript but found " + t.describe());
    };
  }

  /** An expression between delimiters; an integral body's differential rule does not reach in. */
  Expr group(String open, String close) {
    Token start = in.next();
    int saved = integralBodies;
    integralBodies = 0;
    try {
      if (in.peek().isSymbol(close) || (close.equals("}") && in.peek().isCommand("}"))) {
        throw Cursor.error(start, "empty '" + open + close + "'");
      }
      Expr e = expr();
      Token end = in.peek();
      boolean closed = open.equals("\\{") ? end.isCommand("}") : end.isSymbol(close);
      if (!closed) {
        throw Cursor.error(
            end,
            "expected '"
                + close
                + "' to close the '"
                + open
                + "' at offset "
                + start.offset()
                + " but found "
                + end.describe());
      }
      in.next();
      return e;
    } finally {
      integralBodies = saved;
    }
  }

  private Expr primary() {
    return primaries.primary();
  }

  IdentifierReader identifiers() {
    return ids;
  }

  Expr identifierOrApplication() {
    return primaries.identifierOrApplication();
  }
}
