package org.derivx.gui.annotate;

import java.util.Optional;
import org.derivx.check.Verdict;
import org.derivx.derivation.StepCategory;
import org.derivx.gui.session.Item;
import org.derivx.gui.session.StepRow;

/** What Enter accepts: the checker's verdict, or the flagger's top category where it has none. */
public final class Suggestions {
  private Suggestions() {}

  public static Optional<StepCategory> of(Item i, int step) {
    Optional<StepCategory> c = checker(i, step);
    return c.isPresent() ? c : flagger(i, step);
  }

  /** The checker's verdict on the file's version of the step (not an edit), as a category. */
  public static Optional<StepCategory> checker(Item i, int step) {
    // the item's kept verdicts: asking never loads it (filters ask every open item)
    Verdict v = i.isEdited() ? null : i.verdict(step);
    return v == null ? Optional.empty() : Optional.ofNullable(v.category());
  }

  /** The flagger's most likely category. */
  public static Optional<StepCategory> flagger(Item i, int step) {
    StepRow row = i.state().row(step);
    return i.isEdited() || row == null ? Optional.empty() : Optional.ofNullable(row.flagTop());
  }
}
