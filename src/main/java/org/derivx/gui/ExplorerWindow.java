package org.derivx.gui;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.derivx.gui.browser.BrowserView;
import org.derivx.gui.derivation.DerivationView;

/**
 * The main window: menu, browser | derivation | details, and a status bar with the background
 * check's progress and a cancel button. Keys: ↑/↓ or k/j steps, ←/→ derivations, v variants, ?
 * help.
 */
public final class ExplorerWindow {
  static final String SHORTCUTS =
      String.join(
          "\n",
          "\u2191 / k    previous step",
          "\u2193 / j    next step",
          "\u2190 / \u2192    previous / next derivation",
          "v        next variant of the same record",
          "e        only derivations with errors",
          "Ctrl+O   open a file or folder",
          "Ctrl+E   export the derivation as PNG or SVG",
          "?        this list");

  private final ExplorerViewModel vm;
  private final Scene scene;
  private final DerivationView derivation;

  public ExplorerWindow(ExplorerViewModel vm) {
    this.vm = vm;
    MathFonts.load();
    derivation = new DerivationView(vm);
    SplitPane split = new SplitPane(new BrowserView(vm), derivation, new DetailsView(vm));
    split.setDividerPositions(0.24, 0.76);
    BorderPane root = new BorderPane(split);
    root.setTop(menu());
    root.setBottom(statusBar());
    root.getStyleClass().add("explorer");
    // as large as comfortable, never larger than the screen
    javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
    scene =
        new Scene(
            root,
            Math.min(1400, screen.getWidth() * 0.95),
            Math.min(860, screen.getHeight() * 0.95));
    Themes.apply(scene, Themes.LIGHT);
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

  public void show(Stage stage) {
    stage.setTitle("Derivation Explorer");
    stage.setScene(scene);
    stage.show();
  }

  private void key(KeyEvent e) {
    if (e.getTarget() instanceof javafx.scene.control.TextInputControl) {
      return; // typing in the filter box
    }
    boolean handled = true;
    KeyCode c = e.getCode();
    if (c == KeyCode.DOWN || c == KeyCode.J) {
      vm.moveStep(1);
    } else if (c == KeyCode.UP || c == KeyCode.K) {
      vm.moveStep(-1);
    } else if (c == KeyCode.RIGHT) {
      vm.moveDerivation(1);
    } else if (c == KeyCode.LEFT) {
      vm.moveDerivation(-1);
    } else if (c == KeyCode.V) {
      vm.cycleVariant();
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

  private void help() {
    Alert a = new Alert(Alert.AlertType.INFORMATION);
    a.setTitle("Keyboard shortcuts");
    a.setHeaderText("Keyboard shortcuts");
    Label text = new Label(SHORTCUTS);
    text.setStyle("-fx-font-family: monospace;");
    a.getDialogPane().setContent(text);
    a.show();
  }

  private MenuBar menu() {
    MenuItem open = new MenuItem("Open\u2026");
    open.setAccelerator(KeyCombination.keyCombination("Shortcut+O"));
    open.setOnAction(e -> openDialog());
    MenuItem export = new MenuItem("Export derivation\u2026");
    export.setAccelerator(KeyCombination.keyCombination("Shortcut+E"));
    export.setOnAction(e -> exportDialog());
    MenuItem quit = new MenuItem("Quit");
    quit.setAccelerator(KeyCombination.keyCombination("Shortcut+Q"));
    quit.setOnAction(e -> scene.getWindow().hide());
    MenuItem light = new MenuItem("Light theme");
    light.setOnAction(
        e -> {
          Themes.apply(scene, Themes.LIGHT);
          vm.darkProperty().set(false);
        });
    MenuItem dark = new MenuItem("Dark theme");
    dark.setOnAction(
        e -> {
          Themes.apply(scene, Themes.DARK);
          vm.darkProperty().set(true);
        });
    MenuItem keys = new MenuItem("Keyboard shortcuts");
    keys.setOnAction(e -> help());
    return new MenuBar(
        new Menu("File", null, open, export, quit),
        new Menu("View", null, light, dark),
        new Menu("Help", null, keys));
  }

  private void openDialog() {
    FileChooser fc = new FileChooser();
    fc.setTitle("Open a dataset");
    fc.getExtensionFilters()
        .add(new FileChooser.ExtensionFilter("Derivations", "*.json", "*.jsonl", "*.txt"));
    List<File> files = fc.showOpenMultipleDialog(scene.getWindow());
    if (files != null && !files.isEmpty()) {
      vm.open(files.stream().map(File::toPath).toList());
    }
  }

  private void exportDialog() {
    if (vm.selectedProperty().get() == null) {
      return;
    }
    FileChooser fc = new FileChooser();
    fc.setTitle("Export the derivation");
    fc.getExtensionFilters()
        .addAll(
            new FileChooser.ExtensionFilter("PNG image", "*.png"),
            new FileChooser.ExtensionFilter("SVG drawing", "*.svg"));
    fc.setInitialFileName(vm.selectedProperty().get().id().replaceAll("[^\\w.-]", "_") + ".png");
    File f = fc.showSaveDialog(scene.getWindow());
    if (f != null) {
      export(f.toPath());
    }
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
