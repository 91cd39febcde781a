package org.derivx.gui.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.derivx.annotate.AnnotationStore;
import org.derivx.annotate.DerivationLabel;
import org.derivx.annotate.StepLabel;
import org.derivx.check.CheckOptions;
import org.derivx.derivation.StepCategory;
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
 * Twenty derivations annotated with the keyboard alone, in the real window: the name asked once,
 * Enter accepts the checker's verdict, digits set a category, Tab finds the next unlabelled step,
 * Ctrl+Z and Ctrl+Y undo and redo; then the store on disk holds every label.
 */
@ExtendWith(ApplicationExtension.class)
class AnnotateByKeyboardTest {
  @TempDir static Path dir;
  private ExplorerViewModel vm;
  private Path data;

  @Start
  void start(Stage stage) throws Exception {
    data = dir.resolve("twenty.jsonl");
    List<String> lines = new ArrayList<>();
    for (int n = 1; n <= 20; n++) {
      String k = String.valueOf(n + 1);
      lines.add(
          "{\"id\": \"d"
              + n
              + "\", \"prompt\": {\"premises\": [\"f = "
              + k
              + " x\"], \"goal\":"
              + " \"\\\\frac{d}{d x} f = "
              + k
              + "\"}, \"steps\": [\"f = "
              + k
              + " x\","
              + " \"\\\\frac{d}{d x} f = "
              + k
              + "\", \"\\\\frac{d}{d x} f = "
              + k
              + "\"]}");
    }
    Files.write(data, lines);
    vm = new ExplorerViewModel(Tasks.fx(2), CheckOptions.defaults());
    new ExplorerWindow(vm).show(stage);
    vm.open(List.of(data));
  }

  @Test
  void twentyDerivationsByKeyboard(FxRobot robot) throws Exception {
    WaitForAsyncUtils.waitFor(
        60, TimeUnit.SECONDS, () -> vm.items().size() == 20 && !vm.checkingProperty().get());
    WaitForAsyncUtils.waitForFxEvents();
    AnnotationViewModel a = vm.annotations();
    // the first annotation key asks for the annotator's name, in the panel; the digit itself
    // must not end up in the name (it did once: its KEY_TYPED reached the new field)
    robot.type(KeyCode.DIGIT2);
    WaitForAsyncUtils.waitForFxEvents();
    robot.write("ann");
    robot.type(KeyCode.ENTER);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(a.annotatorProperty().get()).isEqualTo("ann");
    for (int n = 1; n <= 20; n++) {
      assertThat(vm.selectedProperty().get().id()).isEqualTo("d" + n);
      assertThat(vm.selectedStepProperty().get()).isEqualTo(1);
      robot.type(KeyCode.ENTER); // step 1: the checker's PREMISE → VALID, and on to step 2
      robot.type(KeyCode.DIGIT2); // step 2 skips the derivative's evaluation: SKIPPED
      robot.type(KeyCode.TAB); // to step 3
      robot.type(KeyCode.DIGIT3); // a repeat: REDUNDANT
      robot.type(KeyCode.TAB); // to the next derivation
      WaitForAsyncUtils.waitForFxEvents();
    }
    assertThat(a.progressProperty().get()).startsWith("20 of 20 annotated");
    robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(a.progressProperty().get()).startsWith("19 of 20 annotated");
    robot.press(KeyCode.CONTROL).type(KeyCode.Y).release(KeyCode.CONTROL);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(a.progressProperty().get()).startsWith("20 of 20 annotated");

    // every label so far is committed when the store's queue is idle
    boolean[] idle = {false};
    robot.interact(() -> a.committed(st -> idle[0] = true));
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> idle[0]);
    try (AnnotationStore s = AnnotationStore.open(a.storeFile())) {
      List<StepLabel> all = s.allSteps();
      assertThat(all).hasSize(60).allSatisfy(l -> assertThat(l.annotator()).isEqualTo("ann"));
      assertThat(all.stream().filter(l -> l.step() == 1))
          .allSatisfy(l -> assertThat(l.category()).isEqualTo(StepCategory.VALID));
      assertThat(all.stream().filter(l -> l.step() == 2))
          .allSatisfy(l -> assertThat(l.category()).isEqualTo(StepCategory.SKIPPED));
      assertThat(all.stream().filter(l -> l.step() == 3))
          .allSatisfy(l -> assertThat(l.category()).isEqualTo(StepCategory.REDUNDANT));
      // time spent was measured for the derivations left behind
      assertThat(s.allDerivations())
          .hasSizeGreaterThanOrEqualTo(19)
          .allSatisfy(d -> assertThat(d.seconds()).isPositive());
      assertThat(s.allDerivations().stream().mapToDouble(DerivationLabel::seconds).sum())
          .isPositive();
    }
    assertThat(a.storeFile()).isEqualTo(dir.resolve("twenty.jsonl.derivx.db"));
  }
}
