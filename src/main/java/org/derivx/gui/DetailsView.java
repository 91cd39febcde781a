package org.derivx.gui;

import java.util.stream.Collectors;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import org.derivx.check.Justification;
import org.derivx.check.StepResult;
import org.derivx.render.VerdictStyle;

/** The details pane (right): everything the checker said about the selected step. */
public final class DetailsView extends ScrollPane {
  private final ExplorerViewModel vm;
  private final VBox box = new VBox(6);

  public DetailsView(ExplorerViewModel vm) {
    this.vm = vm;
    getStyleClass().add("details");
    box.getStyleClass().add("details-content");
    box.setPadding(new Insets(12));
    setContent(box);
    setFitToWidth(true);
    setFocusTraversable(false);
    setPrefWidth(280);
    vm.selectedStepProperty().addListener((o, a, b) -> update());
    vm.onSelectionOrReport(this::update);
    update();
  }

  private void update() {
    box.getChildren().clear();
    StepResult s = vm.selectedResult();
    add("title", s == null ? "Step" : "Step " + s.step());
    if (s == null) {
      add("value", vm.selectedProperty().get() == null ? "" : "not checked yet");
      return;
    }
    VerdictStyle style = VerdictStyle.of(s.verdict());
    Label verdict = add("verdict", style.symbol() + "  " + s.verdict());
    verdict.getStyleClass().add(style.styleClass());
    field("Why", Justification.describe(s));
    if (s.operation() != null) {
      field("Rule", s.operation().rule().paperName());
      field("Uses", s.operation().uses().toString());
      if (s.operation().argument() != null) {
        field("Argument", s.operation().argument());
      }
    }
    if (!s.alternatives().isEmpty()) {
      field(
          "Also",
          s.alternatives().stream()
              .map(Justification::operation)
              .collect(Collectors.joining("\n")));
    }
    if (s.counterexample() != null) {
      field(
          "Counterexample",
          s.counterexample().point().entrySet().stream()
                  .map(e -> e.getKey() + " = " + e.getValue())
                  .collect(Collectors.joining(", "))
              + "\nleft "
              + s.counterexample().lhs()
              + "\nright "
              + s.counterexample().rhs());
    }
    if (s.confirmation() != StepResult.Confirmation.NONE) {
      field("Confirmed", s.confirmation().name().toLowerCase(java.util.Locale.ROOT));
    }
    field("Time", String.format(java.util.Locale.ROOT, "%.1f ms", s.millis()));
    if (s.detail() != null && !s.detail().isBlank()) {
      field("Detail", s.detail());
    }
    field("LaTeX", s.latex());
    Label parsed = field("Parsed", "\u2026");
    Label symja = field("Symja", "\u2026");
    long v = ++version;
    vm.forms(
        (p, f) -> {
          if (v == version) {
            parsed.setText(p == null ? "(not parsed)" : p);
            symja.setText(f == null ? "(not parsed)" : f);
          }
        });
  }

  /** Drops answers for a step that is no longer shown. */
  private long version;

  private Label field(String name, String value) {
    add("key", name);
    return add("value", value);
  }

  private Label add(String style, String text) {
    Label l = new Label(text);
    l.setWrapText(true);
    l.getStyleClass().add("details-" + style);
    box.getChildren().add(l);
    return l;
  }
}
