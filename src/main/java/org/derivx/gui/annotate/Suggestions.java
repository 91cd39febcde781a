package org.derivx.gui.annotate;

import java.util.Optional;
import org.derivx.derivation.StepCategory;
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
    StepCategory c = i.report().steps().get(step - 1).verdict().category();
    return Optional.ofNullable(c).map(Suggestions::category);
  }

  /** The flagger's most likely category. */
  public static Optional<StepCategory> flagger(BrowserItem i, int step) {
    float[][] f = i.flags();
    if (i.isEdited() || f == null || step < 1 || step > f.length) {
      return Optional.empty();
    }
    return Optional.of(category(StepCategory.top(f[step - 1])));
  }

  /** The flagger's five categories are the first five an annotator has. */
  private static StepCategory category(StepCategory c) {
    return StepCategory.valueOf(c.name());
  }
}
