package org.derivx.gui.annotate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongSupplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import org.derivx.annotate.Adjudication;
import org.derivx.annotate.AnnotationException;
import org.derivx.annotate.AnnotationStore;
import org.derivx.annotate.AnnotationsFile;
import org.derivx.annotate.DerivationLabel;
import org.derivx.annotate.Item;
import org.derivx.annotate.Overall;
import org.derivx.annotate.StepLabel;
import org.derivx.derivation.StepCategory;
import org.derivx.gui.UiExecutor;
import org.derivx.gui.browser.BrowserItem;

/**
 * Annotating by keyboard: a category per step (number keys), the suggestion accepted (Enter), the
 * next unannotated step (Tab), undo and redo, a judgement per derivation, time spent per item.
 * Labels live in memory for the views and go to the {@link AnnotationStore} on one writer thread,
 * in order, each committed on its own. In adjudication mode the keys record the final label
 * instead.
 */
public final class AnnotationViewModel {
  private final UiExecutor ui;
  private final ObjectProperty<BrowserItem> selected;
  private final IntegerProperty step;
  private final ObservableList<BrowserItem> visible;
  private final ObservableList<BrowserItem> all;
  private final LongSupplier nanos;
  private final StringProperty annotator = new SimpleStringProperty("");
  private final BooleanProperty adjudicating = new SimpleBooleanProperty(false);
  private final StringProperty progress = new SimpleStringProperty("");
  private final StringProperty problem = new SimpleStringProperty("");
  private final IntegerProperty revision = new SimpleIntegerProperty();
  private final Labels labels = new Labels();
  private final Map<BrowserItem, Item> items = new IdentityHashMap<>();
  private final History history = new History();
  private final StoreWriter writer = new StoreWriter();
  private Path storeFile;
  private AnnotationStore store;
  private BrowserItem openItem;
  private long openedAt;

  public AnnotationViewModel(
      UiExecutor ui,
      ObjectProperty<BrowserItem> selected,
      IntegerProperty step,
      ObservableList<BrowserItem> visible,
      ObservableList<BrowserItem> all,
      LongSupplier nanos) {
    this.ui = ui;
    this.selected = selected;
    this.step = step;
    this.visible = visible;
    this.all = all;
    this.nanos = nanos;
    selected.addListener((o, a, b) -> switched(b));
    annotator.addListener((o, a, b) -> changed());
    all.addListener((javafx.collections.ListChangeListener<BrowserItem>) c -> changed());
  }

  /** Annotations of {@code dataset} go to {@code <dataset>.derivx.db} beside it (read if there). */
  public void openFor(Path dataset) {
    Path p = dataset.toAbsolutePath().normalize();
    Path db =
        Files.isDirectory(p)
            ? p.resolve("annotations.derivx.db")
            : p.resolveSibling(p.getFileName() + ".derivx.db");
    useStore(db, Files.exists(db));
  }

  /** Uses {@code db}; opens it now if {@code now}, else at the first label. */
  public void useStore(Path db, boolean now) {
    close();
    storeFile = db;
    labels.clear();
    history.clear();
    if (now) {
      ensureStore();
    }
    changed();
  }

  public Path storeFile() {
    return storeFile;
  }

  private boolean ensureStore() {
    if (store != null) {
      return true;
    }
    if (storeFile == null) {
      problem.set("No dataset open: nowhere to keep annotations");
      return false;
    }
    try {
      store = Stores.open(storeFile, problem::set);
      labels.load(store);
      var records = new java.util.LinkedHashSet<org.derivx.derivation.DerivationRecord>();
      all.forEach(i -> records.add(i.record()));
      if (!records.isEmpty()) {
        String file = storeFile.getFileName().toString().replace(".derivx.db", "");
        Path dir = storeFile.toAbsolutePath().getParent();
        // a folder's store is annotations.derivx.db inside it: name the folder
        String name = file.equals("annotations") && dir != null ? dir.getFileName() + "/" : file;
        AnnotationStore s = store;
        String hash = org.derivx.annotate.Fingerprints.dataset(records);
        writer.write(s, x -> x.seen(hash, name, records.size()), e -> {});
      }
      return true;
    } catch (AnnotationException e) {
      problem.set(e.getMessage());
      return false;
    }
  }

