package org.derivx.gui;

import java.util.stream.Collectors;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import org.derivx.check.StepResult;
import org.derivx.check.output.Justification;
import org.derivx.render.VerdictStyle;

/** The details pane (right): everything the checker said about the selected step. */
public final class DetailsView extends ScrollPane {
  private final ExplorerViewModel vm;
  private final VBox box = new VBox(6);

  private static final java.util.List<String> FIELDS =
      java.util.List.of(
          "Why",
          "Rule",
          "Uses",
          "Argument",
          "Also",
          "Counterexample",
          "Confirmed",
          "Time",
          "Detail",
          "LaTeX",
          "Parsed",
          "Symja");

  private final java.util.Map<String, Label[]> fields = new java.util.HashMap<>();
  private final Label title;
  private final Label verdict;

  public DetailsView(ExplorerViewModel vm) {
    this.vm = vm;
    getStyleClass().add("details");
    box.getStyleClass().add("details-content");
    box.setPadding(new Insets(12));
    setContent(box);
    setFitToWidth(true);
    setFocusTraversable(false);
    setPrefWidth(280);
    // labels are made once and updated: rebuilding them cost most of a frame when stepping
    title = add("title", "Step");
    verdict = add("verdict", "");
    for (String f : FIELDS) {
      fields.put(f, new Label[] {add("key", f), add("value", "")});
    }
    vm.selectedStepProperty().addListener((o, a, b) -> update());
    vm.onSelectionOrReport(this::update);
    update();
  }

  private void update() {
    StepResult s = vm.selectedResult();
    title.setText(s == null ? "Step" : "Step " + s.step());
    if (s == null) {
      verdict.setText(vm.selectedProperty().get() == null ? "" : "not checked yet");
      verdict.getStyleClass().setAll("label", "details-verdict");
      FIELDS.forEach(f -> set(f, null));
      return;
    }
    VerdictStyle style = VerdictStyle.of(s.verdict());
    verdict.setText(style.symbol() + "  " + s.verdict());
    verdict.getStyleClass().setAll("label", "details-verdict", style.styleClass());
    set("Why", Justification.describe(s));
    var op = s.justification().orElse(null);
    set("Rule", op == null ? null : op.rule().paperName());
    set("Uses", op == null ? null : op.uses().toString());
    set("Argument", op == null ? null : op.argument());
    set(
        "Also",
        s.alternatives().isEmpty()
            ? null
            : s.alternatives().stream()
                .map(Justification::operation)
                .collect(Collectors.joining("\n")));
    set(
        "Counterexample",
        !(s instanceof StepResult.Incorrect i) || i.counterexample() == null
            ? null
            : i.counterexample().point().entrySet().stream()
                    .map(e -> org.derivx.expr.PlainText.name(e.getKey()) + " = " + e.getValue())
                    .collect(Collectors.joining(", "))
                + "\nleft "
                + i.counterexample().lhs()
                + "\nright "
                + i.counterexample().rhs());
    StepResult.Confirmation confirmed =
        s instanceof StepResult.Valid ok
            ? ok.confirmation()
            : s instanceof StepResult.Irrelevant unused ? unused.confirmation() : null;
    set(
        "Confirmed",
        confirmed == null || confirmed == StepResult.Confirmation.NONE
            ? null
            : confirmed.name().toLowerCase(java.util.Locale.ROOT));
    set("Time", String.format(java.util.Locale.ROOT, "%.1f ms", s.millis()));
    set("Detail", s.detail() == null || s.detail().isBlank() ? null : s.detail());
    set("LaTeX", s.latex());
    long v = ++version;
    vm.forms(
        (p, f) -> {
          if (v == version) {
            set("Parsed", p == null ? "(not parsed)" : p);
            set("Symja", f == null ? "(not parsed)" : f);
          }
        });
  }

  /** Drops answers for a step that is no longer shown. */
  private long version;

  /** Shows field {@code name} with {@code value}, or hides it when the value is null. */
  private void set(String name, String value) {
    Label[] kv = fields.get(name);
    boolean on = value != null;
    kv[1].setText(on ? value : "");
    for (Label l : kv) {
      l.setVisible(on);
      l.setManaged(on);
    }
  }

  private Label add(String style, String text) {
    Label l = new Label(text);
    l.setWrapText(true);
    l.getStyleClass().add("details-" + style);
    box.getChildren().add(l);
    return l;
  }
}
