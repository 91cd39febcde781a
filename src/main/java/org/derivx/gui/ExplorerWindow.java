package org.derivx.gui;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.derivx.gui.annotate.AnnotationKeys;
import org.derivx.gui.annotate.AnnotationView;
import org.derivx.gui.browser.BrowserView;
import org.derivx.gui.compare.CompareView;
import org.derivx.gui.derivation.DerivationView;
import org.derivx.gui.editor.EditorSlot;
import org.derivx.gui.editor.EditorView;
import org.derivx.gui.report.ReportView;
import org.derivx.gui.report.ReportViewModel;
import org.derivx.gui.session.Session;
import org.fxmisc.richtext.GenericStyledArea;

/**
 * The main window: menu, browser | (derivation or side-by-side comparison, over the source editor)
 * | details, and a status bar with the background work's progress and a cancel button. Keys: see
 * {@link #SHORTCUTS}. Remembers its bounds, dividers, theme and recent files in {@link Settings}.
 */
public final class ExplorerWindow {
  static final String SHORTCUTS =
      String.join(
          "\n",
          "\u2191 / k    previous step",
          "\u2193 / j    next step",
          "\u2190 / \u2192    previous / next derivation",
          "v        next perturbation (static, VR, EE, AG, SR)",
          "m        next model (or the reference)",
          "c        derivation / reference beside generation",
          "e        only derivations with errors",
          "1\u20136      label the step: valid, skipped, redundant, irrelevant, incorrect, other",
          "Enter    accept the suggested label (checker, else flagger), next step",
          "Tab      next step I have not labelled",
          "Ctrl+Z   undo a label (Ctrl+Y or Ctrl+Shift+Z: redo)",
          "F2       into the source editor (Esc leaves it)",
          "Ctrl+O   open a file or folder",
          "Ctrl+E   export the derivation as PNG or SVG",
          "Ctrl+R   report: charts and tables, exported as PNG, SVG, HTML and CSV",
          "?        this list");

  private final ExplorerViewModel vm;
  private final Settings settings;
  private final Scene scene;
  private final DerivationView derivation;
  private final EditorSlot editor;

  private final CompareView compare;
  private final AnnotationView annotation;
  private final TabPane tabs;
  private final SplitPane split;
  private final SplitPane centre;
  private final Menu recentMenu = new Menu("Open recent");

  public ExplorerWindow(ExplorerViewModel vm) {
    this(vm, Settings.inMemory());
  }

  public ExplorerWindow(ExplorerViewModel vm, Settings settings) {
    this.vm = vm;
    this.settings = settings;
    MathFonts.load();
    Session session = vm.session();
    derivation = new DerivationView(session);
    compare = new CompareView(vm.compare(), session);
    Tab one = new Tab("Derivation", derivation);
    Tab two = new Tab("Reference \u21C4 generation", compare);
    editor = new EditorSlot(vm.editor());
    tabs = new TabPane(one, two);
    tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
    tabs.setFocusTraversable(false);
    two.selectedProperty().addListener((o, a, b) -> compare.setActive(b));
    centre = new SplitPane(tabs, editor);
    centre.setOrientation(Orientation.VERTICAL);
    centre.setDividerPositions(settings.values().editorDivider);
    annotation = new AnnotationView(vm.annotations(), session);
    // scrolls rather than squeezing its wrapped texts to one cut-off line on a short window
    ScrollPane annotationPane = new ScrollPane(annotation);
    annotationPane.setFitToWidth(true);
    annotationPane.getStyleClass().add("annotation-pane");
    SplitPane right = new SplitPane(new DetailsView(session), annotationPane);
    right.setOrientation(Orientation.VERTICAL);
    right.setDividerPositions(0.55);
    split = new SplitPane(new BrowserView(vm.browser(), session), centre, right);
    split.setDividerPositions(settings.values().dividers);
    BorderPane root = new BorderPane(split);
    root.setTop(new WindowMenu(this, vm).bar(recentMenu));
    root.setBottom(statusBar());
    root.getStyleClass().add("explorer");
    // as large as comfortable, never larger than the screen
    Rectangle2D screen = Screen.getPrimary().getVisualBounds();
    scene =
        new Scene(
            root,
            Math.min(1400, screen.getWidth() * 0.95),
            Math.min(860, screen.getHeight() * 0.95));
    setDark(settings.values().dark);
    vm.recentFiles().setAll(settings.values().recent);
    vm.recentFiles()
        .addListener(
            (ListChangeListener<String>)
                c -> {
                  settings.values().recent = List.copyOf(vm.recentFiles());
                  settings.save();
                  fillRecent();
                });
    fillRecent();
    // while files are read the pane says so; the welcome is made only once nothing is open
    Label reading = new Label("Reading\u2026");
    reading.getStyleClass().add("empty-state");
    WelcomeView[] made = {null};
    derivation.setWelcome(
        () -> {
          if (vm.loadingProperty().get()) {
            return reading;
          }
          if (made[0] == null) {
            made[0] = welcome();
          }
          return made[0];
        });
    vm.loadingProperty().addListener((o, was, now) -> derivation.emptyChanged());
    vm.problemsProperty()
        .addListener(
            (o, was, now) -> {
              if (!now.isEmpty()) {
                ErrorDialog.create(
                        scene.getWindow(),
                        "Some records could not be read",
                        now.size()
                            + " record(s) were skipped; everything else is open. Each line below"
                            + " names the file, the line or element, and what is wrong.",
                        String.join("\n", now))
                    .show();
              }
            });
    vm.annotations().annotatorProperty().set(settings.values().annotator);
    vm.annotations()
        .annotatorProperty()
        .addListener(
            (o, a, b) -> {
              settings.values().annotator = b;
              settings.save();
            });
    scene.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
    scene.setOnDragOver(
        e -> {
          if (e.getDragboard().hasFiles()) {
            e.acceptTransferModes(TransferMode.COPY);
          }
          e.consume();
        });
    scene.setOnDragDropped(
        e -> {
          if (e.getDragboard().hasFiles()) {
            vm.open(e.getDragboard().getFiles().stream().map(File::toPath).toList());
          }
          e.setDropCompleted(true);
          e.consume();
        });
  }

