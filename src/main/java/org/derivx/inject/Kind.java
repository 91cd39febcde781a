package org.derivx.inject;

import java.util.Locale;

/**
 * The errors injected into real reference derivations, with the category each is meant to make. The
 * checker has the last word on every label (see {@link Labeller}).
 */
public enum Kind {
  /** A term, or a whole side, with its sign flipped. */
  SIGN_SLIP("INCORRECT"),
  /** A derivative or integral evaluated with one rule broken ({@link WrongCalculus}). */
  WRONG_RULE("INCORRECT"),
  /** A factor, a term or a constant of integration left out. */
  DROPPED("INCORRECT"),
  /** An earlier definition substituted for the wrong symbol, on one side. */
  WRONG_SUBSTITUTION("INCORRECT"),
  /** A variable that drifts to another name (under renaming: back to its original one). */
  DRIFT("INCORRECT"),
  /** An equation cut off, and the derivation with it. */
  TRUNCATED("INCORRECT"),
  /** {@code X = X}. */
  TAUTOLOGY("REDUNDANT"),
  /** An earlier equation written again. */
  REPEAT("REDUNDANT"),
  /** One to three consecutive steps left out: the next one leaps. */
  LEAP("SKIPPED"),
  /** The goal written right after an early step, without the derivation in between. */
  GOAL_COPIED("SKIPPED"),
  /** A correct one-operation step that nothing after it uses. */
  UNUSED("IRRELEVANT");

  private final String intended;

  Kind(String intended) {
    this.intended = intended;
  }

  /** The category the injection is meant to make. */
  public String intended() {
    return intended;
  }

  /** {@code sign-slip}, as ids and notes name it. */
  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
