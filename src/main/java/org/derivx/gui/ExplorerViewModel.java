package org.derivx.gui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import org.derivx.check.BatchChecker;
import org.derivx.check.CheckListener;
import org.derivx.check.CheckOptions;
import org.derivx.check.DerivationReport;
import org.derivx.check.StepResult;
import org.derivx.derivation.Dataset;
import org.derivx.derivation.Derivation;
import org.derivx.derivation.DerivationRecord;
import org.derivx.gui.browser.BrowserItem;
import org.derivx.io.DatasetFiles;
import org.derivx.io.Datasets;
import org.derivx.render.DerivationFigure;

/**
 * The explorer's state, without controls: the loaded items, the filter, the selected derivation and
 * step, and the background check. Everything that touches files or the checker runs through {@link
 * UiExecutor#background}; results come back through {@link UiExecutor#ui}.
 */
public final class ExplorerViewModel {
  private final UiExecutor executor;
  private final CheckOptions options;
  private final ObservableList<BrowserItem> items = FXCollections.observableArrayList();
  private final FilteredList<BrowserItem> filtered = new FilteredList<>(items, i -> true);
  private final SortedList<BrowserItem> sorted = new SortedList<>(filtered);
  private final StringProperty filterText = new SimpleStringProperty("");
  private final BooleanProperty errorsOnly = new SimpleBooleanProperty(false);
  private final BooleanProperty sortByErrors = new SimpleBooleanProperty(false);
  private final ObjectProperty<BrowserItem> selected = new SimpleObjectProperty<>();
  private final IntegerProperty selectedStep = new SimpleIntegerProperty(0);
  private final StringProperty status = new SimpleStringProperty("");
  private final DoubleProperty progress = new SimpleDoubleProperty(0);
  private final BooleanProperty checking = new SimpleBooleanProperty(false);
  private final BooleanProperty dark = new SimpleBooleanProperty(false);
  private final Map<String, BrowserItem> byKey = new HashMap<>();
  private volatile BatchChecker checker;

  public ExplorerViewModel(UiExecutor executor, CheckOptions options) {
    this.executor = executor;
    this.options = options;
    filterText.addListener((o, a, b) -> refilter());
    errorsOnly.addListener((o, a, b) -> refilter());
    sortByErrors.addListener(
        (o, a, b) ->
            sorted.setComparator(
                b ? Comparator.comparingLong(BrowserItem::errors).reversed() : null));
    selected.addListener(
        (o, a, b) -> selectedStep.set(b == null || b.derivation().size() == 0 ? 0 : 1));
  }

  /** Loads files or folders in the background, then checks every derivation. */
  public void open(List<Path> paths) {
    cancel();
    // busy from the start: loading is part of the work the status bar shows
    checking.set(true);
    progress.set(-1);
    status.set("Opening " + paths.stream().map(Path::toString).toList() + "\u2026");
    executor.background(
        () -> {
          List<BrowserItem> loaded = new ArrayList<>();
          List<String> problems = new ArrayList<>();
          try {
            for (Path file : DatasetFiles.expand(paths)) {
              try {
                Dataset d = Datasets.load(file);
                for (DerivationRecord r : d.records()) {
                  for (Derivation v : r.variants()) {
                    loaded.add(new BrowserItem(r, v));
                  }
                }
                d.problems().forEach(p -> problems.add(p.toString()));
              } catch (Exception e) {
                problems.add(file + ": " + e.getMessage());
              }
            }
          } catch (Exception e) {
            problems.add(e.getMessage());
          }
          executor.ui(() -> show(loaded, problems));
        });
  }

  private void show(List<BrowserItem> loaded, List<String> problems) {
    items.setAll(loaded);
    byKey.clear();
    loaded.forEach(i -> byKey.put(key(i.id(), i.derivation().name()), i));
    selected.set(sorted.isEmpty() ? null : sorted.get(0));
    status.set(
        loaded.size()
            + " derivations"
            + (problems.isEmpty()
                ? ""
                : "; " + problems.size() + " could not be read: " + problems.get(0)));
    checkAll();
  }

  /** Checks every loaded derivation in the background; results arrive one by one. */
  public void checkAll() {
    List<BrowserItem> todo = new ArrayList<>(items);
    if (todo.isEmpty()) {
      checking.set(false);
      return;
    }
    BatchChecker batch =
        new BatchChecker(options, Math.max(1, Runtime.getRuntime().availableProcessors()));
    checker = batch;
    checking.set(true);
    progress.set(0);
    int total = todo.size();
    int[] done = {0};
    List<BatchChecker.Job> jobs =
        todo.stream().map(i -> new BatchChecker.Job(i.id(), i.derivation())).toList();
    executor.background(
        () -> {
          try {
            batch.run(
                jobs,
                new CheckListener() {
                  @Override
                  public void derivationChecked(DerivationReport report) {
                    executor.ui(
                        () -> {
                          BrowserItem item = byKey.get(key(report.id(), report.variant()));
                          if (item != null && checker == batch) {
                            item.reportProperty().set(report);
                            progress.set(++done[0] / (double) total);
                            // only these views depend on reports; refiltering re-tests every item
                            if (errorsOnly.get() || sortByErrors.get()) {
                              refilter();
                            }
                          }
                        });
                  }
                });
          } catch (Exception e) {
            executor.ui(() -> status.set("Checking stopped: " + e.getMessage()));
          } finally {
            executor.ui(
                () -> {
                  if (checker == batch) {
                    checking.set(false);
                    status.set(summary());
                  }
                });
          }
        });
  }

