package org.derivx.gui.derivation;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.derivx.check.StepResult;
import org.derivx.check.output.Justification;
import org.derivx.derivation.Derivation;
import org.derivx.derivation.Equation;
import org.derivx.derivation.Prompt;
import org.derivx.derivation.StepCategory;
import org.derivx.gui.ExplorerViewModel;
import org.derivx.gui.browser.BrowserItem;
import org.derivx.render.VerdictStyle;

/**
 * The derivation (centre): the prompt's premises, intermediates and goal, then each step typeset
 * and numbered, with its verdict's colour, symbol and justification in words. The selected step is
 * highlighted, and so are the equations it uses.
 */
public final class DerivationView extends ScrollPane {
  public static final float MATH_SIZE = 17f;
  private final ExplorerViewModel vm;
  private final VBox content = new VBox(4);
  private final List<VBox> stepRows = new ArrayList<>();
  private final List<Label> annotationTags = new ArrayList<>();

  public DerivationView(ExplorerViewModel vm) {
    this.vm = vm;
    getStyleClass().add("derivation");
    content.setPadding(new Insets(12, 16, 24, 16));
    content.getStyleClass().add("derivation-content");
    setContent(content);
    setFitToWidth(true);
    setFocusTraversable(false);
    vm.onSelectionOrReport(this::rebuild);
    vm.selectedStepProperty().addListener((o, a, b) -> highlight());
    vm.darkProperty().addListener((o, a, b) -> rebuild());
    vm.annotations().revisionProperty().addListener((o, a, b) -> showAnnotations());
  }

  /** This annotator's label beside each step ("✎ skipped"), or nothing. */
  private void showAnnotations() {
    BrowserItem item = vm.selectedProperty().get();
    for (int k = 1; k <= annotationTags.size(); k++) {
      Label tag = annotationTags.get(k - 1);
      var c = item == null ? null : vm.annotations().mine(item, k);
      String note = item == null || c == null ? "" : vm.annotations().note(item, k);
      tag.setText(
          c == null
              ? ""
              : "\u270E "
                  + c.name().toLowerCase(java.util.Locale.ROOT)
                  + (note.isBlank() ? "" : " \u2014 " + note));
      tag.setVisible(c != null);
      tag.setManaged(c != null);
    }
  }

  private javafx.scene.Node welcome;

  /** What to show while nothing is open (the welcome, with the samples and the legend). */
  public void setWelcome(javafx.scene.Node n) {
    welcome = n;
    rebuild();
  }

  /** The row of step {@code k} (1-based), for tests and scrolling. */
  public VBox stepRow(int k) {
    return stepRows.get(k - 1);
  }

  public int stepCount() {
    return stepRows.size();
  }

  private void rebuild() {
    content.getChildren().clear();
    stepRows.clear();
    annotationTags.clear();
    BrowserItem item = vm.selectedProperty().get();
    if (item == null) {
      Label empty =
          new Label(
              vm.items().isEmpty()
                  ? "Open a dataset (File \u203A Open, or drop a file here)."
                  : "No derivation matches the filters: clear the search or the boxes on the left.");
      empty.getStyleClass().add("empty-state");
      content.getChildren().add(vm.items().isEmpty() && welcome != null ? welcome : empty);
      return;
    }
    Derivation d = item.derivation();
    Label title = new Label(item.id() + "  \u00B7  " + item.label());
    title.getStyleClass().add("derivation-title");
    content.getChildren().add(title);
    Prompt p = d.prompt();
    if (p != null) {
      GridPane prompt = new GridPane();
      prompt.getStyleClass().add("prompt");
      prompt.setHgap(12);
      prompt.setVgap(4);
      int row = 0;
      int k = 1;
      for (Equation e : p.premises()) {
        prompt.addRow(row++, tag(row == 1 ? "Given" : ""), formula(e), tag("(P" + k++ + ")"));
      }
      for (Equation e : p.intermediates()) {
        prompt.addRow(row++, tag("Derive"), formula(e));
      }
      if (p.goal() != null) {
        prompt.addRow(row++, tag("Obtain"), formula(p.goal()));
      }
      content.getChildren().add(prompt);
    }
    for (int k = 1; k <= d.size(); k++) {
      StepResult s =
          item.report() != null && k <= item.report().steps().size()
              ? item.report().steps().get(k - 1)
              : null;
      float[] flag = item.flags() != null && k <= item.flags().length ? item.flags()[k - 1] : null;
      VBox row = stepRow(k, d.step(k), s, flag);
      stepRows.add(row);
      content.getChildren().add(row);
    }
    showAnnotations();
    highlight();
  }

  /**
   * One step's line, as both views show it: its number, its verdict symbol ("…" while unchecked)
   * and the typeset formula.
   */
  public static HBox stepLine(int k, Equation e, StepResult s, float size, boolean dark, int gap) {
    Label number = new Label("(" + k + ")");
    number.getStyleClass().add("step-number");
    Label symbol = new Label(s == null ? "\u2026" : VerdictStyle.of(s.verdict()).symbol());
    symbol.getStyleClass().add("verdict-symbol");
    HBox line = new HBox(gap, number, symbol, FormulaCanvas.themed(e.displayLatex(), size, dark));
    line.setAlignment(Pos.CENTER_LEFT);
    return line;
  }

