package org.derivx.inject;

import java.util.List;

/**
 * A reference derivation with one injected error: the new steps' LaTeX, the (0-based) step the
 * error is in, and the kind. What the other steps are is left to the checker.
 */
record Mutant(List<String> steps, int at, Kind kind) {
  Mutant {
    steps = List.copyOf(steps);
    if (at < 0 || at >= steps.size()) {
      throw new IllegalArgumentException("step " + at + " of " + steps.size());
    }
  }
}
