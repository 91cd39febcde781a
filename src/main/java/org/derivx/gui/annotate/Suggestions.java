package org.derivx.gui.annotate;

import java.util.Optional;
import org.derivx.annotate.StepCategory;
import org.derivx.check.StepResult;
import org.derivx.gui.browser.BrowserItem;

/** What Enter accepts: the checker's verdict, or the flagger's top category where it has none. */
public final class Suggestions {
  private Suggestions() {}

  public static Optional<StepCategory> of(BrowserItem i, int step) {
    Optional<StepCategory> c = checker(i, step);
    return c.isPresent() ? c : flagger(i, step);
  }

  /** The checker's verdict on the file's version of the step (not an edit), as a category. */
  public static Optional<StepCategory> checker(BrowserItem i, int step) {
    if (i.isEdited() || i.report() == null || step < 1 || step > i.report().steps().size()) {
      return Optional.empty();
    }
    StepResult r = i.report().steps().get(step - 1);
    return switch (r.verdict()) {
      case PREMISE, VALID -> Optional.of(StepCategory.VALID);
      case SKIPPED -> Optional.of(StepCategory.SKIPPED);
      case REDUNDANT -> Optional.of(StepCategory.REDUNDANT);
      case IRRELEVANT -> Optional.of(StepCategory.IRRELEVANT);
      case INCORRECT -> Optional.of(StepCategory.INCORRECT);
      case UNKNOWN, UNPARSEABLE -> Optional.empty();
    };
  }

  /** The flagger's most likely category (its five come in {@link StepCategory} order). */
  public static Optional<StepCategory> flagger(BrowserItem i, int step) {
    float[][] f = i.flags();
    if (i.isEdited() || f == null || step < 1 || step > f.length) {
      return Optional.empty();
    }
    float[] p = f[step - 1];
    int best = 0;
    for (int c = 1; c < p.length; c++) {
      if (p[c] > p[best]) {
        best = c;
      }
    }
    return Optional.of(StepCategory.values()[best]);
  }
}
