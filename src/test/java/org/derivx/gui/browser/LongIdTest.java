package org.derivx.gui.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.derivx.check.CheckOptions;
import org.derivx.gui.ExplorerViewModel;
import org.derivx.gui.ExplorerWindow;
import org.derivx.gui.session.Tasks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A long record id is cut with an ellipsis and the verdict badge stays in view (it was pushed out
 * of the browser's right edge, with the id shown whole).
 */
@ExtendWith(ApplicationExtension.class)
class LongIdTest {
  private static final String LONG_ID =
      "a-rather-long-record-identifier-from-a-lab-pipeline-with-a-suffix-that-goes-on";

  @TempDir static Path dir;
  private ExplorerViewModel vm;

  @Start
  void start(Stage stage) throws Exception {
    Path file = dir.resolve("long-ids.jsonl");
    String first =
        Files.readAllLines(Path.of("sample-derivations/hand-written.jsonl"), StandardCharsets.UTF_8)
            .get(0);
    Files.writeString(
        file, first.replaceFirst("\"id\":\\s*\"[^\"]*\"", "\"id\": \"" + LONG_ID + "\"") + "\n");
    vm = new ExplorerViewModel(Tasks.fx(2), CheckOptions.defaults());
    new ExplorerWindow(vm).show(stage);
    vm.open(List.of(file));
  }

  @Test
  void theBadgeStaysInViewAndTheIdIsCut(FxRobot robot) throws Exception {
    WaitForAsyncUtils.waitFor(
        60, TimeUnit.SECONDS, () -> !vm.items().isEmpty() && !vm.checkingProperty().get());
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(vm.items()).extracting(i -> i.id()).containsOnly(LONG_ID);

    Label id = robot.lookup(".item-id").queryAs(Label.class);
    Label badge = robot.lookup(".item-badge").queryAs(Label.class);
    Node list = badge;
    while (!(list instanceof ListView<?>)) {
      list = list.getParent();
    }
    assertThat(id.getText()).isEqualTo(LONG_ID);
    assertThat(badge.getText()).isNotBlank();

    Bounds inList = bounds(list);
    Bounds b = bounds(badge);
    assertThat(b.getWidth()).isPositive();
    assertThat(b.getMaxX())
        .as("badge's right edge within the list")
        .isLessThanOrEqualTo(inList.getMaxX());
    // the id gave way: narrower than its text would need
    assertThat(id.getWidth()).isLessThan(id.prefWidth(-1));
  }

  private static Bounds bounds(Node n) {
    return n.localToScene(n.getBoundsInLocal());
  }
}
