package org.derivx.latex;

import java.util.ArrayList;
import java.util.List;

/** Splits normalised LaTeX into {@link Token}s in one linear pass. */
final class Lexer {
  private Lexer() {}

  static List<Token> lex(String s) {
    List<Token> out = new ArrayList<>(s.length() / 2 + 2);
    int i = 0;
    int n = s.length();
    boolean space = false;
    while (i < n) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c)) {
        space = true;
        i++;
        continue;
      }
      int start = i;
      if (c == '\\') {
        if (i + 1 >= n) {
          throw new LatexParseException(i, "a lone backslash ends the formula");
        }
        char d = s.charAt(i + 1);
        if (isAsciiLetter(d)) {
          int j = i + 1;
          while (j < n && isAsciiLetter(s.charAt(j))) {
            j++;
          }
          out.add(new Token(Token.Type.COMMAND, s.substring(i + 1, j), start, space));
          i = j;
        } else {
          // \{ \} \, \| and friends: a one-character command
          out.add(new Token(Token.Type.COMMAND, String.valueOf(d), start, space));
          i += 2;
        }
      } else if (isAsciiLetter(c)) {
        out.add(new Token(Token.Type.LETTER, String.valueOf(c), start, space));
        i++;
      } else if (c >= '0' && c <= '9') {
        out.add(new Token(Token.Type.DIGIT, String.valueOf(c), start, space));
        i++;
      } else if (c < 128) {
        out.add(new Token(Token.Type.SYMBOL, String.valueOf(c), start, space));
        i++;
      } else {
        throw new LatexParseException(
            i, "unexpected character '" + c + "' (U+" + String.format("%04X", (int) c) + ")");
      }
      space = false;
    }
    out.add(new Token(Token.Type.END, "", n, space));
    return out;
  }

  static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }
}
