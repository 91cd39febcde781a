package org.derivx.gui.session;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.derivx.check.DerivationReport;
import org.derivx.check.StepResult;
import org.derivx.derivation.Derivation;
import org.derivx.derivation.StepCategory;

/**
 * What is known about one item at one moment, immutable: the derivation shown (the file's or an
 * edit), its check report, the file's report kept aside while an edit is shown, the flagger's
 * probabilities, this annotator's labels and notes, and the last failure (a check or flagging that
 * threw). {@link Item} swaps whole states, on the FX thread only; {@link #rows} is computed once
 * per state.
 */
public final class ItemState {
  private final Derivation derivation;
  private final boolean edited;
  private final DerivationReport report;
  private final DerivationReport fileReport;
  private final float[][] flags;
  private final StepCategory[] mine;
  private final String[] notes;
  private final String failure;
  private List<StepRow> rows;

  private ItemState(
      Derivation derivation,
      boolean edited,
      DerivationReport report,
      DerivationReport fileReport,
      float[][] flags,
      StepCategory[] mine,
      String[] notes,
      String failure) {
    this.derivation = derivation;
    this.edited = edited;
    this.report = report;
    this.fileReport = fileReport;
    this.flags = flags;
    this.mine = mine;
    this.notes = notes;
    this.failure = failure;
  }

  /** A derivation as read: not checked, flagged or labelled yet. */
  public static ItemState of(Derivation d) {
    return new ItemState(d, false, null, null, null, null, null, null);
  }

  public Derivation derivation() {
    return derivation;
  }

  public boolean edited() {
    return edited;
  }

  /** The report of the derivation shown (null while unchecked). */
  public DerivationReport report() {
    return report;
  }

  /** The flagger's probabilities per step, in {@link StepCategory} order (null until flagged). */
  public float[][] flags() {
    return flags;
  }

  /** What went wrong with this item's last check or flagging (null: nothing). */
  public String failure() {
    return failure;
  }

  /** This annotator's label of step {@code k} (from 1), or null. */
  public StepCategory mine(int k) {
    return mine == null || k < 1 || k > mine.length ? null : mine[k - 1];
  }

  /** This annotator's note on step {@code k}, or "". */
  public String note(int k) {
    return notes == null || k < 1 || k > notes.length || notes[k - 1] == null ? "" : notes[k - 1];
  }

  /** The result of step {@code k} (from 1), or null while unchecked. */
  public StepResult result(int k) {
    return report == null || k < 1 || k > report.steps().size() ? null : report.steps().get(k - 1);
  }

  /** One row per step, made once for this state. */
  public List<StepRow> rows() {
    List<StepRow> r = rows;
    if (r == null) {
      List<StepRow> made = new ArrayList<>(derivation.size());
      for (int k = 1; k <= derivation.size(); k++) {
        float[] f = flags != null && k <= flags.length ? flags[k - 1] : null;
        made.add(new StepRow(k, derivation.step(k), result(k), f, mine(k), note(k)));
      }
      r = Collections.unmodifiableList(made);
      rows = r;
    }
    return r;
  }

  /** Step {@code k}'s row, or null when there is no such step. */
  public StepRow row(int k) {
    return k < 1 || k > derivation.size() ? null : rows().get(k - 1);
  }

  // ---- the changes, each a new state

  /** The file's derivation was checked; kept aside while an edit is shown. */
  ItemState checked(DerivationReport r) {
    return edited
        ? new ItemState(derivation, true, report, r, flags, mine, notes, failure)
        : new ItemState(derivation, false, r, null, flags, mine, notes, null);
  }

  ItemState failed(String why) {
    return new ItemState(derivation, edited, report, fileReport, flags, mine, notes, why);
  }

  ItemState flagged(float[][] f) {
    return new ItemState(derivation, edited, report, fileReport, f, mine, notes, failure);
  }

  ItemState labelled(StepCategory[] categories, String[] stepNotes) {
    return new ItemState(
        derivation, edited, report, fileReport, flags, categories, stepNotes, failure);
  }

  /**
   * An edited derivation and its report; the flagger's reading is dropped (it read the old text).
   */
  ItemState edit(Derivation d, DerivationReport r) {
    return new ItemState(d, true, r, edited ? fileReport : report, null, mine, notes, null);
  }

  ItemState revert(Derivation original) {
    return new ItemState(original, false, fileReport, null, null, mine, notes, null);
  }

  /** Labels as an array of {@code steps} entries (for {@link Item#label}). */
  StepCategory[] mineCopy(int steps) {
    return mine == null ? new StepCategory[steps] : Arrays.copyOf(mine, steps);
  }

  String[] notesCopy(int steps) {
    return notes == null ? new String[steps] : Arrays.copyOf(notes, steps);
  }

  /**
   * The flagger's top category differs from the checker's verdict on some step the checker decided
   * (PREMISE counts as VALID; UNKNOWN and UNPARSEABLE decide nothing).
   */
  boolean disagrees() {
    if (flags() == null || report() == null) {
      return false;
    }
    for (StepRow r : rows()) {
      StepCategory checker = r.checker();
      if (r.flag() != null && checker != null && checker != r.flagTop()) {
        return true;
      }
    }
    return false;
  }
}
