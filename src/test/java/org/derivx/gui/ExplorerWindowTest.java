package org.derivx.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderStroke;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.derivx.check.Verdict;
import org.derivx.gui.math.FormulaCanvas;
import org.derivx.gui.session.Tasks;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real window, headless (Monocle): open a sample, step by keyboard, see verdicts, export. */
@ExtendWith(ApplicationExtension.class)
class ExplorerWindowTest {
  private ExplorerViewModel vm;
  private ExplorerWindow window;

  @Start
  void start(Stage stage) {
    vm = new ExplorerViewModel(Tasks.fx(2), DerivxApp.checkOptions());
    window = new ExplorerWindow(vm);
    window.show(stage);
    vm.open(List.of(ExplorerViewModelTest.SAMPLE));
  }

  @BeforeEach
  void loaded() throws Exception {
    // loading and checking run in the background, as in the app; wait for them
    WaitForAsyncUtils.waitFor(
        60, TimeUnit.SECONDS, () -> !vm.items().isEmpty() && !vm.checkingProperty().get());
    WaitForAsyncUtils.waitForAsyncFx(10_000, () -> vm.navigator().select("skipped-step", null));
    WaitForAsyncUtils.waitForFxEvents();
  }

  @Test
  void showsTheSelectedDerivationTypesetWithVerdictColours(FxRobot robot) {
    var view = window.derivationView();
    assertThat(view.stepCount()).isEqualTo(3);
    assertThat(robot.lookup(".formula").queryAllAs(FormulaCanvas.class))
        .anySatisfy(c -> assertThat(c.latex()).contains("\\frac{d}{d a}"))
        .allSatisfy(c -> assertThat(c.getWidth()).isPositive());
    VBox skipped = view.stepRow(2);
    assertThat(skipped.getStyleClass()).contains("verdict-skipped");
    assertThat(leftBorder(skipped)).isEqualTo(Color.web("#E69F00"));
    assertThat(leftBorder(view.stepRow(3))).isEqualTo(Color.web("#009E73"));
    assertThat(robot.lookup(".justification").queryLabeled().getText()).startsWith("premise");
  }

  @Test
  void theDetailsSayHowSymjaConfirmedAValidStep(FxRobot robot) {
    WaitForAsyncUtils.waitForAsyncFx(10_000, () -> vm.selectedStepProperty().set(3));
    WaitForAsyncUtils.waitForFxEvents();
    List<String> shown =
        robot.lookup(".details-key").queryAllAs(Label.class).stream()
            .filter(Label::isVisible)
            .map(Label::getText)
            .toList();
    assertThat(shown).contains("Confirmed");
    assertThat(robot.lookup(".details-value").queryAllAs(Label.class))
        .anySatisfy(l -> assertThat(l.getText()).isEqualTo("symbolic"));
  }

  @Test
  void arrowsAndVimKeysMoveBetweenStepsAndDerivations(FxRobot robot) {
    var view = window.derivationView();
    assertThat(view.stepRow(1).getStyleClass()).contains("selected");
    robot.type(KeyCode.DOWN);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(vm.selectedStepProperty().get()).isEqualTo(2);
    assertThat(view.stepRow(2).getStyleClass()).contains("selected");
    robot.type(KeyCode.J);
    assertThat(vm.selectedStepProperty().get()).isEqualTo(3);
    // step 3 substitutes (1) into (2): both are highlighted as used
    assertThat(view.stepRow(1).getStyleClass()).contains("used");
    assertThat(view.stepRow(2).getStyleClass()).contains("used");
    robot.type(KeyCode.K);
    assertThat(vm.selectedStepProperty().get()).isEqualTo(2);
    var before = vm.selectedProperty().get();
    robot.type(KeyCode.RIGHT);
    WaitForAsyncUtils.waitForFxEvents();
    // the next derivation in the browser: skipped-step's reference
    assertThat(vm.selectedProperty().get()).isNotSameAs(before);
    assertThat(vm.selectedProperty().get())
        .isSameAs(vm.visible().get(vm.visible().indexOf(before) + 1));
    assertThat(vm.selectedStepProperty().get()).isEqualTo(1);
  }

  @Test
  void enterInTheFilterBoxHandsTheKeysBackToStepping(FxRobot robot) {
    robot.clickOn(".browser .text-field");
    robot.write("redundant");
    robot.type(KeyCode.ENTER);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(vm.selectedProperty().get().id()).isEqualTo("redundant-step");
    robot.type(KeyCode.DOWN);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(vm.selectedStepProperty().get()).isEqualTo(2);
    robotInteract(() -> vm.filterTextProperty().set(""));
  }

  @Test
  void exportsAnImage(@TempDir Path dir) throws Exception {
    Path png = dir.resolve("derivation.png");
    robotInteract(() -> window.export(png));
    WaitForAsyncUtils.waitFor(
        20, TimeUnit.SECONDS, () -> vm.statusProperty().get().startsWith("Exported"));
    assertThat(Files.size(png)).isPositive();
  }