  public void cancel() {
    BatchChecker c = checker;
    if (c != null) {
      c.cancel();
    }
    checking.set(false);
  }

  private String summary() {
    long checked = items.stream().filter(i -> i.report() != null).count();
    long withErrors = items.stream().filter(i -> i.errors() > 0).count();
    return checked
        + " of "
        + items.size()
        + " derivations checked; "
        + withErrors
        + " with error steps";
  }

  private void refilter() {
    String q = filterText.get() == null ? "" : filterText.get().trim().toLowerCase(Locale.ROOT);
    Predicate<BrowserItem> p = i -> q.isEmpty() || i.searchText().contains(q);
    if (errorsOnly.get()) {
      p = p.and(i -> i.errors() > 0);
    }
    BrowserItem keep = selected.get();
    filtered.setPredicate(p);
    if (keep != null && !sorted.contains(keep)) {
      selected.set(sorted.isEmpty() ? null : sorted.get(0));
    }
  }

  private static String key(String id, String variant) {
    return id + "\u0000" + variant;
  }

  /** Writes the selected derivation as a figure (PNG or SVG by extension), in the background. */
  public void exportSelected(Path out) {
    BrowserItem i = selected.get();
    if (i == null) {
      return;
    }
    executor.background(
        () -> {
          String message;
          try {
            DerivationFigure.of(i.id(), i.derivation(), i.report()).write(out);
            message = "Exported " + out;
          } catch (Exception e) {
            message = "Export failed: " + out + ": " + e.getMessage();
          }
          String m = message;
          executor.ui(() -> status.set(m));
        });
  }

  /** Selects the item with this record id (or id suffix) and variant name (null: the first). */
  public boolean select(String id, String variant) {
    for (BrowserItem i : items) {
      if (i.record().answersTo(id) && (variant == null || i.derivation().name().equals(variant))) {
        selected.set(i);
        return true;
      }
    }
    return false;
  }

  // ---- navigation (keyboard) ----

  /** Moves the step selection by {@code delta}, within 1..size. */
  public void moveStep(int delta) {
    BrowserItem i = selected.get();
    if (i == null || i.derivation().size() == 0) {
      return;
    }
    int k = Math.max(1, Math.min(i.derivation().size(), selectedStep.get() + delta));
    selectedStep.set(k);
  }

  /** Moves to the next/previous derivation in the browser's order. */
  public void moveDerivation(int delta) {
    if (sorted.isEmpty()) {
      return;
    }
    int at = sorted.indexOf(selected.get());
    int next = Math.max(0, Math.min(sorted.size() - 1, (at < 0 ? 0 : at) + delta));
    selected.set(sorted.get(next));
  }

  /** The same record's next variant (reference, then each model's generations), cycling. */
  public void cycleVariant() {
    BrowserItem i = selected.get();
    if (i == null) {
      return;
    }
    List<Derivation> vs = i.record().variants();
    int at = vs.indexOf(i.derivation());
    Derivation next = vs.get((at + 1) % vs.size());
    BrowserItem item = byKey.get(key(i.id(), next.name()));
    if (item != null) {
      selected.set(item);
    }
  }

  /**
   * Runs {@code r} whenever another derivation is selected or the selected one's report arrives
   * (views rebuild on either).
   */
  public void onSelectionOrReport(Runnable r) {
    javafx.beans.value.ChangeListener<DerivationReport> onReport = (o, a, b) -> r.run();
    selected.addListener(
        (o, a, b) -> {
          if (a != null) {
            a.reportProperty().removeListener(onReport);
          }
          if (b != null) {
            b.reportProperty().addListener(onReport);
          }
          r.run();
        });
  }

  /** The selected step's result, if checked. */
  public StepResult selectedResult() {
    BrowserItem i = selected.get();
    int k = selectedStep.get();
    if (i == null || i.report() == null || k < 1 || k > i.report().steps().size()) {
      return null;
    }
    return i.report().steps().get(k - 1);
  }

  public ObservableList<BrowserItem> items() {
    return items;
  }

  /** The browser's rows: filtered, then sorted. */
  public SortedList<BrowserItem> visible() {
    return sorted;
  }

  public StringProperty filterTextProperty() {
    return filterText;
  }

  public BooleanProperty errorsOnlyProperty() {
    return errorsOnly;
  }

  public BooleanProperty sortByErrorsProperty() {
    return sortByErrors;
  }

  public ObjectProperty<BrowserItem> selectedProperty() {
    return selected;
  }

  public IntegerProperty selectedStepProperty() {
    return selectedStep;
  }

  public StringProperty statusProperty() {
    return status;
  }

  public DoubleProperty progressProperty() {
    return progress;
  }

  /** The dark theme is on (formulas are drawn light). */
  public BooleanProperty darkProperty() {
    return dark;
  }

  public BooleanProperty checkingProperty() {
    return checking;
  }
}