  // ---- labelling the selected step

  /** Sets the selected step's category (own label, or the final one when adjudicating). */
  public boolean setCategory(StepCategory c) {
    BrowserItem i = selected.get();
    int k = step.get();
    if (i == null || k < 1 || !ready()) {
      return false;
    }
    StepCategory before = adjudicating.get() ? labels.adjudicated(item(i).key(), k) : mine(i, k);
    History.Change change = new History.Change(i, k, adjudicating.get(), before, c);
    apply(change);
    history.done(change);
    return true;
  }

  /** Accepts the suggestion for the selected step and moves to the next step. */
  public boolean acceptSuggestion() {
    BrowserItem i = selected.get();
    if (i == null) {
      return false;
    }
    Optional<StepCategory> s = Suggestions.of(i, step.get());
    if (s.isEmpty() || !setCategory(s.get())) {
      return false;
    }
    if (step.get() < i.derivation().size()) {
      step.set(step.get() + 1);
    }
    return true;
  }

  /**
   * Moves to the next step this annotator has not labelled: later in this derivation, else in the
   * next visible derivation that has one. False when everything is annotated.
   */
  public boolean nextUnannotated() {
    BrowserItem cur = selected.get();
    int start = cur == null ? 0 : Math.max(0, visible.indexOf(cur));
    for (int n = 0; n <= visible.size(); n++) {
      BrowserItem i = visible.get((start + n) % Math.max(1, visible.size()));
      int from = n == 0 && i == cur ? step.get() + 1 : 1;
      for (int k = from; k <= i.original().size(); k++) {
        if (mine(i, k) == null) {
          selected.set(i);
          step.set(k);
          return true;
        }
      }
      if (visible.isEmpty()) {
        return false;
      }
    }
    return false;
  }

  public boolean undo() {
    return replay(history.undo());
  }

  public boolean redo() {
    return replay(history.redo());
  }

  /** Applies an undo or redo and goes to where it happened. */
  private boolean replay(History.Change c) {
    if (c == null) {
      return false;
    }
    apply(c);
    selected.set(c.item());
    step.set(c.step());
    return true;
  }

  private void apply(History.Change c) {
    Item item = item(c.item());
    String who = annotator.get();
    boolean adj = c.adjudication();
    labels.put(item.key(), c.step(), who, adj, c.after());
    write(
        s -> {
          if (adj) {
            if (c.after() == null) {
              s.clearAdjudication(item.key(), c.step());
            } else {
              s.adjudicate(item, c.step(), c.after(), who, "");
            }
          } else if (c.after() == null) {
            s.clearStep(item.key(), c.step(), who);
          } else {
            s.setStep(item, c.step(), who, c.after(), labels.note(item.key(), c.step(), who));
          }
        });
    changed();
  }

  /** A note on the selected step's own label (kept with the label). */
  public void setNote(String note) {
    BrowserItem i = selected.get();
    int k = step.get();
    StepCategory c = i == null ? null : mine(i, k);
    if (c == null || !ready()) {
      return;
    }
    if (!Stores.noteFits(note, problem::set)) {
      return;
    }
    Item item = item(i);
    String who = annotator.get();
    labels.setNote(item.key(), k, who, note);
    write(s -> s.setStep(item, k, who, c, note));
  }

  /** The selected derivation's judgement: goal reached (null: unsaid), verdict, note. */
  public void setDerivation(Boolean goalReached, Overall overall, String note) {
    BrowserItem i = selected.get();
    if (i == null || !ready() || !Stores.noteFits(note, problem::set)) {
      return;
    }
    Item item = item(i);
    String who = annotator.get();
    labels.putDerivation(item.key(), who, goalReached, overall, note);
    write(s -> s.setDerivation(item, who, goalReached, overall, note));
    changed();
  }

  public Optional<DerivationLabel> derivation(BrowserItem i) {
    return labels.derivation(item(i).key(), annotator.get());
  }

  // ---- reading

  public StepCategory mine(BrowserItem i, int k) {
    return labels.of(item(i).key(), k, annotator.get());
  }

