package org.derivx.gui.annotate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import java.util.function.Predicate;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import org.derivx.annotate.AnnotationStore;
import org.derivx.annotate.Overall;
import org.derivx.derivation.StepCategory;
import org.derivx.gui.session.Item;
import org.derivx.gui.session.Session;

/**
 * Annotating by keyboard: a category per step (number keys), the suggestion accepted (Enter), the
 * next unannotated step (Tab), undo and redo, a judgement per derivation, time spent per item.
 * Labels live in memory for the views and go to the {@link AnnotationStore} on one writer thread,
 * in order, each committed on its own. In adjudication mode the keys record the final label
 * instead.
 */
public final class AnnotationViewModel {
  private final Session session;
  private final ObjectProperty<Item> selected;
  private final IntegerProperty step;
  private final ObservableList<Item> visible;
  private final ObservableList<Item> all;
  private final LongSupplier nanos;
  private final StringProperty annotator = new SimpleStringProperty("");
  private final BooleanProperty adjudicating = new SimpleBooleanProperty(false);
  private final StringProperty progress = new SimpleStringProperty("");
  private final StringProperty problem = new SimpleStringProperty("");
  private final IntegerProperty revision = new SimpleIntegerProperty();
  private final ObjectProperty<Predicate<Item>> filter = new SimpleObjectProperty<>();
  private final History history = new History();
  private final StoreWriter writer;

  /** The labels of the open store, in memory (replaced whole when a store is loaded). */
  private Labels labels = new Labels();

  private final LabelReader reader = new LabelReader(() -> labels, () -> annotator.get());
  private Item openItem;
  private long openedAt;

  public AnnotationViewModel(Session session, LongSupplier nanos) {
    this.session = session;
    this.selected = session.selectedProperty();
    this.step = session.stepProperty();
    this.visible = session.visible();
    this.all = session.items();
    this.nanos = nanos;
    this.writer = new StoreWriter(session.tasks());
    selected.addListener((o, a, b) -> switched(b));
    // an item read again (it was unloaded) shows this annotator's labels again
    session.onLoad(
        i -> {
          if (!labels.isEmpty()) {
            reader.relabel(i);
          }
        });
    annotator.addListener((o, a, b) -> relabelAll());
    adjudicating.addListener((o, a, b) -> changed());
  }

  /** Annotations of {@code dataset} go to {@code <dataset>.derivx.db} beside it (read if there). */
  public void openFor(Path dataset) {
    Path db = Stores.besideDataset(dataset);
    useStore(db, Files.exists(db));
  }

  /**
   * Uses {@code db}: opened and read now (in the background) if {@code now}, else created at the
   * first label.
   */
  public void useStore(Path db, boolean now) {
    writer.use(db);
    labels = new Labels();
    history.clear();
    if (now) {
      open(true);
    }
    relabelAll();
  }

  public Path storeFile() {
    return writer.file();
  }

  /** Items just read: they show this annotator's labels. */
  public void added(List<Item> batch) {
    if (!labels.isEmpty()) {
      batch.forEach(reader::relabel);
    }
    changed();
  }

  private void open(boolean load) {
    writer.open(
        load,
        problem::set,
        l -> {
          labels = l;
          relabelAll();
        },
        Stores.seen(writer.file(), all));
  }

  // ---- labelling the selected step

  /** Sets the selected step's category (own label, or the final one when adjudicating). */
  public boolean setCategory(StepCategory c) {
    Item i = selected.get();
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
    Item i = selected.get();
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
    LabelReader.Gap g = reader.nextGap(visible, selected.get(), step.get());
    if (g == null) {
      return false;
    }
    selected.set(g.item());
    step.set(g.step());
    return true;
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
    var item = item(c.item());
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
    reader.relabel(c.item());
    changed();
  }

