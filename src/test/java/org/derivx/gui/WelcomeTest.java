package org.derivx.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.derivx.check.CheckOptions;
import org.derivx.gui.session.Tasks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The first minute: the welcome with the legend and the samples, and unreadable records. */
@ExtendWith(ApplicationExtension.class)
class WelcomeTest {
  @TempDir static Path dir;
  private ExplorerViewModel vm;

  @Start
  void start(Stage stage) {
    vm = new ExplorerViewModel(Tasks.fx(2), CheckOptions.defaults());
    new ExplorerWindow(vm).show(stage);
  }

  @Test
  void nothingOpenShowsTheWelcomeWithTheLegendAndOpensTheSamples(FxRobot robot) throws Exception {
    assertThat(robot.lookup(".welcome").tryQuery()).isPresent();
    List<String> words =
        robot.lookup(".legend-word").queryAllAs(Labeled.class).stream()
            .map(Labeled::getText)
            .toList();
    assertThat(words)
        .contains(
            "\u2713  valid",
            "\u00BB  skipped",
            "=  redundant",
            "\u2205  irrelevant",
            "\u2717  incorrect");
    robot.clickOn("Open the samples");
    WaitForAsyncUtils.waitFor(
        60, TimeUnit.SECONDS, () -> vm.items().size() > 20 && !vm.checkingProperty().get());
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(robot.lookup(".welcome").tryQuery()).isEmpty();
    assertThat(vm.selectedProperty().get()).isNotNull();
  }

  /**
   * Opening files shows a line while they are read, not the welcome (whose styling held up the
   * first frame); a read that finds no derivation brings the welcome back.
   */
  @Test
  void whileAFileIsReadThePaneSaysSoAndAnEmptyReadBringsTheWelcomeBack(FxRobot robot)
      throws Exception {
    Path empty = dir.resolve("empty.jsonl");
    Files.writeString(empty, "\n");
    List<String> seen = new ArrayList<>();
    robot.interact(
        () -> {
          vm.open(List.of(empty));
          // as the window is before the reader's first batch comes back to the FX thread
          seen.add(robot.lookup(".welcome").tryQuery().isPresent() ? "welcome" : "no welcome");
          robot
              .lookup(".empty-state")
              .queryAllAs(Labeled.class)
              .forEach(l -> seen.add(l.getText()));
        });
    assertThat(seen).containsExactly("no welcome", "Reading\u2026");
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !vm.loadingProperty().get());
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(vm.items()).isEmpty();
    assertThat(robot.lookup(".welcome").tryQuery()).isPresent();
    assertThat(robot.lookup(".legend-word").queryAll()).isNotEmpty();
  }

  /** With a file open, opening another says "Reading…" too, not "no derivation matches". */
  @Test
  void openingAnotherFileSaysReading(FxRobot robot) throws Exception {
    Path one = dir.resolve("one.jsonl");
    Path two = dir.resolve("two.jsonl");
    Files.writeString(one, "{\"id\": \"a\", \"steps\": [\"x = 1\"]}\n");
    Files.writeString(two, "{\"id\": \"b\", \"steps\": [\"y = 2\"]}\n");
    robot.interact(() -> vm.open(List.of(one)));
    WaitForAsyncUtils.waitFor(
        30,
        TimeUnit.SECONDS,
        () -> !vm.loadingProperty().get() && vm.selectedProperty().get() != null);
    WaitForAsyncUtils.waitForFxEvents();
    List<String> seen = new ArrayList<>();
    robot.interact(
        () -> {
          vm.open(List.of(two));
          robot
              .lookup(".empty-state")
              .queryAllAs(Labeled.class)
              .forEach(l -> seen.add(l.getText()));
        });
    assertThat(seen).containsExactly("Reading\u2026");
    WaitForAsyncUtils.waitFor(
        30,
        TimeUnit.SECONDS,
        () -> !vm.loadingProperty().get() && vm.selectedProperty().get() != null);
    assertThat(vm.selectedProperty().get().id()).isEqualTo("b");
  }

  @Test
  void unreadableRecordsAreListedInADialogWithTheDetails(FxRobot robot) throws Exception {
    Path f = dir.resolve("broken.jsonl");
    Files.writeString(
        f,
        "{\"id\": \"ok\", \"steps\": [\"x = 1\"]}\n{\"id\": \"bad\", \"steps\": 7}\n{not json\n");
    robot.interact(() -> vm.open(List.of(f)));
    WaitForAsyncUtils.waitFor(
        30, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
    WaitForAsyncUtils.waitForFxEvents();
    DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
    assertThat(pane.getHeaderText()).isEqualTo("Some records could not be read");
    String details = robot.lookup(".dialog-pane .text-area").queryAs(TextArea.class).getText();
    assertThat(details)
        .contains("broken.jsonl:2: \"steps\" should be an array")
        .contains("broken.jsonl:3: malformed JSON");
    assertThat(vm.items()).hasSize(1);
    robot.interact(() -> ((Stage) pane.getScene().getWindow()).close());
  }
}
