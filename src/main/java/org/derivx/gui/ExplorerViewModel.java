package org.derivx.gui;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiConsumer;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import org.derivx.check.CheckOptions;
import org.derivx.check.StepResult;
import org.derivx.derivation.Derivation;
import org.derivx.gui.annotate.AnnotationViewModel;
import org.derivx.gui.browser.BrowserFilter;
import org.derivx.gui.browser.BrowserViewModel;
import org.derivx.gui.compare.CompareViewModel;
import org.derivx.gui.editor.EditorViewModel;
import org.derivx.gui.generate.GenerateTarget;
import org.derivx.gui.session.Item;
import org.derivx.gui.session.Session;
import org.derivx.gui.session.StepRow;
import org.derivx.gui.session.Tasks;
import org.derivx.render.DerivationFigure;

/**
 * The explorer without controls: it opens files into the {@link Session}, checks and flags what is
 * open, and wires the features' view-models to the session (they know nothing of each other). All
 * background work runs on the session's {@link Tasks}; results and failures come back on the FX
 * thread.
 */
public final class ExplorerViewModel {
  private final Session session;
  private final BooleanProperty checking = new SimpleBooleanProperty(false);
  private final BooleanProperty loading = new SimpleBooleanProperty(false);
  private final DoubleProperty progress = new SimpleDoubleProperty(0);
  private final RecentFiles recent = new RecentFiles();
  private final ObjectProperty<List<String>> problems = new SimpleObjectProperty<>(List.of());
  private final DatasetLoader loader;
  private final BackgroundChecks checks;
  private final FlagService flags;
  private final BrowserViewModel browser;
  private final EditorViewModel editor;
  private final CompareViewModel compare;
  private final AnnotationViewModel annotations;
  private final Navigator navigator;
  private AtomicBoolean loadCancelled = new AtomicBoolean();
  private List<Path> opened = List.of();

  /** What could not be read, for the status line ("" when everything was). */
  private String unread = "";

  /** Tests of reading alone turn the checks off. */
  boolean checkOnOpen = true;

  private final CachedChecks cached;

  /** Without a cache of check results (tests). */
  public ExplorerViewModel(Tasks tasks, CheckOptions options) {
    this(tasks, options, BackgroundChecks.pooled(options), null, Session.LOADED_LIMIT);
  }

  /** The window's: check results cached in {@code cacheDir} (null: none). */
  static ExplorerViewModel withCache(Tasks tasks, CheckOptions options, Path cacheDir) {
    return new ExplorerViewModel(
        tasks, options, BackgroundChecks.pooled(options), cacheDir, Session.LOADED_LIMIT);
  }

  /** With {@code checker} instead of the real checker (tests inject failures). */
  ExplorerViewModel(Tasks tasks, CheckOptions options, BackgroundChecks.Checker checker) {
    this(tasks, options, checker, null, Session.LOADED_LIMIT);
  }

  /**
   * With {@code checker}, results cached in {@code cacheDir} (null: none) and at most {@code
   * loadedLimit} items of an indexed file loaded at once.
   */
  ExplorerViewModel(
      Tasks tasks,
      CheckOptions options,
      BackgroundChecks.Checker checker,
      Path cacheDir,
      int loadedLimit) {
    this.session = new Session(tasks, loadedLimit);
    this.cached = new CachedChecks(session, cacheDir, options);
    this.loader = new DatasetLoader(tasks, loadedLimit);
    int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
    this.checks = new BackgroundChecks(session, checker, threads, progress, checking);
    this.browser = new BrowserViewModel(session);
    this.flags = new FlagService(session, browser::resultsArrived);
    this.editor = new EditorViewModel(session, options);
    this.compare = new CompareViewModel(session);
    this.navigator = new Navigator(session);
    this.annotations = new AnnotationViewModel(session, System::nanoTime);
    browser.filter().annotationProperty().bind(annotations.filterProperty());
    annotations
        .revisionProperty()
        .addListener(
            o -> {
              if (browser.filter().annotationProperty().get() != null) {
                browser.refilter();
              }
            });
    session.selectedProperty().addListener((o, a, b) -> checks.first(b));
    session.onSelectedState(
        () -> {
          compare.show(session.selected());
          Item i = session.selected();
          if (i != null && i.flags() == null && i.report() != null) {
            flags.flag(List.of(i)); // edited or reverted: the flagger reads it again
          }
        });
  }

  /** Loads the shipped flagger model in the background (the window does; tests inject one). */
  public void startFlagger() {
    flags.start(null);
  }

  /** Uses {@code f} as the flagger: probabilities per step for each derivation (tests). */
  public void useFlagger(Function<List<Derivation>, List<float[][]>> f) {
    flags.ready(f);
  }

