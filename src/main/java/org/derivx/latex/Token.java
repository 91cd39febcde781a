package org.derivx.latex;

/**
 * One lexical unit of normalised LaTeX. Letters and digits are single-character tokens (in math
 * mode {@code xy} is a product and {@code x^23} raises to 2); commands keep their name without the
 * backslash. {@code spaceBefore} records whether whitespace preceded the token, the only place
 * where whitespace carries meaning ({@code f(x)} versus {@code x (a + b)}).
 */
record Token(Type type, String text, int offset, boolean spaceBefore) {
  enum Type {
    LETTER,
    DIGIT,
    COMMAND,
    SYMBOL,
    END
  }

  boolean is(Type t, String s) {
    return type == t && text.equals(s);
  }

  boolean isSymbol(String s) {
    return is(Type.SYMBOL, s);
  }

  boolean isCommand(String s) {
    return is(Type.COMMAND, s);
  }

  boolean isLetter(String s) {
    return is(Type.LETTER, s);
  }

  String describe() {
    return switch (type) {
      case END -> "end of input";
      case COMMAND -> "'\\" + text + "'";
      default -> "'" + text + "'";
    };
  }
}
