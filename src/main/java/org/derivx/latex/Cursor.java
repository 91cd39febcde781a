package org.derivx.latex;

import java.util.List;

/**
 * A position in a token list, with the depth guard that keeps recursion bounded. The guard counts
 * levels of nesting: every recursive step of the parser and every link of a chain it builds in a
 * loop ({@code x^y^z}, {@code a/b/c}) enters one level while it is being read.
 */
final class Cursor {
  static final int MAX_DEPTH = 120;

  private final List<Token> tokens;
  private int pos;
  private int depth;

  Cursor(List<Token> tokens) {
    this.tokens = tokens;
  }

  Token peek() {
    return tokens.get(pos);
  }

  Token peek(int ahead) {
    return tokens.get(Math.min(pos + ahead, tokens.size() - 1));
  }

  Token next() {
    Token t = tokens.get(pos);
    if (t.type() != Token.Type.END) {
      pos++;
    }
    return t;
  }

  int mark() {
    return pos;
  }

  void reset(int mark) {
    pos = mark;
  }

  boolean atEnd() {
    return peek().type() == Token.Type.END;
  }

  boolean acceptSymbol(String s) {
    if (peek().isSymbol(s)) {
      pos++;
      return true;
    }
    return false;
  }

  Token expectSymbol(String s, String what) {
    Token t = peek();
    if (!t.isSymbol(s)) {
      throw error(t, "expected '" + s + "' " + what + " but found " + t.describe());
    }
    return next();
  }

  void enter() {
    if (++depth > MAX_DEPTH) {
      throw tooDeep(peek().offset());
    }
  }

  void leave() {
    depth--;
  }

  /** Leaves {@code levels} levels entered by a loop. */
  void leave(int levels) {
    depth -= levels;
  }

  static LatexParseException tooDeep(int offset) {
    return new LatexParseException(offset, "formula nested deeper than " + MAX_DEPTH + " levels");
  }

  static LatexParseException error(Token at, String message) {
    return new LatexParseException(at.offset(), message);
  }

  /** Index of the '}' matching the '{' at {@code open}, or -1. Linear in the group's length. */
  int matchingBrace(int open) {
    int level = 0;
    for (int i = open; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (t.isSymbol("{")) {
        level++;
      } else if (t.isSymbol("}")) {
        if (--level == 0) {
          return i;
        }
      }
    }
    return -1;
  }

  Token at(int index) {
    return tokens.get(index);
  }
}