  public Scene scene() {
    return scene;
  }

  public DerivationView derivationView() {
    return derivation;
  }

  /** The source editor, made on first use (see {@link EditorSlot}). */
  public EditorView editorView() {
    return editor.editor();
  }

  public CompareView compareView() {
    return compare;
  }

  /** Switches between the derivation and the side-by-side comparison. */
  void toggleTab() {
    showTab(1 - tabs.getSelectionModel().getSelectedIndex());
  }

  /** Shows the derivation (0) or the side-by-side comparison (1). */
  public void showTab(int index) {
    tabs.getSelectionModel().select(index);
  }

  public void show(Stage stage) {
    stage.setTitle("Derivation Explorer");
    stage.setScene(scene);
    Settings.Values v = settings.values();
    if (v.width > 200 && v.height > 150 && onSomeScreen(v)) {
      stage.setX(v.x);
      stage.setY(v.y);
      stage.setWidth(v.width);
      stage.setHeight(v.height);
    }
    stage.setMaximized(v.maximized);
    stage.setOnHidden(e -> remember(stage));
    derivation.emptyChanged(); // the welcome, or "Reading…" when files are being opened
    stage.show();
  }

  /** The saved bounds still overlap a screen (monitors come and go). */
  private static boolean onSomeScreen(Settings.Values v) {
    return !Double.isNaN(v.x)
        && !Screen.getScreensForRectangle(v.x, v.y, v.width, v.height).isEmpty();
  }

  private void remember(Stage stage) {
    Settings.Values v = settings.values();
    v.maximized = stage.isMaximized();
    if (!stage.isMaximized()) {
      v.x = stage.getX();
      v.y = stage.getY();
      v.width = stage.getWidth();
      v.height = stage.getHeight();
    }
    v.dividers = split.getDividerPositions();
    v.editorDivider = centre.getDividerPositions()[0];
    v.dark = vm.darkProperty().get();
    settings.save();
  }

  Settings settings() {
    return settings;
  }

  void setDark(boolean dark) {
    Themes.apply(scene, dark ? Themes.DARK : Themes.LIGHT);
    vm.darkProperty().set(dark);
  }

  private void fillRecent() {
    recentMenu.getItems().clear();
    for (String f : vm.recentFiles()) {
      MenuItem item = new MenuItem(f);
      item.setMnemonicParsing(false);
      item.setOnAction(e -> vm.open(List.of(Path.of(f))));
      recentMenu.getItems().add(item);
    }
    recentMenu.setDisable(recentMenu.getItems().isEmpty());
  }