  /**
   * Opens files or folders: items appear as they are read (the first at once), then every
   * derivation is checked in the background. Replaces what was open.
   */
  public void open(List<Path> paths) {
    cancel();
    AtomicBoolean cancelled = new AtomicBoolean();
    loadCancelled = cancelled;
    cached.clear();
    session.clear();
    browser.clear();
    // after the clearing, so the emptied panes say "Reading…", not "no derivation matches"
    loading.set(true);
    checking.set(true); // busy from the start: loading is part of the work the status bar shows
    progress.set(-1);
    session
        .statusProperty()
        .set("Opening " + paths.stream().map(Path::toString).toList() + "\u2026");
    opened = List.copyOf(paths);
    paths.forEach(p -> recent.remember(p.toAbsolutePath().normalize().toString()));
    if (!paths.isEmpty()) {
      annotations.openFor(paths.get(0));
    }
    loader.load(
        paths,
        cancelled,
        new DatasetLoader.Sink() {
          @Override
          public void items(List<Item> batch) {
            session.add(batch);
            // items not loaded are flagged when they are (selected), not read for it now
            flags.flag(batch.stream().filter(Item::isLoaded).toList());
            browser.added(batch);
            annotations.added(batch);
            if (session.selected() == null && !session.visible().isEmpty()) {
              session.selectedProperty().set(session.visible().get(0));
            }
            session
                .statusProperty()
                .set("Reading\u2026 " + session.items().size() + " derivations");
          }

          @Override
          public void done(List<String> problems, String content) {
            if (loadCancelled != cancelled) {
              return;
            }
            cached.opened(
                content,
                () -> loadCancelled != cancelled,
                () -> {
                  browser.resultsArrived();
                  loaded(problems);
                });
          }

          private void loaded(List<String> problems) {
            loading.set(false);
            ExplorerViewModel.this.problems.set(List.copyOf(problems));
            unread =
                problems.isEmpty()
                    ? ""
                    : "; " + problems.size() + " could not be read: " + problems.get(0);
            session.statusProperty().set(session.items().size() + " derivations" + unread);
            if (checkOnOpen) {
              checkAll();
            } else {
              checking.set(false);
            }
          }
        });
  }

  /** Where the Generate panel's results go: {@link GeneratedItems}. */
  public GenerateTarget generateTarget() {
    return new GeneratedItems(session, browser, annotations, flags, this::generatedJsonl);
  }

  /** The JSONL generations are appended to ({@link GeneratedItems#beside}). */
  Path generatedJsonl() {
    return GeneratedItems.beside(opened);
  }

  /** Checks every open derivation in the background; results arrive one by one. */
  public void checkAll() {
    cached.batchStarts(checks.arrivals());
    checks.all(
        List.copyOf(session.items()),
        () -> {
          browser.resultsArrived();
          cached.progress(checks.arrivals());
          checkedSoFar();
        },
        failures -> {
          cached.save(checks.arrivals());
          session.statusProperty().set(summary(failures));
        });
  }

  /** The last progress line shown; replaced only while nothing else was said since. */
  private String progressLine;

  /**
   * Says how many are checked so far (filters and sorting cover those), unless the status line says
   * something else now (a failure stays until the next event).
   */
  private void checkedSoFar() {
    String now = session.statusProperty().get();
    String plain = session.items().size() + " derivations" + unread;
    if (!now.equals(plain) && !now.equals(progressLine)) {
      return;
    }
    long checked = session.items().stream().filter(Item::isChecked).count();
    progressLine =
        session.items().size()
            + " derivations; "
            + checked
            + " checked so far (filters and sorting cover those)"
            + unread;
    session.statusProperty().set(progressLine);
  }

  /** Stops loading and checking. */
  public void cancel() {
    loadCancelled.set(true);
    loading.set(false);
    checks.cancel();
  }

  private String summary(int failures) {
    List<Item> items = session.items();
    long checked = items.stream().filter(Item::isChecked).count();
    long withErrors = items.stream().filter(i -> i.errors() > 0).count();
    return checked
        + " of "
        + items.size()
        + " derivations checked; "
        + withErrors
        + " with error steps"
        + (failures == 0 ? "" : "; " + failures + " checks failed (marked " + Item.FAILED + ")")
        + unread;
  }

  /** Writes the selected derivation as a figure (PNG or SVG by extension), in the background. */
  public void exportSelected(Path out) {
    Item i = session.selected();
    if (i == null) {
      return;
    }
    var d = i.derivation();
    var r = i.report();
    session
        .tasks()
        .run(
            () -> {
              DerivationFigure.of(i.id(), d, r).write(out);
              session.tasks().ui(() -> session.statusProperty().set("Exported " + out));
              return null;
            },
            e -> session.report("Export failed: " + out, e));
  }

  /**
   * The selected step's parse tree and Symja form, for the details pane (see {@link StepForms}).
   */
  public void forms(BiConsumer<String, String> then) {
    StepRow row = session.selectedRow();
    StepForms.of(session.tasks(), row == null ? null : row.equation(), then);
  }

  // ---- shortcuts into the session and the browser (tests and the window's menus)

  public ObjectProperty<Item> selectedProperty() {
    return session.selectedProperty();
  }

  public IntegerProperty selectedStepProperty() {
    return session.stepProperty();
  }

  public StringProperty statusProperty() {
    return session.statusProperty();
  }

  public BooleanProperty darkProperty() {
    return session.darkProperty();
  }

  /** The selected step's result, if checked. */
  public StepResult selectedResult() {
    StepRow row = session.selectedRow();
    return row == null ? null : row.result();
  }

  public StringProperty filterTextProperty() {
    return browser.filter().textProperty();
  }

  public BooleanProperty errorsOnlyProperty() {
    return browser.filter().errorsOnlyProperty();
  }

  public BooleanProperty sortByErrorsProperty() {
    return browser.sortByErrorsProperty();
  }

  public BrowserFilter filter() {
    return browser.filter();
  }

  public ObservableList<String> models() {
    return browser.models();
  }

  public Session session() {
    return session;
  }

  public ObservableList<Item> items() {
    return session.items();
  }

  /** The browser's rows: filtered, then sorted. */
  public ObservableList<Item> visible() {
    return session.visible();
  }

  public BrowserViewModel browser() {
    return browser;
  }

  public DoubleProperty progressProperty() {
    return progress;
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

  public AnnotationViewModel annotations() {
    return annotations;
  }

  public CompareViewModel compare() {
    return compare;
  }
}
