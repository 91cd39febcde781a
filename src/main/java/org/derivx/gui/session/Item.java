package org.derivx.gui.session;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.derivx.check.DerivationReport;
import org.derivx.check.Verdict;
import org.derivx.derivation.Derivation;
import org.derivx.derivation.DerivationRecord;
import org.derivx.derivation.StepCategory;

/**
 * One open item: a record's variant. Its {@link ItemSummary} and a compact check result (a verdict
 * per step) are always kept; its equations and full {@link ItemState} only while it is loaded. An
 * item with a {@link RecordSource} is loaded on first use ({@link #state}) and may be unloaded by
 * the session to bound memory (never while selected or edited); its state then reads {@code null}.
 * States are swapped whole on the FX thread; views listen to {@link #stateProperty}, rows of the
 * browser to {@link #versionProperty} (any change, loaded or not).
 */
public final class Item {
  /** The badge's mark for errors carried forward. */
  public static final String CARRIED = "\u21AA";

  /** The badge's mark for a check that failed (an internal error, not a verdict). */
  public static final String FAILED = "\u26A0";

  private final ItemSummary summary;
  private final RecordSource source;
  private final ReadOnlyObjectWrapper<ItemState> state = new ReadOnlyObjectWrapper<>();
  private DerivationRecord record;
  private Derivation original;
  private ItemPool pool;
  private ReadOnlyIntegerWrapper version;

  /** What the last report said, kept when unloaded. */
  private StepVerdicts kept = StepVerdicts.UNCHECKED;

  private String failure;

  /** The filter box's text, lower case, made at the first filter (the label aside). */
  private String search;

  private boolean disagrees;

  /** An item that is always loaded (it cannot be read again). */
  public Item(DerivationRecord record, Derivation derivation) {
    this(record, derivation, null);
  }

  /** A loaded item that {@code source} can read again once it has been unloaded. */
  public Item(DerivationRecord record, Derivation derivation, RecordSource source) {
    this.summary = ItemSummary.of(record, derivation);
    this.source = source;
    this.record = record;
    this.original = derivation;
    state.set(ItemState.of(derivation));
  }

  /** An item not loaded yet: {@code source} reads its record when it is first used. */
  public Item(ItemSummary summary, RecordSource source) {
    this.summary = summary;
    this.source = source;
  }

  // ---- loading

  /** The state, loading the item first if it is not loaded (FX thread). */
  public ItemState state() {
    ItemState s = state.get();
    if (s == null) {
      return load();
    }
    if (pool != null) {
      pool.touch(this);
    }
    return s;
  }

  private ItemState load() {
    Derivation d;
    ItemState s;
    try {
      DerivationRecord r = source.read();
      d = r.variants().get(summary.variant());
      record = r;
      s = ItemState.of(d);
    } catch (Exception | Error e) {
      d = summary.empty();
      record = new DerivationRecord(summary.id(), null, null, List.of(d), Map.of());
      s = ItemState.of(d).failed("Could not read this derivation again: " + Session.describe(e));
    }
    original = d;
    if (s.failure() != null) {
      failure = s.failure();
    }
    state.set(s);
    if (pool != null) {
      pool.loaded(this);
    }
    return state.get();
  }

  /** Reads the file's derivation without loading the item (any thread; for background checks). */
  public Derivation read() throws Exception {
    if (source == null) {
      throw new IllegalStateException("an item without a source is always loaded");
    }
    return source.read().variants().get(summary.variant());
  }

  /** True while the equations and full state are in memory. */
  public boolean isLoaded() {
    return state.get() != null;
  }

  /** The state if loaded, else null (never loads). */
  public ItemState loadedState() {
    return state.get();
  }

  void attach(ItemPool p) {
    pool = p;
    if (isLoaded() && source != null) {
      p.admit(this);
    }
  }

  /** Drops the equations and state, keeping the summary; false if this item must stay. */
  boolean unload() {
    ItemState s = state.get();
    if (source == null || s == null || s.edited()) {
      return false;
    }
    record = null;
    original = null;
    state.set(null);
    return true;
  }

  /** The loaded state, or null; views that show an item listen here. */
  public ReadOnlyObjectProperty<ItemState> stateProperty() {
    return state.getReadOnlyProperty();
  }

  /** Changes on every change of state or results, loaded or not (for the browser's rows). */
  public ReadOnlyIntegerProperty versionProperty() {
    if (version == null) {
      version = new ReadOnlyIntegerWrapper();
    }
    return version.getReadOnlyProperty();
  }

  private void changed() {
    if (version != null) {
      version.set(version.get() + 1);
    }
  }

  private void swap(ItemState next) {
    ItemState before = state.get();
    if (next.report() != before.report()) {
      kept = StepVerdicts.of(next.report());
    }
    failure = next.failure();
    disagrees = next.disagrees();
    state.set(next);
    changed();
  }

  // ---- changes (FX thread)

  /**
   * The file's derivation was checked (in the background). Kept aside while an edit is shown; an
   * item that is not loaded keeps only its verdicts.
   */
  public void checked(DerivationReport r) {
    if (!isLoaded()) {
      kept = StepVerdicts.of(r);
      failure = null;
      changed();
      return;
    }
    swap(state.get().checked(r));
  }

