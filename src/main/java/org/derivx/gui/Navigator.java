package org.derivx.gui;

import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.collections.ObservableList;
import org.derivx.derivation.Derivation;
import org.derivx.gui.session.Item;
import org.derivx.gui.session.Session;

/**
 * Moving through what is loaded, by keyboard or by id: steps within the derivation, derivations in
 * the browser's order, and a record's variants along either axis (perturbation, model).
 */
public final class Navigator {
  private final ObjectProperty<Item> selected;
  private final IntegerProperty selectedStep;
  private final List<Item> items;
  private final ObservableList<Item> visible;
  private final BiFunction<String, String, Item> itemOf;

  Navigator(Session session) {
    this.selected = session.selectedProperty();
    this.selectedStep = session.stepProperty();
    this.items = session.items();
    this.visible = session.visible();
    this.itemOf = session::find;
  }

  /** Selects the item with this record id (or id suffix) and variant name (null: the first). */
  public boolean select(String id, String variant) {
    for (Item i : items) {
      if (i.answersTo(id) && (variant == null || i.name().equals(variant))) {
        selected.set(i);
        return true;
      }
    }
    return false;
  }

  // ---- navigation (keyboard) ----

  /** Moves the step selection by {@code delta}, within 1..size. */
  public void moveStep(int delta) {
    Item i = selected.get();
    if (i == null || i.derivation().size() == 0) {
      return;
    }
    int k = Math.max(1, Math.min(i.derivation().size(), selectedStep.get() + delta));
    selectedStep.set(k);
  }

  /** Moves to the next/previous derivation in the browser's order. */
  public void moveDerivation(int delta) {
    if (visible.isEmpty()) {
      return;
    }
    int at = visible.indexOf(selected.get());
    int next = Math.max(0, Math.min(visible.size() - 1, (at < 0 ? 0 : at) + delta));
    selected.set(visible.get(next));
  }

  /** The same record's next variant (reference, then each model's generations), cycling. */
  public void cycleVariant() {
    cycle(d -> true);
  }

  /**
   * The same side (reference, or the same model) under the record's next perturbation: static, VR,
   * EE, AG, SR. Without perturbations, the next variant.
   */
  public void cyclePerturbation() {
    Item i = selected.get();
    if (i != null && !cycle(d -> side(d).equals(side(i.original())))) {
      cycleVariant();
    }
  }

  /** The next model (or the reference) under the same perturbation; else the next variant. */
  public void cycleModel() {
    Item i = selected.get();
    if (i != null && !cycle(d -> Objects.equals(d.perturbation(), i.original().perturbation()))) {
      cycleVariant();
    }
  }

  private static String side(Derivation d) {
    return d.isReference() ? "\u0000reference" : String.valueOf(d.model());
  }

  /** Selects the next of the record's variants that pass {@code same}; false if none other. */
  private boolean cycle(Predicate<Derivation> same) {
    Item i = selected.get();
    if (i == null) {
      return false;
    }
    List<Derivation> vs = i.record().variants().stream().filter(same).toList();
    int at = vs.indexOf(i.original());
    for (int step = 1; step < vs.size(); step++) {
      Derivation next = vs.get((at + step) % vs.size());
      Item item = itemOf.apply(i.id(), next.name());
      if (item != null) {
        selected.set(item);
        return true;
      }
    }
    return false;
  }
}