  private void key(KeyEvent e) {
    if (e.getTarget() instanceof TextInputControl || e.getTarget() instanceof ComboBoxBase) {
      return; // typing in the filter box or choosing in a menu
    }
    KeyCode c = e.getCode();
    if (e.getTarget() instanceof GenericStyledArea) {
      if (c == KeyCode.ESCAPE) {
        derivation.requestFocus();
        e.consume();
      }
      return; // the editor's own keys: arrows move the caret
    }
    if (c == KeyCode.F2) {
      editorView().area().requestFocus();
      e.consume();
      return;
    }
    if (AnnotationKeys.handle(e, vm.annotations(), this::askAnnotator)) {
      e.consume();
      return;
    }
    boolean handled = true;
    if (c == KeyCode.DOWN || c == KeyCode.J) {
      vm.navigator().moveStep(1);
    } else if (c == KeyCode.UP || c == KeyCode.K) {
      vm.navigator().moveStep(-1);
    } else if (c == KeyCode.RIGHT) {
      vm.navigator().moveDerivation(1);
    } else if (c == KeyCode.LEFT) {
      vm.navigator().moveDerivation(-1);
    } else if (c == KeyCode.V) {
      vm.navigator().cyclePerturbation();
    } else if (c == KeyCode.M) {
      vm.navigator().cycleModel();
    } else if (c == KeyCode.C && !e.isShortcutDown()) {
      toggleTab();
    } else if (c == KeyCode.E && !e.isShortcutDown()) {
      vm.errorsOnlyProperty().set(!vm.errorsOnlyProperty().get());
    } else if ("?".equals(e.getText()) || (c == KeyCode.SLASH && e.isShiftDown())) {
      help();
    } else {
      handled = false;
    }
    if (handled) {
      e.consume();
    }
  }

  /** Asks for the annotator's name in the annotation panel; the keys come back after. */
  boolean askAnnotator() {
    annotation.askName(derivation::requestFocus);
    return false;
  }

  private WelcomeView welcome() {
    return new WelcomeView(
        () -> {
          Path samples = GuiLauncher.samples();
          if (samples != null) {
            vm.open(List.of(samples));
          }
        },
        () -> new WindowMenu(this, vm).openDialog(),
        () -> Tour.show(scene.getWindow(), vm));
  }

  /** The welcome, the legend and the way in, in a window of its own (Help › Welcome). */
  public void showWelcome() {
    Stage s = new Stage();
    s.initOwner(scene.getWindow());
    s.setTitle("Welcome \u2014 Derivation Explorer");
    WelcomeView w = welcome();
    ScrollPane pane = new ScrollPane(w);
    pane.setFitToWidth(true);
    Scene sc = new Scene(pane, 720, 620);
    sc.getStylesheets().setAll(scene.getStylesheets());
    sc.setOnKeyPressed(
        e -> {
          if (e.getCode() == KeyCode.ESCAPE) {
            s.close();
          }
        });
    s.setScene(sc);
    s.show();
  }

  /** The Report view over what is open, in its own window. */
  public Stage openReport() {
    ReportViewModel r = new ReportViewModel(vm.session(), vm.annotations()::committed);
    return ReportView.open(r, scene.getWindow(), vm.darkProperty().get(), scene.getStylesheets());
  }

  void help() {
    Alert a = new Alert(Alert.AlertType.INFORMATION);
    a.setTitle("Keyboard shortcuts");
    a.setHeaderText("Keyboard shortcuts");
    Label text = new Label(SHORTCUTS);
    text.setStyle("-fx-font-family: monospace;");
    a.getDialogPane().setContent(text);
    a.show();
  }

  /** Writes the selected derivation as a figure (PNG or SVG by extension), in the background. */
  public void export(Path out) {
    vm.exportSelected(out);
  }

  private HBox statusBar() {
    Label status = new Label();
    status.textProperty().bind(vm.statusProperty());
    status.getStyleClass().add("status-text");
    ProgressBar bar = new ProgressBar();
    bar.progressProperty().bind(vm.progressProperty());
    bar.visibleProperty().bind(vm.checkingProperty());
    bar.setPrefWidth(180);
    Button cancel = new Button("Cancel");
    cancel.visibleProperty().bind(vm.checkingProperty());
    cancel.setOnAction(e -> vm.cancel());
    cancel.setFocusTraversable(false);
    Region gap = new Region();
    HBox.setHgrow(gap, Priority.ALWAYS);
    HBox box = new HBox(10, status, gap, bar, cancel);
    box.setPadding(new Insets(4, 10, 4, 10));
    box.getStyleClass().add("status-bar");
    return box;
  }
}
