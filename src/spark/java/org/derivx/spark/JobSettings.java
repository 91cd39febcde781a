package org.derivx.spark;

import java.io.Serializable;
import org.derivx.check.CheckOptions;
import org.derivx.cli.VariantFilter;

/**
 * What every executor needs to check as {@code derivx check} does: the step budget, Symja (and its
 * confirmation of VALID steps), the variant glob. Plain values, shipped with each task; the
 * checker's options and the filter are built from them where they are used.
 */
record JobSettings(long budget, boolean symbolic, boolean confirm, String variant)
    implements Serializable {
  private static final long serialVersionUID = 1L;

  JobSettings {
    if (budget <= 0) {
      throw new IllegalArgumentException("--budget must be positive");
    }
  }

  CheckOptions options() {
    return CheckOptions.defaults().withBudget(budget).withSymbolic(symbolic).withConfirm(confirm);
  }

  VariantFilter filter() {
    return new VariantFilter(variant);
  }
}
