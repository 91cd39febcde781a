package org.derivx.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.derivx.check.CheckOptions;
import org.derivx.gui.generate.GenerateView;
import org.derivx.gui.session.Item;
import org.derivx.gui.session.Tasks;
import org.derivx.lm.DerivationPrompt;
import org.derivx.lm.TinyLlama;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Generate panel opened from the window (a tiny fixture model): the selected derivation's
 * prompt is filled in, the result joins the open dataset and the JSONL beside it, and the chosen
 * model is remembered in the settings across a restart.
 */
@ExtendWith(ApplicationExtension.class)
class GenerateFromWindowTest {
  @TempDir Path dir;
  private ExplorerViewModel vm;
  private ExplorerWindow window;
  private Path settingsFile;
  private Path tiny;
  private Path dataset;

  @Start
  void start(Stage stage) throws Exception {
    tiny = dir.resolve("tiny.gguf");
    TinyLlama.write(tiny, true);
    dataset = dir.resolve("hand-written.jsonl");
    Files.copy(ExplorerViewModelTest.SAMPLE, dataset);
    settingsFile = dir.resolve("settings.json");
    vm = new ExplorerViewModel(Tasks.fx(2), CheckOptions.defaults().withSymbolic(false));
    window = new ExplorerWindow(vm, Settings.load(settingsFile));
    window.show(stage);
    vm.open(List.of(dataset));
  }

  @Test
  void theSelectionsPromptIsAnsweredJoinsTheDatasetAndTheModelIsRemembered(FxRobot robot)
      throws Exception {
    WaitForAsyncUtils.waitFor(
        60, TimeUnit.SECONDS, () -> !vm.items().isEmpty() && !vm.checkingProperty().get());
    WaitForAsyncUtils.waitForAsyncFx(10_000, () -> vm.navigator().select("valid-chain", null));
    Item chain = vm.selectedProperty().get();
    int before = vm.items().size();

    robot.interact(() -> new WindowMenu(window, vm).openGenerate());
    TextArea prompt = robot.lookup("#generate-prompt").queryAs(TextArea.class);
    assertThat(prompt.getText()).isEqualTo(DerivationPrompt.text(chain.record().prompt()).strip());
    TextField model = robot.lookup("#generate-model").queryAs(TextField.class);
    assertThat(model.getText()).isEqualTo("builtin"); // nothing chosen yet
    robot.interact(
        () -> {
          model.setText(tiny.toString());
          robot.lookup("#generate-max").queryAs(TextField.class).setText("30");
        });
    robot.clickOn("#generate-run");
    WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> vm.items().size() > before);
    WaitForAsyncUtils.waitForFxEvents();

    Item g = vm.items().get(vm.items().size() - 1);
    assertThat(g.id()).isEqualTo("valid-chain");
    assertThat(g.derivation().name()).isEqualTo("static_tiny");
    assertThat(g.report()).isNotNull();
    assertThat(vm.models()).contains("tiny");
    Path jsonl = dir.resolve("hand-written.generated.jsonl");
    assertThat(vm.generatedJsonl()).isEqualTo(jsonl);
    assertThat(Files.readAllLines(jsonl)).hasSize(1);

    // the panel closed and the app restarted: the chosen model is the one offered
    robot.interact(() -> panel(robot).hide());
    assertThat(Settings.load(settingsFile).values().generateModel).isEqualTo(tiny.toString());
    ExplorerViewModel restarted =
        new ExplorerViewModel(Tasks.fx(2), CheckOptions.defaults().withSymbolic(false));
    robot.interact(
        () -> {
          ExplorerWindow again = new ExplorerWindow(restarted, Settings.load(settingsFile));
          again.show(new Stage());
          new WindowMenu(again, restarted).openGenerate();
        });
    assertThat(robot.lookup("#generate-model").queryAs(TextField.class).getText())
        .isEqualTo(tiny.toString());
  }

  private static Stage panel(FxRobot robot) {
    for (Window w : robot.listWindows()) {
      if (w instanceof Stage s && s.getScene().getRoot() instanceof GenerateView) {
        return s;
      }
    }
    throw new AssertionError("no Generate panel open");
  }
}