  @Test
  void theSourceEditorIsMadeWhenAskedForWithTheSelectedDerivation(FxRobot robot) throws Exception {
    // the first view does not wait for RichTextFX: the app asks for the editor after it
    assertThat(robot.lookup(".latex-source").tryQuery()).isEmpty();
    var area = editorArea();
    assertThat(robot.lookup(".latex-source").tryQuery()).isPresent();
    assertThat(area.getText()).isEqualTo(vm.editor().sourceProperty().get());
    assertThat(area.getText()).contains("\\frac{d}{d a}");
  }

  @Test
  void editingALineInTheSourceChangesItsVerdictInTheView(FxRobot robot) throws Exception {
    var area = editorArea();
    // step 2 of skipped-step differentiates and evaluates at once; write it correctly as a
    // plain differentiation instead
    String line2 = "\\frac{d}{d a} \\eta{(a)} = \\frac{d}{d a} e^{a}";
    robot.clickOn(area);
    robotInteract(
        () -> {
          int start = area.getAbsolutePosition(1, 0);
          int end = start + area.getParagraph(1).length();
          area.selectRange(start, end);
        });
    robot.write(line2);
    WaitForAsyncUtils.waitFor(
        20,
        TimeUnit.SECONDS,
        () -> vm.selectedProperty().get().isEdited() && !vm.editor().pendingProperty().get());
    WaitForAsyncUtils.waitForFxEvents();
    VBox row = window.derivationView().stepRow(2);
    assertThat(row.getStyleClass()).contains("verdict-valid").doesNotContain("verdict-skipped");
    assertThat(area.getParagraph(1).getParagraphStyle()).containsExactly("line-verdict-valid");
    assertThat(area.getText().lines().toList().get(1)).isEqualTo(line2);
    // arrows typed in the editor move its caret, not the step selection
    int step = vm.selectedStepProperty().get();
    robot.type(KeyCode.UP);
    assertThat(vm.selectedStepProperty().get()).isEqualTo(step);
    robot.type(KeyCode.ESCAPE);
    robot.type(KeyCode.DOWN);
    assertThat(vm.selectedStepProperty().get()).isEqualTo(Math.min(step + 1, 3));
  }

  @Test
  void incorrectLinesAreTintedInTheSource() throws Exception {
    robotInteract(
        () ->
            vm.selectedProperty()
                .set(
                    vm.items().stream()
                        .filter(i -> i.id().equals("incorrect-step") && !i.original().isReference())
                        .findFirst()
                        .orElseThrow()));
    WaitForAsyncUtils.waitForFxEvents();
    var area = editorArea();
    int bad = vm.editor().lineVerdicts().indexOf(Verdict.INCORRECT);
    assertThat(bad).isNotNegative();
    assertThat(area.getParagraph(bad).getParagraphStyle())
        .containsExactly("line-verdict-incorrect");
  }

  @Test
  void theComparisonTabShowsReferenceAndGenerationAligned(FxRobot robot) throws Exception {
    robotInteract(() -> vm.navigator().select("incorrect-step", null));
    robot.type(KeyCode.C);
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.compareView().rowCount() > 0);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(robot.lookup(".compare-header").queryAllAs(Label.class))
        .extracting(Label::getText)
        .anySatisfy(t -> assertThat(t).startsWith("reference"))
        .anySatisfy(t -> assertThat(t).startsWith("example-model"));
    // the model's last step differs from the reference's: one "≠" row
    assertThat(robot.lookup(".compare-differs").queryAll()).hasSize(1);
    assertThat(robot.lookup(".compare-same").queryAll()).hasSize(2);
  }

  @Test
  void theBrowserOffersTheDisagreementFilter(FxRobot robot) {
    var box =
        robot.lookup(".check-box").queryAllAs(CheckBox.class).stream()
            .filter(c -> c.getText().equals("checker \u2260 flagger"))
            .findFirst()
            .orElseThrow();
    robot.clickOn(box);
    assertThat(vm.filter().disagreeOnlyProperty().get()).isTrue();
    robot.clickOn(box);
    assertThat(vm.filter().disagreeOnlyProperty().get()).isFalse();
  }

  /** The source editor's area, made on the FX thread as the app makes it (after the first view). */
  private CodeArea editorArea() throws Exception {
    CodeArea area =
        WaitForAsyncUtils.asyncFx(() -> window.editorView().area()).get(10, TimeUnit.SECONDS);
    WaitForAsyncUtils.waitForFxEvents();
    return area;
  }

  private static void robotInteract(Runnable r) {
    WaitForAsyncUtils.waitForAsyncFx(10_000, r);
  }

  private static Color leftBorder(VBox row) {
    BorderStroke s = row.getBorder().getStrokes().get(0);
    return (Color) s.getLeftStroke();
  }
}
