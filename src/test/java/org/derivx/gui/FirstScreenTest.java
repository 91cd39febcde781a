package org.derivx.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Background;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.derivx.check.CheckOptions;
import org.derivx.gui.compare.CompareView;
import org.derivx.gui.math.FormulaCanvas;
import org.derivx.gui.session.Tasks;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The first screen as the README's tutorial meets it (issue 18, part 4), in the real window at the
 * headless screen's 1280×800: what a new user is shown must be right and readable.
 */
@ExtendWith(ApplicationExtension.class)
class FirstScreenTest {
  private ExplorerViewModel vm;
  private ExplorerWindow window;

  @Start
  void start(Stage stage) throws Exception {
    // a derivation longer than the pane, for --step K
    Path dir = Files.createTempDirectory("derivx-first-screen");
    StringBuilder steps = new StringBuilder("\"x = 1\"");
    for (int k = 1; k < 40; k++) {
      steps.append(", \"x + ").append(k).append(" = ").append(k + 1).append('"');
    }
    Path longFile = dir.resolve("long.jsonl");
    Files.writeString(
        longFile, "{\"id\": \"long\", \"model\": \"m\", \"steps\": [" + steps + "]}\n");
    longFile.toFile().deleteOnExit();
    dir.toFile().deleteOnExit();
    vm = new ExplorerViewModel(Tasks.fx(2), CheckOptions.defaults());
    window = new ExplorerWindow(vm);
    window.show(stage);
    vm.open(List.of(ExplorerViewModelTest.SAMPLE, longFile));
  }

  @BeforeEach
  void loaded() throws Exception {
    WaitForAsyncUtils.waitFor(
        60, TimeUnit.SECONDS, () -> !vm.items().isEmpty() && !vm.checkingProperty().get());
    WaitForAsyncUtils.waitForAsyncFx(10_000, () -> vm.navigator().select("skipped-step", null));
    WaitForAsyncUtils.waitForFxEvents();
  }

