package org.derivx.flagger;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.derivx.latex.Identifiers;

/**
 * The flagger's view of an equation: structure-aware tokens of its normalised LaTeX. Commands stay
 * commands ({@code \frac}, {@code \int}, {@code \sin}), braces, operators and single digits stay as
 * they are, and identifiers (letters, Greek letters, decorated names such as {@code \hat{x}} or
 * {@code \mathbf{B}}) become placeholders {@code <v1>}, {@code <v2>}, … numbered by first
 * appearance in the derivation, so a renamed derivation (VR) reads the same. {@code d} and {@code
 * e} are kept: they are the differential and Euler's number far more often than a variable. Never
 * throws: whatever the parser cannot read is still tokenised.
 */
public final class LatexTokens {
  /** Placeholders beyond this share one token. */
  static final int MAX_NAMES = 24;

  /** Commands that are identifiers on their own, as our parser reads them. */
  static final Set<String> GREEK = Identifiers.SYMBOL_COMMANDS;

  /** Decorations that make one identifier of their argument, as our parser reads them. */
  static final Set<String> DECORATIONS = Identifiers.DECORATIONS;

  private LatexTokens() {}

  /**
   * Tokens of {@code latex}; {@code names} maps identifiers to placeholders across the whole
   * derivation (pass the same map for every equation of it, in order).
   */
  public static List<String> of(String latex, Map<String, String> names) {
    List<String> out = new ArrayList<>();
    int i = 0;
    int n = latex.length();
    while (i < n) {
      char c = latex.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (c == '\\') {
        int j = i + 1;
        while (j < n && isLetter(latex.charAt(j))) {
          j++;
        }
        if (j == i + 1) {
          // \, \{ \| …: spacing and escaped symbols
          if (j < n && !Character.isWhitespace(latex.charAt(j))) {
            out.add("\\" + latex.charAt(j));
            j++;
          }
          i = j;
          continue;
        }
        String cmd = latex.substring(i + 1, j);
        if (GREEK.contains(cmd)) {
          out.add(name("\\" + cmd, names));
          i = j;
        } else if (DECORATIONS.contains(cmd) && j < n && latex.charAt(j) == '{') {
          int close = latex.indexOf('}', j);
          if (close > j && latex.substring(j + 1, close).indexOf('{') < 0) {
            out.add(name("\\" + cmd + latex.substring(j, close + 1).replace(" ", ""), names));
            i = close + 1;
          } else {
            out.add("\\" + cmd);
            i = j;
          }
        } else {
          out.add("\\" + cmd);
          i = j;
        }
      } else if (isLetter(c)) {
        out.add(c == 'd' || c == 'e' ? String.valueOf(c) : name(String.valueOf(c), names));
        i++;
      } else if (c >= '0' && c <= '9') {
        out.add(String.valueOf(c));
        i++;
      } else if (c < 128) {
        out.add(String.valueOf(c));
        i++;
      } else {
        out.add("?");
        i++;
      }
    }
    return out;
  }

  private static String name(String identifier, Map<String, String> names) {
    String p = names.get(identifier);
    if (p == null) {
      p = names.size() < MAX_NAMES ? "<v" + (names.size() + 1) + ">" : "<v>";
      names.put(identifier, p);
    }
    return p;
  }

  private static boolean isLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }
}
