package org.derivx.check.run;

import org.derivx.check.DerivationReport;
import org.derivx.check.StepResult;

/**
 * Receives results as they are produced; the GUI and the CLI both implement it. Calls come from
 * worker threads (one derivation is always reported by one thread, steps in order).
 */
public interface CheckListener {
  default void stepChecked(String id, String variant, StepResult result) {}

  default void derivationChecked(DerivationReport report) {}

  CheckListener NONE = new CheckListener() {};
}
