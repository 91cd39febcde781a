package org.derivx.render;

import java.awt.Color;
import org.derivx.check.Verdict;

/**
 * How each verdict looks, everywhere (window, figures, CSS): a colour from the Okabe–Ito palette,
 * which stays distinguishable with the common colour-vision deficiencies, plus a symbol and a word,
 * so that colour is never the only carrier.
 */
public enum VerdictStyle {
  UNPARSEABLE("#555555", "!", "unparseable"),
  PREMISE("#56B4E9", "P", "premise"),
  INCORRECT("#D55E00", "\u2717", "incorrect"),
  REDUNDANT("#CC79A7", "=", "redundant"),
  SKIPPED("#E69F00", "\u00BB", "skipped"),
  /** Okabe–Ito yellow, darkened for contrast on white. */
  UNEXPLAINED("#A69B00", "\u2026", "unexplained"),
  IRRELEVANT("#0072B2", "\u2205", "irrelevant"),
  VALID("#009E73", "\u2713", "valid"),
  UNKNOWN("#999999", "?", "unknown");

  private final String hex;
  private final String symbol;
  private final String word;

  VerdictStyle(String hex, String symbol, String word) {
    this.hex = hex;
    this.symbol = symbol;
    this.word = word;
  }

  public static VerdictStyle of(Verdict v) {
    return valueOf(v.name());
  }

  /** {@code #RRGGBB}. */
  public String hex() {
    return hex;
  }

  public String symbol() {
    return symbol;
  }

  public String word() {
    return word;
  }

  /** The CSS style class of a step with this verdict, e.g. {@code verdict-incorrect}. */
  public String styleClass() {
    return "verdict-" + word;
  }

  public Color awtColor() {
    return Color.decode(hex);
  }
}