  private VBox stepRow(int k, Equation e, StepResult s, float[] flag) {
    HBox line = stepLine(k, e, s, MATH_SIZE, vm.darkProperty().get(), 10);
    Label why =
        new Label(
            s == null
                ? "checking\u2026"
                : VerdictStyle.of(s.verdict()).word() + " \u2014 " + Justification.describe(s));
    why.getStyleClass().add("justification");
    why.setWrapText(true);
    VBox row = new VBox(2, line, why);
    if (flag != null) {
      row.getChildren().add(flagMarker(flag, s, vm.flagUncertainBelow()));
    }
    Label tag = new Label();
    tag.getStyleClass().add("annotation-tag");
    annotationTags.add(tag);
    row.getChildren().add(tag);
    row.getStyleClass().add("step");
    if (s != null) {
      row.getStyleClass().add(VerdictStyle.of(s.verdict()).styleClass());
    }
    row.setOnMouseClicked(ev -> vm.selectedStepProperty().set(k));
    return row;
  }

  /**
   * The flagger's opinion, visibly not the checker's: a diamond, its top category and probability;
   * all five on hover; emphasised when it disagrees with the checker. Below the model's calibrated
   * threshold it says "uncertain" rather than a confident wrong category, and disagrees with
   * nobody.
   */
  static Label flagMarker(float[] p, StepResult s, double uncertainBelow) {
    StepCategory top = StepCategory.top(p);
    String name = top.name().toLowerCase(java.util.Locale.ROOT);
    boolean uncertain = p[top.ordinal()] < uncertainBelow;
    Label l =
        new Label(
            uncertain
                ? String.format(
                    java.util.Locale.ROOT,
                    "\u25C6 flagger: uncertain (%s %.0f%%)",
                    name,
                    100 * p[top.ordinal()])
                : String.format(
                    java.util.Locale.ROOT,
                    "\u25C6 flagger: %s %.0f%%",
                    name,
                    100 * p[top.ordinal()]));
    l.getStyleClass().addAll("flag-marker", uncertain ? "flag-uncertain" : "flag-" + name);
    StepCategory checker = s == null ? null : s.verdict().category();
    if (!uncertain && checker != null && checker != top) {
      l.getStyleClass().add("flag-disagrees");
      l.setText(
          l.getText() + "  (checker: " + checker.name().toLowerCase(java.util.Locale.ROOT) + ")");
    }
    StringBuilder tip = new StringBuilder("Flagger probabilities\n");
    for (StepCategory c : StepCategory.JUDGED) {
      tip.append(
          String.format(java.util.Locale.ROOT, "%-11s %5.1f%%%n", c.name(), 100 * p[c.ordinal()]));
    }
    javafx.scene.control.Tooltip.install(l, new javafx.scene.control.Tooltip(tip.toString()));
    return l;
  }

  private void highlight() {
    int k = vm.selectedStepProperty().get();
    StepResult s = vm.selectedResult();
    List<Integer> uses = new ArrayList<>(s == null ? List.of() : s.uses());
    if (s instanceof StepResult.Redundant r && r.sameAs() != null) {
      uses.add(r.sameAs()); // a repeated step points at the equation it repeats
    }
    for (int i = 0; i < stepRows.size(); i++) {
      VBox row = stepRows.get(i);
      // touch only rows whose state changes: each change re-applies CSS to the row's subtree
      mark(row, "selected", i + 1 == k);
      mark(row, "used", i + 1 != k && uses.contains(i + 1));
      if (i + 1 == k) {
        scrollIntoView(row);
      }
    }
  }

  private static void mark(Node row, String styleClass, boolean on) {
    boolean has = row.getStyleClass().contains(styleClass);
    if (on && !has) {
      row.getStyleClass().add(styleClass);
    } else if (!on && has) {
      row.getStyleClass().remove(styleClass);
    }
  }

  private void scrollIntoView(Node row) {
    double h = content.getBoundsInLocal().getHeight();
    double vh = getViewportBounds().getHeight();
    if (h <= vh || vh <= 0) {
      return;
    }
    double y = row.getBoundsInParent().getMinY();
    double top = getVvalue() * (h - vh);
    if (y < top || y + row.getBoundsInLocal().getHeight() > top + vh) {
      setVvalue(Math.max(0, Math.min(1, (y - 24) / (h - vh))));
    }
  }

  private static Label tag(String text) {
    Label l = new Label(text);
    l.getStyleClass().add("prompt-tag");
    return l;
  }

  private Node formula(Equation e) {
    return FormulaCanvas.themed(e.displayLatex(), MATH_SIZE, vm.darkProperty().get());
  }
}
