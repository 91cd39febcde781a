package org.derivx.check;

import java.util.Locale;

/**
 * The single operations a step may be justified by. The first fifteen are the paper's generator
 * operations (same names); the last three name what models commonly do in one step.
 */
public enum Rule {
  /**
   * Both sides of equation i replaced using equation j: occurrences of j's left side become j's
   * right side.
   */
  SUBSTITUTE_LHS_FOR_RHS,
  /** Occurrences of equation j's right side in equation i become j's left side. */
  SUBSTITUTE_RHS_FOR_LHS,
  /** Both sides wrapped in an unevaluated derivative with respect to one symbol. */
  DIFFERENTIATE,
  /** Both sides wrapped in an unevaluated integral (indefinite, or with the step's bounds). */
  INTEGRATE,
  /** Unevaluated derivatives carried out (derivatives of undefined functions stay). */
  EVALUATE_DERIVATIVES,
  /** Integrals of known functions carried out; an indefinite one may add one fresh constant. */
  EVALUATE_INTEGRALS,
  /** The same expression added to both sides. */
  ADD,
  /** The same expression subtracted from both sides. */
  MINUS,
  /** Both sides multiplied by the same expression. */
  TIMES,
  /** Both sides divided by the same expression. */
  DIVIDE,
  /** Both sides raised to the same power. */
  POWER,
  /** e raised to both sides. */
  EXP,
  /** Natural logarithm of both sides. */
  LOG,
  /** Sine of both sides. */
  SIN,
  /** Cosine of both sides. */
  COS,
  /** Both sides expanded (products of sums multiplied out), nothing else changed. */
  EXPAND,
  /** One earlier equation with its sides rewritten into algebraically equal forms. */
  SIMPLIFY,
  /** Two earlier equations added, subtracted, multiplied or divided side by side. */
  COMBINE,
  /** A new symbol or function introduced by a definition {@code u = …} (uses nothing). */
  DEFINE,
  /**
   * A fresh symbol standing for a constant of integration bound earlier (uses the step that
   * introduced that constant): {@code … + K = … + P}.
   */
  RENAME_CONSTANT;

  /** The name used in reports: the paper's spelling, e.g. {@code substitute_LHS_for_RHS}. */
  public String paperName() {
    return name().toLowerCase(Locale.ROOT).replace("lhs", "LHS").replace("rhs", "RHS");
  }

  public static Rule byPaperName(String name) {
    for (Rule r : values()) {
      if (r.paperName().equals(name)) {
        return r;
      }
    }
    return null;
  }
}
