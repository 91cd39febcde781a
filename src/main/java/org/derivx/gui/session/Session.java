package org.derivx.gui.session;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The bottom of the window: the open items, the rows the browser shows, the selection (item and
 * step), an index by content key, the status line, the theme and the one owner of threads. Every
 * view and view-model takes the session (and its own view-model), nothing else; feature packages
 * talk to each other only through it. {@link #selectedStateProperty} follows the selected item's
 * state, so a view that shows the selection listens to one property.
 */
public final class Session {
  /** Items loaded at once by default (an item is a derivation with its report and rows). */
  public static final int LOADED_LIMIT = 500;

  private final Tasks tasks;
  private final ItemPool pool;
  private final ObservableList<Item> items = FXCollections.observableArrayList();
  private final ObservableList<Item> visible = FXCollections.observableArrayList();
  private final Map<String, Item> byKey = new HashMap<>();
  private final ObjectProperty<Item> selected = new SimpleObjectProperty<>();
  private final IntegerProperty step = new SimpleIntegerProperty(0);
  private final ReadOnlyObjectWrapper<ItemState> selectedState = new ReadOnlyObjectWrapper<>();
  private final StringProperty status = new SimpleStringProperty("");
  private final BooleanProperty dark = new SimpleBooleanProperty(false);

  /** The flagger's calibrated threshold: a top category less likely is shown as uncertain. */
  private double flagUncertainBelow;

  public Session(Tasks tasks) {
    this(tasks, LOADED_LIMIT);
  }

  /** At most {@code loadedLimit} items that can be read again stay loaded (the selection aside). */
  public Session(Tasks tasks, int loadedLimit) {
    this.tasks = tasks;
    this.pool = new ItemPool(loadedLimit, i -> i == selected.get());
    ChangeListener<ItemState> follow = (o, a, b) -> selectedState.set(b);
    selected.addListener(
        (o, a, b) -> {
          if (a != null) {
            a.stateProperty().removeListener(follow);
          }
          if (b != null) {
            b.stateProperty().addListener(follow);
          }
          step.set(b == null || b.derivation().size() == 0 ? 0 : 1); // loads b
          selectedState.set(b == null ? null : b.state());
        });
  }

  public Tasks tasks() {
    return tasks;
  }

  /** Below this, the flagger's top category is shown as "uncertain" (0 until a model is loaded). */
  public double flagUncertainBelow() {
    return flagUncertainBelow;
  }

  /** Set on the FX thread when a model is loaded. */
  public void flagUncertainBelow(double threshold) {
    flagUncertainBelow = threshold;
  }

  /** Every open item, in file order. */
  public ObservableList<Item> items() {
    return items;
  }

  /** The browser's rows: filtered, then sorted. */
  public ObservableList<Item> visible() {
    return visible;
  }

  /** Adds items as they are read (FX thread), indexing each by its key. */
  public void add(List<Item> batch) {
    for (Item i : batch) {
      byKey.put(i.key(), i);
      i.attach(pool);
    }
    items.addAll(batch);
  }

  /** Closes everything (a new open). */
  public void clear() {
    selected.set(null);
    visible.clear();
    items.clear();
    byKey.clear();
    pool.clear();
  }

  /** Items loaded now that could be unloaded (at most the limit, plus the selection and edits). */
  public int loadedCount() {
    return pool.size();
  }

  /** How many items may stay loaded. */
  public int loadedLimit() {
    return pool.limit();
  }

  /** How many times an unloaded item was read again. */
  public long reloads() {
    return pool.loads();
  }

  /** Runs {@code c} on each item read again (to put back what is kept elsewhere: labels). */
  public void onLoad(Consumer<Item> c) {
    pool.onLoad(c);
  }

  /** The item with this record id and variant name, or null. */
  public Item find(String id, String variant) {
    return byKey.get(key(id, variant));
  }

  static String key(String id, String variant) {
    return id + "\u0000" + variant;
  }

  public ObjectProperty<Item> selectedProperty() {
    return selected;
  }

  public Item selected() {
    return selected.get();
  }

  /** The selected step, from 1 (0: none). Reset to 1 when another item is selected. */
  public IntegerProperty stepProperty() {
    return step;
  }

  /** The selected item's state: changes on another selection and on every change of its state. */
  public ReadOnlyObjectProperty<ItemState> selectedStateProperty() {
    return selectedState.getReadOnlyProperty();
  }

  /** The selected step's row, or null. */
  public StepRow selectedRow() {
    ItemState s = selectedState.get();
    return s == null ? null : s.row(step.get());
  }

  /** Runs {@code r} on another selection or a change of the selected item's state. */
  public void onSelectedState(Runnable r) {
    // a change listener: an invalidation listener would miss changes nobody read in between
    selectedState.addListener((o, a, b) -> r.run());
  }

  /** The status line: what the window is doing, and what went wrong last. */
  public StringProperty statusProperty() {
    return status;
  }

  /** Says what failed, in the status line ("Check failed: …"). */
  public void report(String what, Throwable e) {
    status.set(what + ": " + describe(e));
  }

  /** A failure in one line: its message, or its type when it has none. */
  public static String describe(Throwable e) {
    String m = e.getMessage();
    return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
  }

  /** The dark theme is on (formulas are drawn light). */
  public BooleanProperty darkProperty() {
    return dark;
  }
}
