package org.derivx.gui.compare;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.derivx.check.run.Alignment;
import org.derivx.derivation.Derivation;
import org.derivx.gui.session.Item;
import org.derivx.gui.session.Session;

/**
 * Reference beside generation: for the selected item, the record's reference and a model's
 * generation under the same perturbation, aligned step by step ({@link Alignment}) in the
 * background.
 */
public final class CompareViewModel {
  private final Session session;
  private final ObjectProperty<Item> reference = new SimpleObjectProperty<>();
  private final ObjectProperty<Item> generation = new SimpleObjectProperty<>();
  private final ObservableList<Alignment.Row> rows = FXCollections.observableArrayList();
  private final AtomicLong version = new AtomicLong();

  public CompareViewModel(Session session) {
    this.session = session;
  }

  /** Pairs {@code selected} with its counterpart and aligns the two. */
  public void show(Item selected) {
    long v = version.incrementAndGet();
    Item ref = null;
    Item gen = null;
    if (selected != null) {
      Derivation d = selected.original();
      Derivation other = counterpart(selected.record().variants(), d);
      Item o = other == null ? null : session.find(selected.id(), other.name());
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
    session
        .tasks()
        .submit(
            () -> Alignment.align(left, right),
            aligned -> {
              if (version.get() == v) {
                rows.setAll(aligned);
              }
            },
            e -> session.report("Aligning " + selected.id() + " failed", e));
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

  public ObjectProperty<Item> referenceProperty() {
    return reference;
  }

  public ObjectProperty<Item> generationProperty() {
    return generation;
  }

  /** The aligned rows (empty while aligning or when there is nothing to compare). */
  public ObservableList<Alignment.Row> rows() {
    return rows;
  }
}
