package org.derivx.annotate;

import java.util.Locale;
import java.util.Optional;

/** What an annotator says of one step: the paper's error categories, or OTHER (with a note). */
public enum StepCategory {
  VALID,
  SKIPPED,
  REDUNDANT,
  IRRELEVANT,
  INCORRECT,
  OTHER;

  /** The category named {@code s} (any case), if any. */
  public static Optional<StepCategory> parse(String s) {
    if (s == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(valueOf(s.trim().toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** The number key that sets it: 1 for VALID … 6 for OTHER. */
  public int key() {
    return ordinal() + 1;
  }
}