  /** Checking or flagging this item failed: shown on the item until the next success. */
  public void failed(String why) {
    if (!isLoaded()) {
      failure = why;
      changed();
      return;
    }
    swap(state().failed(why));
  }

  public void flagged(float[][] probabilities) {
    swap(state().flagged(probabilities));
  }

  /** This annotator's labels and notes, one entry per step (null entries: none). */
  public void labelled(StepCategory[] mine, String[] notes) {
    swap(state().labelled(mine, notes));
  }

  /** Shows an edited derivation and its report (views rebuild once). */
  public void edit(Derivation edited, DerivationReport r) {
    swap(state().edit(edited, r));
  }

  /** Back to the file's derivation and its report. */
  public void revert() {
    if (isEdited()) {
      swap(state.get().revert(original));
    }
  }

  /** Results cached from an earlier session: verdict ordinals per step and errors carried. */
  public void cached(byte[] stepVerdicts, int carriedErrors) {
    kept = StepVerdicts.of(stepVerdicts, carriedErrors);
    changed();
  }

  // ---- reading (loads the item)

  public DerivationRecord record() {
    state();
    return record;
  }

  /** The derivation shown: the file's, or the editor's version of it. */
  public Derivation derivation() {
    return state().derivation();
  }

  /** The derivation as read from the file. */
  public Derivation original() {
    state();
    return original;
  }

  // ---- reading (never loads)

  public String id() {
    return summary.id();
  }

  public ItemSummary summary() {
    return summary;
  }

  /** The variant's name in its record. */
  public String name() {
    return summary.name();
  }

  public String perturbation() {
    return summary.perturbation();
  }

  public boolean isReference() {
    return summary.isReference();
  }

  /** Steps in the file's derivation. */
  public int size() {
    return summary.size();
  }

  /** The annotation store's key for this item (content hashes). */
  public org.derivx.annotate.Item contentKey() {
    return summary.content();
  }

  /** Items of the same record answer the same (for counting records). */
  public Object recordIdentity() {
    return source != null ? source : record;
  }

  /** The record's id is {@code query}, or ends in "#" + {@code query}. */
  public boolean answersTo(String query) {
    String id = summary.id();
    return id.equals(query) || id.endsWith("#" + query);
  }

  public boolean isEdited() {
    ItemState s = state.get();
    return s != null && s.edited();
  }

  /** The report of the derivation shown, if loaded and checked (else null). */
  public DerivationReport report() {
    ItemState s = state.get();
    return s == null ? null : s.report();
  }

  /** The flagger's probabilities, if loaded and flagged (else null). */
  public float[][] flags() {
    ItemState s = state.get();
    return s == null ? null : s.flags();
  }

  /** Checked: its verdicts are known (loaded or not). */
  public boolean isChecked() {
    return kept.isChecked();
  }

  /** The last check or flagging failure (null: none). */
  public String failure() {
    return failure;
  }

  /** The checker's verdict on step {@code k} (from 1) of the file's version, or null. */
  public Verdict verdict(int k) {
    return kept.verdict(k);
  }

  /**
   * True when the flagger's top category differs from the checker's verdict on some step the
   * checker decided (PREMISE counts as VALID; UNKNOWN and UNPARSEABLE decide nothing); kept when
   * the item is unloaded.
   */
  public boolean disagrees() {
    return disagrees;
  }

  /** Steps of verdict {@code v} (0 while unchecked). */
  public long count(Verdict v) {
    return kept.count(v);
  }

  /** Steps per verdict (empty until checked). */
  public Map<Verdict, Long> counts() {
    return kept.counts();
  }

  /** Error steps (every verdict but PREMISE, VALID and UNEXPLAINED); -1 while unchecked. */
  public long errors() {
    return kept.errors();
  }

  /** Errors carried forward (0 while unchecked). */
  public int carried() {
    return kept.carried();
  }

  /** The verdict ordinals per step (null while unchecked); the array is never changed. */
  public byte[] verdicts() {
    return kept.ordinals();
  }

  /**
   * The badge text, e.g. "5✓ 1» 1✗ 2↪" (INCORRECT as root errors ✗ and errors carried forward ↪),
   * "…" while unchecked, "⚠" when the check failed.
   */
  public String badge() {
    String b = kept.badge();
    return b != null ? b : failure != null ? FAILED : "\u2026";
  }

  /** Who wrote the derivation: "reference", the model's name, or "model not given". */
  public String author() {
    if (summary.isReference()) {
      return "reference";
    }
    String m = summary.model();
    return m == null || m.isBlank() ? Derivation.NO_MODEL : m;
  }

  /** The variant as the browser lists it: "reference · VR" or "gpt-3.5-turbo · VR". */
  public String label() {
    String p = summary.perturbation();
    return author() + (p == null ? "" : " \u00B7 " + p) + (isEdited() ? " \u00B7 edited" : "");
  }

  /** Text the filter box matches against. */
  public String searchText() {
    String s = search;
    if (s == null) {
      String p = summary.perturbation();
      s =
          (summary.id() + " " + summary.name() + " " + author() + (p == null ? "" : " \u00B7 " + p))
              .toLowerCase(Locale.ROOT);
      search = s;
    }
    return isEdited() ? s + " \u00B7 edited" : s;
  }

  /** The key of the session's index: record id and variant name. */
  public String key() {
    return Session.key(id(), name());
  }
}
