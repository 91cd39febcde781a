package org.derivx.gui.editor;

import java.util.List;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.derivx.check.StepResult;
import org.derivx.check.Verdict;
import org.derivx.check.output.Justification;
import org.derivx.render.VerdictStyle;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;

/**
 * The source editor (below the derivation): the raw LaTeX, one equation per line, with LaTeX
 * colouring, each line tinted by its verdict and marked in the gutter with the step number and
 * verdict symbol. Typing hands the text to {@link EditorViewModel#edit}.
 */
public final class EditorView extends VBox {
  private final EditorViewModel vm;
  private final CodeArea area = new CodeArea();

  /** True while the view, not the user, replaces the text. */
  private boolean loading;

  public EditorView(EditorViewModel vm) {
    this.vm = vm;
    getStyleClass().add("editor");
    Label title = new Label("Source");
    title.getStyleClass().add("editor-title");
    Label hint = new Label("one equation per line \u2014 edit to try \u201Cwhat if\u201D");
    hint.getStyleClass().add("editor-hint");
    Label pending = new Label("checking\u2026");
    pending.getStyleClass().add("editor-pending");
    pending.visibleProperty().bind(vm.pendingProperty());
    Button revert = new Button("Revert");
    revert.setFocusTraversable(false);
    revert.setOnAction(e -> vm.revert());
    Region gap = new Region();
    HBox.setHgrow(gap, Priority.ALWAYS);
    HBox header = new HBox(10, title, hint, gap, pending, revert);
    header.setAlignment(Pos.CENTER_LEFT);
    header.setPadding(new Insets(4, 8, 4, 8));
    header.getStyleClass().add("editor-header");

    area.getStyleClass().add("latex-source");
    area.setWrapText(false);
    // keys belong to stepping until the user clicks (or tabs) into the source
    area.setFocusTraversable(false);
    area.textProperty()
        .addListener(
            (o, a, b) -> {
              area.setStyleSpans(0, LatexHighlighter.spans(b));
              if (!loading) {
                vm.edit(b);
              }
            });
    vm.sourceProperty()
        .addListener(
            (o, a, b) -> {
              if (b != null) {
                load(b);
              }
            });
    vm.lineVerdicts().addListener((ListChangeListener<Verdict>) c -> tint());
    VirtualizedScrollPane<CodeArea> scroll = new VirtualizedScrollPane<>(area);
    VBox.setVgrow(scroll, Priority.ALWAYS);
    getChildren().addAll(header, scroll);
    load(vm.sourceProperty().get());
    // the selected step's line stays in sight (also for --step K at start)
    vm.stepProperty().addListener((o, a, b) -> showStep(b.intValue()));
    // made after a step was selected (the window makes the editor after its first view): that
    // step's line is brought into sight once the area has a size
    area.heightProperty()
        .addListener(
            new ChangeListener<>() {
              @Override
              public void changed(ObservableValue<? extends Number> o, Number was, Number now) {
                if (now.doubleValue() > 0) {
                  area.heightProperty().removeListener(this);
                  showStep(vm.stepProperty().get());
                }
              }
            });
  }

  private void showStep(int k) {
    int line = vm.lineOfStep(k);
    if (line >= 0 && line < area.getParagraphs().size()) {
      area.showParagraphInViewport(line);
    }
  }

  /** The editing area, for tests and focus. */
  public CodeArea area() {
    return area;
  }

  private void load(String text) {
    loading = true;
    try {
      area.replaceText(text);
      area.getUndoManager().forgetHistory();
    } finally {
      loading = false;
    }
    tint();
  }

  private void tint() {
    List<Verdict> verdicts = vm.lineVerdicts();
    int n = area.getParagraphs().size();
    for (int i = 0; i < n; i++) {
      Verdict v = i < verdicts.size() ? verdicts.get(i) : null;
      area.setParagraphStyle(
          i, v == null ? List.of() : List.of("line-" + VerdictStyle.of(v).styleClass()));
    }
    area.setParagraphGraphicFactory(this::gutter);
  }

  /** Step number and verdict symbol for line {@code i}. */
  private Node gutter(int i) {
    List<Verdict> verdicts = vm.lineVerdicts();
    Verdict v = i < verdicts.size() ? verdicts.get(i) : null;
    int step = vm.stepOfLine(i);
    Label number = new Label(step == 0 ? "" : "(" + step + ")");
    number.getStyleClass().add("gutter-number");
    Label symbol = new Label(v == null ? "" : VerdictStyle.of(v).symbol());
    symbol.getStyleClass().add("gutter-symbol");
    HBox box = new HBox(4, number, symbol);
    box.getStyleClass().add("gutter");
    box.setAlignment(Pos.CENTER_RIGHT);
    if (v != null) {
      box.getStyleClass().add(VerdictStyle.of(v).styleClass());
      StepResult r = vm.resultOfLine(i);
      if (r != null) {
        Tooltip.install(
            box, new Tooltip(VerdictStyle.of(v).word() + " \u2014 " + Justification.describe(r)));
      }
    }
    return box;
  }
}
