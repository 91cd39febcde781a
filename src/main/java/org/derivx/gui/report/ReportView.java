package org.derivx.gui.report;

import java.io.File;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.derivx.render.ChartPainter;
import org.derivx.report.Chart;
import org.jfree.fx.FXGraphics2D;

/**
 * The Report view: the report's charts, drawn by the same painter as the exported files, with
 * exports of the chart shown (PNG, SVG) and of the whole report (HTML, CSVs, charts).
 */
public final class ReportView extends BorderPane {
  private final ReportViewModel vm;
  private final ListView<Chart> list = new ListView<>();
  private final Canvas canvas = new Canvas();
  private final boolean dark;

  public ReportView(ReportViewModel vm, boolean dark) {
    this.vm = vm;
    this.dark = dark;
    getStyleClass().add("report-view");
    getProperties().put(ReportViewModel.class, vm);
    list.setItems(vm.charts());
    list.setCellFactory(
        l ->
            new ListCell<>() {
              @Override
              protected void updateItem(Chart c, boolean empty) {
                super.updateItem(c, empty);
                setText(empty || c == null ? null : c.title());
                setWrapText(true);
                setPrefWidth(0); // wrap within the list's width instead of scrolling sideways
              }
            });
    list.setPrefWidth(280);
    list.getSelectionModel().selectedItemProperty().addListener(o -> paint());
    vm.charts()
        .addListener(
            (ListChangeListener<Chart>)
                c -> {
                  if (!vm.charts().isEmpty()) {
                    // open on the checker's chart (every checked step), not on the annotators'
                    // (often a handful of labels)
                    list.getSelectionModel().select(ReportViewModel.opening(vm.charts()));
                  }
                  paint();
                });
    Pane holder = new Pane(canvas);
    canvas.widthProperty().bind(holder.widthProperty());
    canvas.heightProperty().bind(holder.heightProperty());
    canvas.widthProperty().addListener(o -> paint());
    canvas.heightProperty().addListener(o -> paint());
    Button refresh = new Button("Refresh");
    refresh.setOnAction(e -> vm.refresh());
    Button png = new Button("Export PNG\u2026");
    png.setOnAction(e -> exportChart("PNG image", "*.png", ".png"));
    Button svg = new Button("Export SVG\u2026");
    svg.setOnAction(e -> exportChart("SVG drawing", "*.svg", ".svg"));
    Button all = new Button("Write report\u2026");
    all.setOnAction(e -> writeReport());
    Label status = new Label();
    status.textProperty().bind(vm.statusProperty());
    HBox bar = new HBox(8, refresh, png, svg, all, status);
    bar.setPadding(new Insets(6, 8, 6, 8));
    Label summary = new Label();
    summary.textProperty().bind(vm.summaryProperty());
    summary.setWrapText(true);
    summary.getStyleClass().add("report-summary");
    summary.setPadding(new Insets(6));
    VBox left = new VBox(list, summary);
    VBox.setVgrow(list, Priority.ALWAYS);
    left.setPrefWidth(280);
    setLeft(left);
    setCenter(holder);
    setBottom(bar);
  }

  /** The chart shown (for tests). */
  public Chart shown() {
    return list.getSelectionModel().getSelectedItem();
  }

  public Canvas canvas() {
    return canvas;
  }

  private void paint() {
    Chart c = shown();
    double w = canvas.getWidth();
    double h = canvas.getHeight();
    canvas.getGraphicsContext2D().clearRect(0, 0, w, h);
    if (c != null && w > 10 && h > 10) {
      ChartPainter.paint(
          new FXGraphics2D(canvas.getGraphicsContext2D()),
          w,
          h,
          c,
          dark ? ChartPainter.Theme.DARK : ChartPainter.Theme.LIGHT);
    }
  }

  private void exportChart(String what, String pattern, String ext) {
    Chart c = shown();
    if (c == null) {
      return;
    }
    FileChooser fc = new FileChooser();
    fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(what, pattern));
    fc.setInitialFileName(c.slug() + ext);
    File f = fc.showSaveDialog(getScene().getWindow());
    if (f != null) {
      vm.exportChart(c, f.toPath());
    }
  }

  private void writeReport() {
    DirectoryChooser dc = new DirectoryChooser();
    dc.setTitle("Write the report into a folder");
    File f = dc.showDialog(getScene().getWindow());
    if (f != null) {
      vm.writeReport(f.toPath());
    }
  }

  /** Opens the view in its own window and computes the report. */
  public static Stage open(ReportViewModel vm, Window owner, boolean dark, List<String> css) {
    ReportView v = new ReportView(vm, dark);
    Stage s = new Stage();
    s.initOwner(owner);
    s.setTitle("Report \u2014 Derivation Explorer");
    Scene scene = new Scene(v, 1100, 650);
    scene.getStylesheets().setAll(css);
    s.setScene(scene);
    s.show();
    vm.refresh();
    return s;
  }
}
