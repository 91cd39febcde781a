package org.derivx.gui;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
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
import org.derivx.check.CheckOptions;
import org.derivx.check.DerivationReport;
import org.derivx.check.StepResult;
import org.derivx.derivation.Derivation;
import org.derivx.gui.annotate.AnnotationViewModel;
import org.derivx.gui.browser.BrowserFilter;
import org.derivx.gui.browser.BrowserItem;
import org.derivx.gui.compare.CompareViewModel;
import org.derivx.gui.editor.EditorViewModel;
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

  /**
   * The browser's rows, recomputed in one pass on a filter or sort change. Not a FilteredList and
   * SortedList: those insert each added item one by one (a 100k-item file froze the window for a
   * second per batch).
   */
  private final ObservableList<BrowserItem> sorted = FXCollections.observableArrayList();

  private static final Comparator<BrowserItem> BY_ERRORS =
      Comparator.comparingLong(BrowserItem::errors).reversed();
  private final BrowserFilter filter = new BrowserFilter();
  private final ObservableList<String> models = FXCollections.observableArrayList();
  private final BooleanProperty sortByErrors = new SimpleBooleanProperty(false);
  private final ObjectProperty<BrowserItem> selected = new SimpleObjectProperty<>();
  private final IntegerProperty selectedStep = new SimpleIntegerProperty(0);
  private final StringProperty status = new SimpleStringProperty("");
  private final DoubleProperty progress = new SimpleDoubleProperty(0);
  private final BooleanProperty checking = new SimpleBooleanProperty(false);
  private final BooleanProperty dark = new SimpleBooleanProperty(false);
  private final BooleanProperty loading = new SimpleBooleanProperty(false);
  private final RecentFiles recent = new RecentFiles();
  private final Map<String, BrowserItem> byKey = new HashMap<>();
  private final DatasetLoader loader;
  private final BackgroundChecks checks;
  private final FlagService flags;
  private final EditorViewModel editor;
  private final CompareViewModel compare;
  private final Navigator navigator;
  private final ObjectProperty<List<String>> problems = new SimpleObjectProperty<>(List.of());
  private final AnnotationViewModel annotations;
  private volatile AtomicBoolean loadCancelled = new AtomicBoolean();

  /** Loads the shipped flagger model in the background (the window does; tests inject one). */
  public void startFlagger() {
    flags.start();
  }

  /** Uses {@code f} as the flagger: probabilities per step for each derivation (tests). */
  public void useFlagger(java.util.function.Function<List<Derivation>, List<float[][]>> f) {
    flags.ready(f);
  }

  /**
   * The flagger's calibrated threshold: a step whose top category is less likely than this is shown
   * as uncertain rather than as that category (0 until a model is loaded, or for a test's flagger).
   */
  public double flagUncertainBelow() {
    return flags.uncertainBelow();
  }

  /** Flags an item again (after an edit). */
  public void reflag(BrowserItem i) {
    flags.flag(List.of(i));
  }

  /** Tests of reading alone turn the checks off. */
  boolean checkOnOpen = true;

  public ExplorerViewModel(UiExecutor executor, CheckOptions options) {
    this.executor = executor;
    this.options = options;
    this.loader = new DatasetLoader(executor);
    this.checks = new BackgroundChecks(executor, options, progress, checking);
    this.flags =
        new FlagService(
            executor,
            status::set,
            () -> {
              if (filter.disagreeOnlyProperty().get()) {
                refilter();
              }
            });
    this.editor = new EditorViewModel(executor, options, selected);
    this.compare = new CompareViewModel(executor, (id, d) -> byKey.get(key(id, d.name())));
    this.navigator =
        new Navigator(selected, selectedStep, items, sorted, (id, v) -> byKey.get(key(id, v)));
    this.annotations =
        new AnnotationViewModel(executor, selected, selectedStep, sorted, items, System::nanoTime);
    annotations
        .revisionProperty()
        .addListener(
            o -> {
              if (filter.annotationProperty().get() != null) {
                refilter();
              }
            });
    for (javafx.beans.Observable p : filter.properties()) {
      p.addListener(o -> refilter());
    }
    sortByErrors.addListener((o, a, b) -> refilter());
    selected.addListener(
        (o, a, b) -> {
          selectedStep.set(b == null || b.derivation().size() == 0 ? 0 : 1);
          checks.first(b);
        });
    onSelectionOrReport(
        () -> {
          compare.show(selected.get());
          BrowserItem i = selected.get();
          if (i != null && i.flags() == null && i.report() != null) {
            flags.flag(List.of(i)); // edited or reverted: the flagger reads it again
          }
        });
  }

  /**
   * Opens files or folders: items appear as they are read (the first at once), then every
   * derivation is checked in the background. Replaces what was open.
   */
  public void open(List<Path> paths) {
    cancel();
    loading.set(true);
    AtomicBoolean cancelled = new AtomicBoolean();
    loadCancelled = cancelled;
    items.clear();
    sorted.clear();
    byKey.clear();
    models.setAll(BrowserFilter.ANY);
    selected.set(null);
    checking.set(true); // busy from the start: loading is part of the work the status bar shows
    progress.set(-1);
    status.set("Opening " + paths.stream().map(Path::toString).toList() + "\u2026");
    paths.forEach(p -> recent.remember(p.toAbsolutePath().normalize().toString()));
    if (!paths.isEmpty()) {
      annotations.openFor(paths.get(0));
    }
    loader.load(
        paths,
        cancelled,
        new DatasetLoader.Sink() {
          @Override
          public void items(List<BrowserItem> batch) {
            items.addAll(batch);
            flags.flag(batch);
            if (sortByErrors.get()) {
              refilter();
            } else {
              sorted.addAll(batch.stream().filter(filter.predicate()).toList());
            }
            for (BrowserItem i : batch) {
              byKey.put(key(i.id(), i.derivation().name()), i);
              String m = BrowserFilter.modelOf(i);
              if (!models.contains(m)) {
                models.add(m);
              }
            }
            if (selected.get() == null && !sorted.isEmpty()) {
              selected.set(sorted.get(0));
            }
            status.set("Reading\u2026 " + items.size() + " derivations");
          }

          @Override
          public void done(List<String> problems) {
            if (loadCancelled != cancelled) {
              return;
            }
            loading.set(false);
            ExplorerViewModel.this.problems.set(List.copyOf(problems));
            unread =
                problems.isEmpty()
                    ? ""
                    : "; " + problems.size() + " could not be read: " + problems.get(0);
            status.set(items.size() + " derivations" + unread);
            if (checkOnOpen) {
              checkAll();
            } else {
              checking.set(false);
            }
          }
        });
  }

  /** Checks every loaded derivation in the background; results arrive one by one. */
  public void checkAll() {
    checks.all(
        List.copyOf(items),
        (id, variant) -> byKey.get(key(id, variant)),
        () -> {
          // only these views depend on reports
          if (filter.dependsOnReports() || sortByErrors.get()) {
            refilter();
          }
        },
        () -> status.set(summary()));
  }

  /** Stops loading and checking. */
  public void cancel() {
    loadCancelled.set(true);
    loading.set(false);
    checks.cancel();
  }

  /** What could not be read, for the status line ("" when everything was). */
  private String unread = "";

  private String summary() {
    long checked = items.stream().filter(i -> i.report() != null).count();
    long withErrors = items.stream().filter(i -> i.errors() > 0).count();
    return checked
        + " of "
        + items.size()
        + " derivations checked; "
        + withErrors
        + " with error steps"
        + unread;
  }

  private void refilter() {
    BrowserItem keep = selected.get();
    var rows = items.stream().filter(filter.predicate());
    sorted.setAll((sortByErrors.get() ? rows.sorted(BY_ERRORS) : rows).toList());
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

  /**
   * Runs {@code r} whenever another derivation is selected, or the selected one's report or flags
   * arrive (views rebuild on any).
   */
  public void onSelectionOrReport(Runnable r) {
    javafx.beans.value.ChangeListener<DerivationReport> onReport = (o, a, b) -> r.run();
    javafx.beans.value.ChangeListener<float[][]> onFlags = (o, a, b) -> r.run();
    selected.addListener(
        (o, a, b) -> {
          if (a != null) {
            a.reportProperty().removeListener(onReport);
            a.flagsProperty().removeListener(onFlags);
          }
          if (b != null) {
            b.reportProperty().addListener(onReport);
            b.flagsProperty().addListener(onFlags);
          }
          r.run();
        });
  }

  /**
   * The selected step's parse tree and Symja form, for the details pane (see {@link StepForms}).
   */
  public void forms(java.util.function.BiConsumer<String, String> then) {
    BrowserItem i = selected.get();
    int k = selectedStep.get();
    StepForms.of(
        executor,
        i == null || k < 1 || k > i.derivation().size() ? null : i.derivation().step(k),
        then);
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
  public ObservableList<BrowserItem> visible() {
    return sorted;
  }

  public StringProperty filterTextProperty() {
    return filter.textProperty();
  }

  public BooleanProperty errorsOnlyProperty() {
    return filter.errorsOnlyProperty();
  }

  public BrowserFilter filter() {
    return filter;
  }

  /** The model menu's choices: any, reference, then each model that was loaded. */
  public ObservableList<String> models() {
    return models;
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

  /** Files are still being read (items keep arriving). */
  public BooleanProperty loadingProperty() {
    return loading;
  }

  /** Recently opened files and folders, most recent first (persisted by the window). */
  public ObservableList<String> recentFiles() {
    return recent.list();
  }

  /** Keyboard navigation: steps, derivations, variants, and selecting by id. */
  public Navigator navigator() {
    return navigator;
  }

  public EditorViewModel editor() {
    return editor;
  }

  /** Records the last open could not read: "file:line: what is wrong", one per record. */
  public ObjectProperty<List<String>> problemsProperty() {
    return problems;
  }

  /** Where this window's background work runs (shared by the views it opens). */
  public UiExecutor executor() {
    return executor;
  }

  public AnnotationViewModel annotations() {
    return annotations;
  }

  public CompareViewModel compare() {
    return compare;
  }
}
