package org.derivx.gui.annotate;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.derivx.annotate.Adjudication;
import org.derivx.annotate.DerivationLabel;
import org.derivx.annotate.ItemKey;
import org.derivx.annotate.StepLabel;
import org.derivx.derivation.StepCategory;
import org.derivx.gui.session.Item;

/** Questions about the labels in memory: mine, everyone's, disputes, agreement with the checker. */
public final class LabelReader {
  private final Supplier<Labels> labels;
  private final Function<Item, ItemKey> key = i -> item(i).key();
  private final Supplier<String> annotator;

  LabelReader(Supplier<Labels> labels, Supplier<String> annotator) {
    this.labels = labels;
    this.annotator = annotator;
  }

  /** The store's view of an open item (its content key, made when it was read). */
  org.derivx.annotate.Item item(Item i) {
    return i.contentKey();
  }

  /** This annotator's labels onto the item's state, so every view shows them. */
  void relabel(Item i) {
    if (!i.isLoaded()) {
      return; // labelled when it is loaded (see AnnotationViewModel)
    }
    int n = i.size();
    StepCategory[] mine = new StepCategory[n];
    String[] notes = new String[n];
    if (!annotator.get().isBlank()) {
      for (int k = 1; k <= n; k++) {
        mine[k - 1] = mine(i, k);
        notes[k - 1] = mine[k - 1] == null ? null : note(i, k);
      }
    }
    i.labelled(mine, notes);
  }

  /** A step this annotator has not labelled. */
  record Gap(Item item, int step) {}

  /**
   * The next step this annotator has not labelled after step {@code k} of {@code cur}: later in it,
   * else in the next of {@code visible} that has one (wrapping round); null when there is none.
   */
  Gap nextGap(List<Item> visible, Item cur, int k) {
    if (visible.isEmpty()) {
      return null; // nothing shown (a filter hides everything): nowhere to go
    }
    int start = cur == null ? 0 : Math.max(0, visible.indexOf(cur));
    for (int n = 0; n <= visible.size(); n++) {
      Item i = visible.get((start + n) % visible.size());
      for (int s = n == 0 && i == cur ? k + 1 : 1; s <= i.size(); s++) {
        if (mine(i, s) == null) {
          return new Gap(i, s);
        }
      }
    }
    return null;
  }

  /** This annotator's label of step {@code k}, or null. */
  public StepCategory mine(Item i, int k) {
    return labels.get().of(key.apply(i), k, annotator.get());
  }

  /** Every annotator's label of each step of {@code i}. */
  public List<StepLabel> labels(Item i) {
    return labels.get().all(key.apply(i));
  }

  public List<Adjudication> adjudications(Item i) {
    return labels.get().adjudications(key.apply(i));
  }

  public String note(Item i, int k) {
    return labels.get().note(key.apply(i), k, annotator.get());
  }

  /** This annotator's judgement of the derivation, if any. */
  public Optional<DerivationLabel> derivation(Item i) {
    return labels.get().derivation(key.apply(i), annotator.get());
  }

  /** Every step labelled by this annotator. */
  public boolean annotated(Item i) {
    for (int k = 1; k <= i.size(); k++) {
      if (mine(i, k) == null) {
        return false;
      }
    }
    return true;
  }

  /** Two annotators gave some step different categories, and it is not adjudicated. */
  public boolean disputed(Item i) {
    return labels.get().disputed(key.apply(i));
  }

  /** This annotator's label differs from the checker's verdict on some step. */
  public boolean disagreesWithChecker(Item i) {
    for (int k = 1; k <= i.size(); k++) {
      StepCategory m = mine(i, k);
      Optional<StepCategory> c = Suggestions.checker(i, k);
      if (m != null && c.isPresent() && m != c.get()) {
        return true;
      }
    }
    return false;
  }
}