  @Test
  void tutorialStep3ComparesSkippedStepWithItsReference(FxRobot robot) throws Exception {
    assertThat(vm.selectedProperty().get().author()).isEqualTo("example-model");
    robot.type(KeyCode.DOWN);
    robot.type(KeyCode.C);
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.compareView().rowCount() > 0);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(vm.compare().referenceProperty().get()).isNotNull();
    assertThat(texts(window.compareView())).noneMatch(t -> t.startsWith("This record has no"));
    // "=" marks a REDUNDANT step; the same equation on both sides is "↔"
    List<String> marks =
        robot.lookup(".compare-mark").queryAllAs(Labeled.class).stream()
            .map(Labeled::getText)
            .toList();
    assertThat(marks).contains(CompareView.SAME).doesNotContain("=");
    robot.type(KeyCode.C);
  }

  @Test
  void tutorialStep4AsksTheNameWithALabelThatStays(FxRobot robot) {
    robot.type(KeyCode.DIGIT2);
    WaitForAsyncUtils.waitForFxEvents();
    Labeled hint = robot.lookup(".annotator-name-label").queryLabeled();
    assertThat(hint.isVisible()).isTrue();
    assertThat(hint.getText()).contains("annotator name");
    // the field has the focus, so its prompt text is gone: the label is what says what to type
    assertThat(robot.lookup(".annotator-name").query().isFocused()).isTrue();
    assertThat(truncated(window.scene().getRoot())).isEmpty();
    robot.type(KeyCode.ESCAPE);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(hint.isVisible()).isFalse();
  }

  @Test
  void stepKRightAfterSelectingScrollsTheStepIntoBothPanes() throws Exception {
    // as --step K does at start: select, then set the step, in one pulse
    robotInteract(
        () -> {
          vm.navigator().select("long", null);
          vm.selectedStepProperty().set(38);
        });
    WaitForAsyncUtils.waitForFxEvents();
    var view = window.derivationView();
    Bounds row = view.stepRow(38).localToScene(view.stepRow(38).getBoundsInLocal());
    Bounds pane = view.localToScene(view.getLayoutBounds());
    assertThat(row.getMinY()).isGreaterThanOrEqualTo(pane.getMinY());
    assertThat(row.getMaxY()).isLessThanOrEqualTo(pane.getMaxY());
    var area = editorArea();
    int line = vm.editor().lineOfStep(38);
    assertThat(line).isEqualTo(37);
    assertThat(area.firstVisibleParToAllParIndex()).isLessThanOrEqualTo(line);
    assertThat(area.lastVisibleParToAllParIndex()).isGreaterThanOrEqualTo(line);
  }

  @Test
  void detailsLeadWithTheVerdictInWordsAndKeepInternalsClosed(FxRobot robot) {
    robotInteract(
        () -> {
          vm.navigator().select("incorrect-step", null);
          vm.selectedStepProperty().set(3);
        });
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(robot.lookup(".details-verdict").queryLabeled().getText()).contains("Incorrect");
    // the counterexample is typeset, the s-expression and Symja form are behind "Internals"
    assertThat(robot.lookup(".details .formula").queryAllAs(FormulaCanvas.class)).isNotEmpty();
    TitledPane internals = robot.lookup(".details .titled-pane").queryAs(TitledPane.class);
    assertThat(internals.getText()).isEqualTo("Internals");
    assertThat(internals.isExpanded()).isFalse();
    List<String> shown = texts(robot.lookup(".details").query());
    assertThat(shown).noneMatch(t -> t.contains("feta") || t.contains("(Equal "));
  }

  @Test
  void aShortDerivationFillsItsPaneAndNoTextIsCutOff() {
    var view = window.derivationView();
    assertThat(view.stepCount()).isEqualTo(3);
    assertThat(view.content().getHeight())
        .isGreaterThanOrEqualTo(view.getViewportBounds().getHeight());
    assertThat(truncated(window.scene().getRoot())).isEmpty();
  }

  @Test
  void filterMenusDoNotTakeTheListsSelectionColourInEitherTheme(FxRobot robot) {
    for (boolean dark : new boolean[] {false, true}) {
      robotInteract(() -> window.setDark(dark));
      try {
        for (Node cell : robot.lookup(".browser .combo-box-base .list-cell").queryAll()) {
          Background bg = ((Region) cell).getBackground();
          if (bg != null) {
            assertThat(bg.getFills())
                .as(dark ? "dark" : "light")
                .allSatisfy(f -> assertThat(f.getFill()).isEqualTo(Color.TRANSPARENT));
          }
        }
      } finally {
        robotInteract(() -> window.setDark(false));
      }
    }
  }

  @Test
  void theSelectedItemsBadgeIsReadableOnTheSelectionInBothThemes(FxRobot robot) {
    for (boolean dark : new boolean[] {false, true}) {
      robotInteract(() -> window.setDark(dark));
      try {
        Region cell =
            robot
                .lookup("#browser-list .list-cell")
                .match(n -> ((IndexedCell<?>) n).isSelected())
                .queryAs(Region.class);
        Labeled badge = (Labeled) cell.lookup(".item-badge");
        assertThat(badge.getText()).as("skipped-step's badge").contains("\u00BB");
        Color text = (Color) badge.getTextFill();
        Color back = (Color) cell.getBackground().getFills().get(0).getFill();
        // WCAG: 4.5 for small text
        assertThat(contrast(text, back)).as(dark ? "dark" : "light").isGreaterThanOrEqualTo(4.5);
      } finally {
        robotInteract(() -> window.setDark(false));
      }
    }
  }

  private static double contrast(Color a, Color b) {
    double la = luminance(a);
    double lb = luminance(b);
    return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
  }

  private static double luminance(Color c) {
    return 0.2126 * linear(c.getRed())
        + 0.7152 * linear(c.getGreen())
        + 0.0722 * linear(c.getBlue());
  }

  private static double linear(double v) {
    return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
  }

  /** The source editor's area, made on the FX thread as the app makes it (after the first view). */
  private CodeArea editorArea() throws Exception {
    CodeArea area =
        WaitForAsyncUtils.asyncFx(() -> window.editorView().area()).get(10, TimeUnit.SECONDS);
    WaitForAsyncUtils.waitForFxEvents();
    return area;
  }

  private static void robotInteract(Runnable r) {
    WaitForAsyncUtils.asyncFx(r);
    WaitForAsyncUtils.waitForFxEvents();
  }

  /** The texts of every visible label under {@code root}. */
  private static List<String> texts(Node root) {
    List<String> out = new ArrayList<>();
    walk(
        root,
        n -> {
          if (n instanceof Labeled l && l.getText() != null) {
            out.add(l.getText());
          }
        });
    return out;
  }

  /** Labels shown with an ellipsis instead of their whole text ("text → shown"). */
  private static List<String> truncated(Node root) {
    List<String> out = new ArrayList<>();
    walk(
        root,
        n -> {
          if (n instanceof Labeled l && l.getText() != null && !l.getText().isEmpty()) {
            for (Node c : l.getChildrenUnmodifiable()) {
              if (c instanceof Text t
                  && c.isVisible()
                  && !t.getText().equals(l.getText())
                  && t.getText().endsWith(l.getEllipsisString())) {
                out.add(l.getText() + " → " + t.getText());
              }
            }
          }
        });
    return out;
  }

  private static void walk(Node n, Consumer<Node> visit) {
    if (!n.isVisible()) {
      return;
    }
    visit.accept(n);
    if (n instanceof ScrollPane sp && sp.getContent() != null) {
      walk(sp.getContent(), visit);
    }
    if (n instanceof Parent p) {
      for (Node c : p.getChildrenUnmodifiable()) {
        walk(c, visit);
      }
    }
  }
}
