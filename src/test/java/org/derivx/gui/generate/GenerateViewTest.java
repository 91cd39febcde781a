package org.derivx.gui.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.stage.Stage;
import org.derivx.check.CheckOptions;
import org.derivx.gui.math.FormulaCanvas;
import org.derivx.gui.session.Tasks;
import org.derivx.lm.TinyLlama;
import org.derivx.render.VerdictStyle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Generate panel, headless, on a tiny random-weight model written by our own code. */
@ExtendWith(ApplicationExtension.class)
class GenerateViewTest {
  @TempDir static Path dir;
  private GenerateViewModel vm;

  @Start
  void start(Stage stage) throws Exception {
    Path tiny = dir.resolve("tiny.gguf");
    TinyLlama.write(tiny, true);
    vm = new GenerateViewModel(Tasks.fx(2), CheckOptions.defaults().withSymbolic(false));
    vm.modelProperty().set(tiny.toString());
    stage.setScene(new Scene(new GenerateView(vm), 900, 500));
    stage.setOnHidden(e -> vm.close());
    stage.show();
  }

  @Test
  void aTypedPromptIsAnsweredAndEachEquationGetsAVerdict(FxRobot robot) throws Exception {
    robot.clickOn("#generate-prompt").write("f{(x)} = x^{2}, then obtain g = 2 x");
    robot.interact(() -> vm.maxTokensProperty().set(30));
    robot.clickOn("#generate-run");
    WaitForAsyncUtils.waitFor(
        60, TimeUnit.SECONDS, () -> vm.statusProperty().get().startsWith("Done"));
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(vm.promptProperty().get()).isEqualTo("f{(x)} = x^{2}, then obtain g = 2 x");
    assertThat(vm.textProperty().get()).isNotEmpty();
    assertThat(vm.steps()).isNotEmpty().allSatisfy(r -> assertThat(r.verdict()).isNotNull());
    // each completed equation typeset, with its verdict's word
    assertThat(robot.lookup("#generate-steps .list-cell").queryAllAs(ListCell.class))
        .anyMatch(c -> c.getGraphic() != null && c.getItem() != null);
    assertThat(robot.lookup("#generate-steps .formula").queryAllAs(FormulaCanvas.class))
        .isNotEmpty()
        .allSatisfy(c -> assertThat(c.getWidth()).isPositive());
    String word = VerdictStyle.of(vm.steps().get(0).verdict()).word();
    assertThat(robot.lookup("#generate-steps .generate-verdict").queryAllAs(Label.class))
        .anyMatch(l -> l.getText().equals(word));
  }

  @Test
  void stopEndsAGenerationAndKeepsWhatWasWritten(FxRobot robot) throws Exception {
    robot.interact(
        () -> {
          vm.promptProperty().set("y = x");
          vm.maxTokensProperty().set(100_000); // with the grammar only Stop ends it soon
          vm.grammarProperty().set(true);
        });
    robot.clickOn("#generate-run");
    WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !vm.textProperty().get().isEmpty());
    robot.clickOn("#generate-stop");
    WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !vm.runningProperty().get());
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(vm.statusProperty().get()).startsWith("Stopped after");
    assertThat(vm.textProperty().get()).isNotEmpty();
  }

  @Test
  void aKilledModelProcessIsReportedAndTheNextGenerationWorks(FxRobot robot) throws Exception {
    robot.interact(
        () -> {
          vm.promptProperty().set("y = x");
          vm.maxTokensProperty().set(100_000);
        });
    robot.clickOn("#generate-run");
    WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !vm.textProperty().get().isEmpty());
    long pid = vm.processId();
    assertThat(pid).isPositive();
    ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
    WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !vm.runningProperty().get());
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(vm.statusProperty().get())
        .contains("stopped while generating")
        .contains("restarted");
    robot.interact(() -> vm.maxTokensProperty().set(10));
    robot.clickOn("#generate-run");
    WaitForAsyncUtils.waitFor(
        60, TimeUnit.SECONDS, () -> vm.statusProperty().get().startsWith("Done"));
  }
}