  /** Every annotator's label of each step of {@code i}, and adjudications. */
  public List<StepLabel> labels(BrowserItem i) {
    return labels.all(item(i).key());
  }

  public List<Adjudication> adjudications(BrowserItem i) {
    return labels.adjudications(item(i).key());
  }

  public String note(BrowserItem i, int k) {
    return labels.note(item(i).key(), k, annotator.get());
  }

  /** Every step labelled by this annotator. */
  public boolean annotated(BrowserItem i) {
    for (int k = 1; k <= i.original().size(); k++) {
      if (mine(i, k) == null) {
        return false;
      }
    }
    return true;
  }

  /** Two annotators gave some step different categories, and it is not adjudicated. */
  public boolean disputed(BrowserItem i) {
    return labels.disputed(item(i).key());
  }

  /** This annotator's label differs from the checker's verdict on some step. */
  public boolean disagreesWithChecker(BrowserItem i) {
    for (int k = 1; k <= i.original().size(); k++) {
      StepCategory m = mine(i, k);
      Optional<StepCategory> c = Suggestions.checker(i, k);
      if (m != null && c.isPresent() && m != c.get()) {
        return true;
      }
    }
    return false;
  }

  // ---- plumbing

  private boolean ready() {
    if (annotator.get() == null || annotator.get().isBlank()) {
      problem.set("Set your annotator name first (Annotate › Annotator name)");
      return false;
    }
    return ensureStore();
  }

  Item item(BrowserItem i) {
    return items.computeIfAbsent(i, x -> Item.of(x.record(), x.original()));
  }

  private void write(StoreWriter.Write w) {
    writer.write(
        store, w, e -> ui.ui(() -> problem.set("Annotation not saved: " + StoreWriter.message(e))));
  }

  /** The store with every change so far committed, for reading (null when there is none). */
  public AnnotationStore committed() {
    if (store == null && (storeFile == null || !Files.exists(storeFile) || !ensureStore())) {
      return null;
    }
    flush();
    return store;
  }

  /** Waits until every change so far is committed. */
  public void flush() {
    if (!writer.flush()) {
      problem.set("Annotations are still being written");
    }
  }

  /** Writes every annotation in the store to {@code out} (CSV or JSONL by extension). */
  public void export(Path out) {
    if (!ensureStore()) {
      return;
    }
    writer.write(
        store,
        s -> {
          AnnotationsFile.export(s, out, AnnotationsFile.Format.of(out));
          ui.ui(() -> problem.set("Annotations exported to " + out));
        },
        e -> ui.ui(() -> problem.set("Export failed: " + StoreWriter.message(e))));
  }

  /** Time spent: the item that was open gets the seconds since it was opened. */
  private void switched(BrowserItem now) {
    long t = nanos.getAsLong();
    BrowserItem before = openItem;
    if (before != null && store != null && !annotator.get().isBlank()) {
      double seconds = (t - openedAt) / 1e9;
      Item item = item(before);
      String who = annotator.get();
      labels.addSeconds(item.key(), who, seconds);
      write(s -> s.addSeconds(item, who, seconds));
    }
    openItem = now;
    openedAt = t;
  }

  private void changed() {
    // every batch of a streaming load lands here: count (and fingerprint) only when someone
    // annotates, not while a large file is merely being browsed
    if (annotator.get().isBlank()) {
      progress.set("");
    } else {
      long done = all.stream().filter(this::annotated).count();
      progress.set(
          done
              + " of "
              + all.size()
              + " annotated"
              + (adjudicating.get() ? " · adjudicating" : ""));
    }
    revision.set(revision.get() + 1);
  }

  public void close() {
    flush();
    if (store != null) {
      store.close();
      store = null;
    }
  }

  public StringProperty annotatorProperty() {
    return annotator;
  }

  public BooleanProperty adjudicatingProperty() {
    return adjudicating;
  }

  public StringProperty progressProperty() {
    return progress;
  }

  /** The last thing that went wrong, for the status bar. */
  public StringProperty problemProperty() {
    return problem;
  }

  /** Bumped on every change of labels or annotator: views redraw on it. */
  public IntegerProperty revisionProperty() {
    return revision;
  }
}
