package org.derivx.gui.session;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.derivx.check.DerivationReport;
import org.derivx.check.Verdict;
import org.derivx.derivation.Derivation;
import org.derivx.derivation.DerivationRecord;
import org.derivx.derivation.StepCategory;
import org.derivx.render.VerdictStyle;

/**
 * One open item: a record's variant and its current {@link ItemState}, swapped whole on the FX
 * thread (views listen to {@link #stateProperty}). The file's derivation is kept for revert.
 */
public final class Item {
  /** The badge's mark for errors carried forward. */
  public static final String CARRIED = "\u21AA";

  /** The badge's mark for a check that failed (an internal error, not a verdict). */
  public static final String FAILED = "\u26A0";

  private final DerivationRecord record;
  private final Derivation original;
  private final ReadOnlyObjectWrapper<ItemState> state;

  /** Counted once per report: sorting and filtering ask for them many times. */
  private Map<Verdict, Long> counts = Map.of();

  private long errors = -1;

  public Item(DerivationRecord record, Derivation derivation) {
    this.record = record;
    this.original = derivation;
    this.state = new ReadOnlyObjectWrapper<>(ItemState.of(derivation));
  }

  public ReadOnlyObjectProperty<ItemState> stateProperty() {
    return state.getReadOnlyProperty();
  }

  public ItemState state() {
    return state.get();
  }

  private void swap(ItemState next) {
    DerivationReport before = state.get().report();
    if (next.report() != before) {
      count(next.report());
    }
    state.set(next);
  }

  private void count(DerivationReport r) {
    Map<Verdict, Long> c = new EnumMap<>(Verdict.class);
    if (r != null) {
      r.steps().forEach(s -> c.merge(s.verdict(), 1L, Long::sum));
    }
    counts = c;
    errors =
        r == null
            ? -1
            : c.entrySet().stream()
                .filter(e -> e.getKey().isError())
                .mapToLong(Map.Entry::getValue)
                .sum();
  }

  // ---- changes (FX thread)

  /** The file's derivation was checked (in the background). Kept aside while an edit is shown. */
  public void checked(DerivationReport r) {
    swap(state.get().checked(r));
  }

  /** Checking or flagging this item failed: shown on the item until the next success. */
  public void failed(String why) {
    swap(state.get().failed(why));
  }

  public void flagged(float[][] probabilities) {
    swap(state.get().flagged(probabilities));
  }

  /** This annotator's labels and notes, one entry per step (null entries: none). */
  public void labelled(StepCategory[] mine, String[] notes) {
    swap(state.get().labelled(mine, notes));
  }

  /** Shows an edited derivation and its report (views rebuild once). */
  public void edit(Derivation edited, DerivationReport r) {
    swap(state.get().edit(edited, r));
  }

  /** Back to the file's derivation and its report. */
  public void revert() {
    if (isEdited()) {
      swap(state.get().revert(original));
    }
  }

  // ---- reading

  public DerivationRecord record() {
    return record;
  }

  public String id() {
    return record.id();
  }

  /** The derivation shown: the file's, or the editor's version of it. */
  public Derivation derivation() {
    return state.get().derivation();
  }

  /** The derivation as read from the file. */
  public Derivation original() {
    return original;
  }

  public boolean isEdited() {
    return state.get().edited();
  }

  public DerivationReport report() {
    return state.get().report();
  }

  public float[][] flags() {
    return state.get().flags();
  }

  /**
   * True when the flagger's top category differs from the checker's verdict on some step the
   * checker decided (PREMISE counts as VALID; UNKNOWN and UNPARSEABLE decide nothing).
   */
  public boolean disagrees() {
    ItemState s = state.get();
    if (s.flags() == null || s.report() == null) {
      return false;
    }
    for (StepRow r : s.rows()) {
      StepCategory checker = r.checker();
      if (r.flag() != null && checker != null && checker != r.flagTop()) {
        return true;
      }
    }
    return false;
  }

  /** Steps per verdict (empty until checked). */
  public Map<Verdict, Long> counts() {
    return counts;
  }

  /** Error steps (every verdict but PREMISE, VALID and UNEXPLAINED); -1 while unchecked. */
  public long errors() {
    return errors;
  }

  /**
   * The badge text, e.g. "5✓ 1» 1✗ 2↪" (INCORRECT as root errors ✗ and errors carried forward ↪),
   * "…" while unchecked, "⚠" when the check failed.
   */
  public String badge() {
    ItemState s = state.get();
    DerivationReport r = s.report();
    if (r == null) {
      return s.failure() != null ? FAILED : "\u2026";
    }
    long carried = r.carried();
    StringBuilder b = new StringBuilder();
    counts.forEach(
        (v, n) -> {
          long shown = v == Verdict.INCORRECT ? n - carried : n;
          if (v != Verdict.PREMISE && shown > 0) {
            b.append(b.length() == 0 ? "" : " ").append(shown).append(VerdictStyle.of(v).symbol());
          }
        });
    if (carried > 0) {
      b.append(b.length() == 0 ? "" : " ").append(carried).append(CARRIED);
    }
    return b.toString();
  }

  /** Who wrote the derivation: "reference", the model's name, or "model not given". */
  public String author() {
    return original.author();
  }

  /** The variant as the browser lists it: "reference · VR" or "gpt-3.5-turbo · VR". */
  public String label() {
    String p = original.perturbation();
    return author() + (p == null ? "" : " \u00B7 " + p) + (isEdited() ? " \u00B7 edited" : "");
  }

  /** Text the filter box matches against. */
  public String searchText() {
    return (record.id() + " " + original.name() + " " + label()).toLowerCase(Locale.ROOT);
  }

  /** The key of the session's index: record id and variant name. */
  public String key() {
    return Session.key(id(), original.name());
  }
}
