package org.derivx.spark;

import java.io.Serializable;

/**
 * One line the job writes: a step ({@code ReportFormat.stepJson}), a derivation ({@code
 * ReportFormat.derivationJson}, or the error line of a derivation whose check failed), or something
 * met while reading (a problem, a warning, an internal error). {@code json} is the line itself.
 */
record Out(Kind kind, String json) implements Serializable {
  private static final long serialVersionUID = 1L;

  enum Kind {
    STEP,
    DERIVATION,
    /** A derivation whose check failed with an internal error: its line says so, no steps. */
    FAILED,
    /** A record that does not follow the format: skipped (bad input). */
    PROBLEM,
    /** Something dropped from a record that is kept. */
    WARNING,
    /** A bug met while reading a record (not bad input). */
    INTERNAL;

    /** Where lines of this kind go: {@code steps}, {@code derivations} or {@code problems}. */
    String folder() {
      return switch (this) {
        case STEP -> "steps";
        case DERIVATION, FAILED -> "derivations";
        case PROBLEM, WARNING, INTERNAL -> "problems";
      };
    }
  }
}
