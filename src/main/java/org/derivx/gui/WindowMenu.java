package org.derivx.gui;

import java.io.File;
import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.derivx.gui.generate.GenerateView;
import org.derivx.gui.generate.GenerateViewModel;

/** The main window's menus and the file dialogs they open. */
final class WindowMenu {
  private final ExplorerWindow w;
  private final ExplorerViewModel vm;

  WindowMenu(ExplorerWindow w, ExplorerViewModel vm) {
    this.w = w;
    this.vm = vm;
  }

  MenuBar bar(Menu recentMenu) {
    MenuItem open = new MenuItem("Open\u2026");
    open.setAccelerator(KeyCombination.keyCombination("Shortcut+O"));
    open.setOnAction(e -> openDialog());
    MenuItem export = new MenuItem("Export derivation\u2026");
    export.setAccelerator(KeyCombination.keyCombination("Shortcut+E"));
    export.setOnAction(e -> exportDialog());
    MenuItem quit = new MenuItem("Quit");
    quit.setAccelerator(KeyCombination.keyCombination("Shortcut+Q"));
    quit.setOnAction(e -> w.scene().getWindow().hide());
    MenuItem light = new MenuItem("Light theme");
    light.setOnAction(e -> w.setDark(false));
    MenuItem dark = new MenuItem("Dark theme");
    dark.setOnAction(e -> w.setDark(true));
    MenuItem side = new MenuItem("Reference beside generation");
    side.setOnAction(e -> w.toggleTab());
    MenuItem annotator = new MenuItem("Annotator name\u2026");
    annotator.setOnAction(e -> w.askAnnotator());
    CheckMenuItem adjudicate = new CheckMenuItem("Adjudication mode");
    adjudicate.selectedProperty().bindBidirectional(vm.annotations().adjudicatingProperty());
    MenuItem exportLabels = new MenuItem("Export annotations\u2026");
    exportLabels.setOnAction(e -> exportAnnotations());
    MenuItem report = new MenuItem("Report\u2026");
    report.setAccelerator(KeyCombination.keyCombination("Shortcut+R"));
    report.setOnAction(e -> w.openReport());
    MenuItem generate = new MenuItem("Generate with a local model\u2026");
    generate.setOnAction(e -> openGenerate());
    MenuItem keys = new MenuItem("Keyboard shortcuts");
    keys.setOnAction(e -> w.help());
    MenuItem welcomeItem = new MenuItem("Welcome and colour legend");
    welcomeItem.setOnAction(e -> w.showWelcome());
    MenuItem tour = new MenuItem("Tour of the keys");
    tour.setOnAction(e -> Tour.show(w.scene().getWindow(), vm));
    return new MenuBar(
        new Menu("File", null, open, recentMenu, export, quit),
        new Menu("View", null, side, report, generate, light, dark),
        new Menu("Annotate", null, annotator, adjudicate, exportLabels),
        new Menu("Help", null, welcomeItem, tour, keys));
  }

  /**
   * The Generate panel, themed like the window, its model remembered in the settings, its prompt
   * the selected derivation's (if any); results join the open dataset.
   */
  void openGenerate() {
    GenerateViewModel g =
        new GenerateViewModel(vm.session(), DerivxApp.checkOptions(), vm.generateTarget());
    Settings settings = w.settings();
    g.modelProperty().set(settings.values().generateModel);
    g.modelProperty()
        .addListener(
            (o, a, b) -> {
              settings.values().generateModel = b.strip().isEmpty() ? "builtin" : b.strip();
              settings.save();
            });
    if (vm.selectedProperty().get() != null) {
      g.useSelection();
    }
    Stage stage = GenerateView.open(w.scene().getWindow(), g);
    InvalidationListener theme =
        o -> Themes.apply(stage.getScene(), vm.darkProperty().get() ? Themes.DARK : Themes.LIGHT);
    theme.invalidated(null);
    vm.darkProperty().addListener(theme);
    stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> vm.darkProperty().removeListener(theme));
  }

  void openDialog() {
    FileChooser fc = new FileChooser();
    fc.setTitle("Open a dataset");
    fc.getExtensionFilters()
        .add(new FileChooser.ExtensionFilter("Derivations", "*.json", "*.jsonl", "*.txt"));
    List<File> files = fc.showOpenMultipleDialog(w.scene().getWindow());
    if (files != null && !files.isEmpty()) {
      vm.open(files.stream().map(File::toPath).toList());
    }
  }

  void exportDialog() {
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
    File f = fc.showSaveDialog(w.scene().getWindow());
    if (f != null) {
      w.export(f.toPath());
    }
  }

  void exportAnnotations() {
    FileChooser fc = new FileChooser();
    fc.setTitle("Export annotations");
    fc.getExtensionFilters()
        .addAll(
            new FileChooser.ExtensionFilter("CSV", "*.csv"),
            new FileChooser.ExtensionFilter("JSON lines", "*.jsonl"));
    fc.setInitialFileName("annotations.csv");
    File f = fc.showSaveDialog(w.scene().getWindow());
    if (f != null) {
      vm.annotations().export(f.toPath());
    }
  }
}
