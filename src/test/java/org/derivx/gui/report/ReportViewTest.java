package org.derivx.gui.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ListCell;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.derivx.check.CheckOptions;
import org.derivx.gui.ExplorerViewModel;
import org.derivx.gui.ExplorerWindow;
import org.derivx.gui.session.Tasks;
import org.derivx.report.Chart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Report view over the open paper-layout sample: charts drawn, exports written. */
@ExtendWith(ApplicationExtension.class)
class ReportViewTest {
  @TempDir static Path dir;
  private ExplorerViewModel vm;
  private ExplorerWindow window;

  @Start
  void start(Stage stage) throws Exception {
    Path data = dir.resolve("paper.json");
    Files.copy(Path.of("sample-derivations/paper-layout_results.json"), data);
    vm = new ExplorerViewModel(Tasks.fx(2), CheckOptions.defaults());
    window = new ExplorerWindow(vm);
    window.show(stage);
    vm.open(List.of(data));
  }

  @Test
  void chartsOfWhatIsOpenAreDrawnAndExported(FxRobot robot) throws Exception {
    WaitForAsyncUtils.waitFor(
        60, TimeUnit.SECONDS, () -> !vm.items().isEmpty() && !vm.checkingProperty().get());
    Stage[] report = new Stage[1];
    robot.interact(() -> report[0] = window.openReport());
    ReportView view = (ReportView) report[0].getScene().getRoot();
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> view.shown() != null);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(view.shown().title()).startsWith("Step categories per model and perturbation");
    List<String> titles =
        robot.lookup(".list-cell").queryAllAs(ListCell.class).stream()
            .map(c -> c.getText())
            .filter(t -> t != null)
            .toList();
    assertThat(titles).contains("Score drop under each perturbation");
    // the canvas shows the chart: many pixels differ from the white background
    WritableImage[] img = new WritableImage[1];
    robot.interact(() -> img[0] = view.canvas().snapshot(null, null));
    int coloured = 0;
    for (int y = 0; y < img[0].getHeight(); y += 4) {
      for (int x = 0; x < img[0].getWidth(); x += 4) {
        Color c = img[0].getPixelReader().getColor(x, y);
        if (c.getSaturation() > 0.5) {
          coloured++;
        }
      }
    }
    assertThat(coloured).as("coloured pixels of the bars").isGreaterThan(200);
    ReportViewModel model = (ReportViewModel) view.getProperties().get(ReportViewModel.class);
    // no flagger (no model in this test) and no annotations: nothing to compare yet
    assertThat(model.summaryProperty().get()).doesNotContain("annotators");
    // exports of the chart shown
    Chart c = view.shown();
    ReportViewModel rvm = (ReportViewModel) view.getProperties().get(ReportViewModel.class);
    rvm.exportChart(c, dir.resolve("chart.png"));
    rvm.exportChart(c, dir.resolve("chart.svg"));
    rvm.writeReport(dir.resolve("report"));
    WaitForAsyncUtils.waitFor(
        20, TimeUnit.SECONDS, () -> Files.exists(dir.resolve("report").resolve("report.html")));
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> Files.exists(dir.resolve("chart.svg")));
    assertThat(Files.size(dir.resolve("chart.png"))).isPositive();
    assertThat(Files.readString(dir.resolve("chart.svg"))).contains("<svg");
  }
}