  /** A note on the selected step's own label (kept with the label). */
  public void setNote(String note) {
    Item i = selected.get();
    int k = step.get();
    StepCategory c = i == null ? null : mine(i, k);
    if (c == null || !ready()) {
      return;
    }
    if (!Stores.noteFits(note, problem::set)) {
      return;
    }
    var item = item(i);
    String who = annotator.get();
    labels.setNote(item.key(), k, who, note);
    write(s -> s.setStep(item, k, who, c, note));
    reader.relabel(i);
  }

  /** The selected derivation's judgement: goal reached (null: unsaid), verdict, note. */
  public void setDerivation(Boolean goalReached, Overall overall, String note) {
    Item i = selected.get();
    if (i == null || !ready() || !Stores.noteFits(note, problem::set)) {
      return;
    }
    var item = item(i);
    String who = annotator.get();
    labels.putDerivation(item.key(), who, goalReached, overall, note);
    write(s -> s.setDerivation(item, who, goalReached, overall, note));
    changed();
  }

  /**
   * This annotator's and everyone's labels, as the store has them (with this session's changes).
   */
  public LabelReader read() {
    return reader;
  }

  StepCategory mine(Item i, int k) {
    return labels.of(item(i).key(), k, annotator.get());
  }

  // ---- plumbing

  private boolean ready() {
    if (annotator.get() == null || annotator.get().isBlank()) {
      problem.set("Set your annotator name first (Annotate \u203A Annotator name)");
      return false;
    }
    if (writer.file() == null) {
      problem.set("No dataset open: nowhere to keep annotations");
      return false;
    }
    if (writer.loading()) {
      problem.set("Still reading the annotations of " + writer.file().getFileName() + "\u2026");
      return false;
    }
    if (!writer.opened()) {
      open(false); // a new store: created at the first label, in the background
    }
    return true;
  }

  org.derivx.annotate.Item item(Item i) {
    return reader.item(i);
  }

  private void write(StoreWriter.Write w) {
    writer.write(w, e -> problem.set("Annotation not saved: " + StoreWriter.message(e)));
  }

  private void relabelAll() {
    all.forEach(reader::relabel);
    changed();
  }

  /**
   * Runs {@code then} on the FX thread with the store once every change so far is committed (null
   * when there is no store), for reading: the report, an export.
   */
  public void committed(Consumer<AnnotationStore> then) {
    Path f = writer.file();
    if (!writer.opened() && (f == null || !Files.exists(f))) {
      then.accept(null);
      return;
    }
    if (!writer.opened()) {
      open(false);
    }
    writer.committed(then);
  }

  /** Writes every annotation in the store to {@code out} (CSV or JSONL by extension). */
  public void export(Path out) {
    if (writer.file() == null) {
      problem.set("No dataset open: no annotations to export");
      return;
    }
    if (!writer.opened()) {
      open(false);
    }
    writer.export(out, problem::set);
  }

  /** Time spent: the item that was open gets the seconds since it was opened. */
  private void switched(Item now) {
    long t = nanos.getAsLong();
    Item before = openItem;
    if (before != null && writer.opened() && !annotator.get().isBlank()) {
      double seconds = (t - openedAt) / 1e9;
      var item = item(before);
      String who = annotator.get();
      labels.addSeconds(item.key(), who, seconds);
      write(s -> s.addSeconds(item, who, seconds));
    }
    openItem = now;
    openedAt = t;
  }

  private void changed() {
    // every batch of a streaming load lands here: count only when someone annotates, not while
    // a large file is merely being browsed
    if (annotator.get().isBlank()) {
      progress.set("");
    } else {
      long done = all.stream().filter(reader::annotated).count();
      progress.set(
          done
              + " of "
              + all.size()
              + " annotated"
              + (adjudicating.get() ? " \u00B7 adjudicating" : ""));
    }
    revision.set(revision.get() + 1);
  }

  /** Closes the store once every change so far is written (nothing is dropped). */
  public void close() {
    writer.close();
  }

  /** True while changes are still being written. */
  public boolean writing() {
    return writer.busy();
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

  /** The browser's annotation filter (null: all), chosen in the annotation panel. */
  public ObjectProperty<Predicate<Item>> filterProperty() {
    return filter;
  }
}
