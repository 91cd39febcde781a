package org.derivx.gui;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.derivx.check.EqRef;
import org.derivx.check.Operation;
import org.derivx.check.StepResult;
import org.derivx.check.output.Justification;
import org.derivx.derivation.Derivation;
import org.derivx.derivation.Equation;
import org.derivx.gui.math.FormulaCanvas;
import org.derivx.gui.session.Item;
import org.derivx.gui.session.ItemState;
import org.derivx.gui.session.Session;
import org.derivx.gui.session.StepRow;
import org.derivx.render.VerdictStyle;

/**
 * The details pane (right): the selected step's verdict in words, the rule, the equations it uses
 * and the counterexample (typeset), other justifications; the checker's internals (confirmation,
 * time, LaTeX, our parse tree, the Symja form) under "Internals", closed by default.
 */
public final class DetailsView extends ScrollPane {
  private static final float MATH_SIZE = 14f;
  private static final List<String> FIELDS = List.of("Rule", "Uses", "Also", "Detail");
  private static final List<String> INTERNAL =
      List.of("Confirmed", "Time", "LaTeX", "Parsed", "Symja");

  private final Session session;
  private final VBox box = new VBox(6);
  private final DetailFields fields = new DetailFields();
  private final Label title;
  private final Label verdict;
  private final Label why;
  private final VBox uses = new VBox(4);
  private final VBox counterexample = new VBox(4);
  private final TitledPane internals;

  public DetailsView(Session session) {
    this.session = session;
    getStyleClass().add("details");
    box.getStyleClass().add("details-content");
    box.setPadding(new Insets(12));
    setContent(box);
    setFitToWidth(true);
    setFocusTraversable(false);
    setPrefWidth(280);
    // labels are made once and updated: rebuilding them cost most of a frame when stepping
    title = fields.label("title", "Step");
    verdict = fields.label("verdict", "");
    why = fields.label("why", "");
    box.getChildren().addAll(title, verdict, why);
    fields.add(box, "Rule");
    fields.add(box, "Uses", uses);
    fields.add(box, "Counterexample", counterexample);
    fields.add(box, "Also");
    fields.add(box, "Detail");
    VBox inner = new VBox(6);
    INTERNAL.forEach(f -> fields.add(inner, f));
    internals = new TitledPane("Internals", inner);
    internals.setExpanded(false);
    internals.setAnimated(false);
    internals.getStyleClass().add("details-internals");
    box.getChildren().add(internals);
    session.stepProperty().addListener((o, a, b) -> update());
    session.onSelectedState(this::update);
    update();
  }

  private void update() {
    ItemState state = session.selectedStateProperty().get();
    StepRow row = session.selectedRow();
    StepResult s = row == null ? null : row.result();
    title.setText(row == null ? "Step" : "Step " + row.step());
    uses.getChildren().clear();
    counterexample.getChildren().clear();
    if (s == null) {
      verdict.setText(
          state == null
              ? ""
              : state.failure() != null ? Item.FAILED + "  Check failed" : "not checked yet");
      verdict.getStyleClass().setAll("label", "details-verdict");
      why.setText(state != null && state.failure() != null ? state.failure() : "");
      FIELDS.forEach(f -> fields.set(f, null));
      fields.set("Counterexample", null);
      fields.set("Uses", null);
      INTERNAL.forEach(f -> fields.set(f, null));
      internals.setVisible(false);
      internals.setManaged(false);
      return;
    }
    internals.setVisible(true);
    internals.setManaged(true);
    VerdictStyle style = VerdictStyle.of(s.verdict());
    String word = style.word();
    verdict.setText(
        style.symbol()
            + "  "
            + Character.toUpperCase(word.charAt(0))
            + word.substring(1)
            + (StepResult.isCarried(s) ? " (carried from an earlier error)" : ""));
    verdict.getStyleClass().setAll("label", "details-verdict", style.styleClass());
    why.setText(Justification.describe(s));
    Operation op = s.justification().orElse(null);
    fields.set(
        "Rule",
        op == null
            ? null
            : op.rule().paperName() + (op.argument() == null ? "" : "  (" + op.argument() + ")"));
    if (op != null && !op.uses().isEmpty()) {
      for (EqRef u : op.uses()) {
        Equation e = equation(state.derivation(), u);
        if (e != null) {
          String tag = u.premise() ? "(P" + u.index() + ")" : "(" + u.index() + ")";
          uses.getChildren().add(line(tag, e.displayLatex()));
        }
      }
    }
    fields.set("Uses", uses.getChildren().isEmpty() ? null : "");
    if (s instanceof StepResult.Incorrect i && i.counterexample() != null) {
      var c = i.counterexample();
      String point =
          c.point().entrySet().stream()
              .map(e -> e.getKey() + " = " + e.getValue())
              .collect(Collectors.joining(",\\quad "));
      counterexample.getChildren().add(formula(point));
      Label sides = new Label("left side " + c.lhs() + ", right side " + c.rhs());
      sides.setWrapText(true);
      sides.getStyleClass().add("details-value");
      counterexample.getChildren().add(sides);
    }
    fields.set("Counterexample", counterexample.getChildren().isEmpty() ? null : "");
    fields.set(
        "Also",
        s.alternatives().isEmpty()
            ? null
            : s.alternatives().stream()
                .map(Justification::operation)
                .collect(Collectors.joining("\n")));
    fields.set("Detail", s.detail() == null || s.detail().isBlank() ? null : s.detail());
    StepResult.Confirmation confirmed =
        s instanceof StepResult.Valid ok
            ? ok.confirmation()
            : s instanceof StepResult.Irrelevant unused ? unused.confirmation() : null;
    fields.set(
        "Confirmed",
        confirmed == null || confirmed == StepResult.Confirmation.NONE
            ? null
            : confirmed.name().toLowerCase(Locale.ROOT));
    fields.set("Time", String.format(Locale.ROOT, "%.1f ms", s.millis()));
    fields.set("LaTeX", s.latex());
    long v = ++version;
    StepForms.of(
        session.tasks(),
        row.equation(),
        (p, f) -> {
          if (v == version) {
            fields.set("Parsed", p == null ? "(not parsed)" : p);
            fields.set("Symja", f == null ? "(not parsed)" : f);
          }
        });
  }

  /** Drops answers for a step that is no longer shown. */
  private long version;

  private static Equation equation(Derivation d, EqRef u) {
    if (u.premise()) {
      var p = d.prompt();
      return p == null || u.index() < 1 || u.index() > p.premises().size()
          ? null
          : p.premises().get(u.index() - 1);
    }
    return u.index() < 1 || u.index() > d.size() ? null : d.step(u.index());
  }

  private Node line(String tag, String latex) {
    Label t = new Label(tag);
    t.getStyleClass().add("step-number");
    HBox h = new HBox(8, t, formula(latex));
    h.setAlignment(Pos.CENTER_LEFT);
    return h;
  }

  private Node formula(String latex) {
    return FormulaCanvas.themed(latex, MATH_SIZE, session.darkProperty().get());
  }
}
