package org.derivx.gui.compare;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiFunction;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.derivx.check.run.Alignment;
import org.derivx.derivation.Derivation;
import org.derivx.gui.UiExecutor;
import org.derivx.gui.browser.BrowserItem;

/**
 * Reference beside generation: for the selected item, the record's reference and a model's
 * generation under the same perturbation, aligned step by step ({@link Alignment}) in the
 * background.
 */
public final class CompareViewModel {
  private final UiExecutor executor;
  private final BiFunction<String, Derivation, BrowserItem> itemOf;
  private final ObjectProperty<BrowserItem> reference = new SimpleObjectProperty<>();
  private final ObjectProperty<BrowserItem> generation = new SimpleObjectProperty<>();
  private final ObservableList<Alignment.Row> rows = FXCollections.observableArrayList();
  private final AtomicLong version = new AtomicLong();

  /** {@code itemOf} finds the browser item of a record's (by id) variant, null if not loaded. */
  public CompareViewModel(UiExecutor executor, BiFunction<String, Derivation, BrowserItem> itemOf) {
    this.executor = executor;
    this.itemOf = itemOf;
  }

  /** Pairs {@code selected} with its counterpart and aligns the two. */
  public void show(BrowserItem selected) {
    long v = version.incrementAndGet();
    BrowserItem ref = null;
    BrowserItem gen = null;
    if (selected != null) {
      Derivation d = selected.original();
      Derivation other = counterpart(selected.record().variants(), d);
      BrowserItem o = other == null ? null : itemOf.apply(selected.id(), other);
      ref = d.isReference() ? selected : o;
      gen = d.isReference() ? o : selected;
    }
    reference.set(ref);
    generation.set(gen);
    if (ref == null || gen == null) {
      rows.clear();
      return;
    }
    var left = ref.derivation().steps();
    var right = gen.derivation().steps();
    executor.background(
        () -> {
          List<Alignment.Row> aligned = Alignment.align(left, right);
          executor.ui(
              () -> {
                if (version.get() == v) {
                  rows.setAll(aligned);
                }
              });
        });
  }

  /**
   * A generation's reference (same perturbation), or a reference's first generation under its
   * perturbation.
   */
  static Derivation counterpart(List<Derivation> variants, Derivation d) {
    Derivation fallback = null;
    for (Derivation v : variants) {
      if (v.isReference() == d.isReference()) {
        continue;
      }
      if (Objects.equals(v.perturbation(), d.perturbation())) {
        return v;
      }
      if (fallback == null && !d.isReference()) {
        fallback = v; // a generation without a matching reference: any reference beats none
      }
    }
    return fallback;
  }

  public ObjectProperty<BrowserItem> referenceProperty() {
    return reference;
  }

  public ObjectProperty<BrowserItem> generationProperty() {
    return generation;
  }

  /** The aligned rows (empty while aligning or when there is nothing to compare). */
  public ObservableList<Alignment.Row> rows() {
    return rows;
  }
}
