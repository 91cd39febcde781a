package org.derivx.gui.derivation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.derivx.check.StepResult;
import org.derivx.check.output.Justification;
import org.derivx.derivation.Derivation;
import org.derivx.derivation.Equation;
import org.derivx.derivation.Prompt;
import org.derivx.derivation.StepCategory;
import org.derivx.gui.math.FormulaCanvas;
import org.derivx.gui.math.StepLine;
import org.derivx.gui.session.Item;
import org.derivx.gui.session.ItemState;
import org.derivx.gui.session.Session;
import org.derivx.gui.session.StepRow;
import org.derivx.render.VerdictStyle;

/**
 * The derivation (centre): the prompt's premises, intermediates and goal, then each step typeset
 * and numbered, with its verdict's colour, symbol and justification in words. The selected step is
 * highlighted, and so are the equations it uses.
 */
public final class DerivationView extends ScrollPane {
  private static final float MATH_SIZE = StepLine.MATH_SIZE;
  private final Session vm;
  private final VBox content = new VBox(4);
  private final List<VBox> stepRows = new ArrayList<>();
  private final List<Label> annotationTags = new ArrayList<>();

  public DerivationView(Session vm) {
    this.vm = vm;
    getStyleClass().add("derivation");
    content.setPadding(new Insets(12, 16, 24, 16));
    content.getStyleClass().add("derivation-content");
    setContent(content);
    setFitToWidth(true);
    // a short derivation's background reaches the bottom of the pane: no grey band under it
    viewportBoundsProperty().addListener((o, a, b) -> content.setMinHeight(b.getHeight()));
    setFocusTraversable(false);
    vm.onSelectedState(this::rebuild);
    vm.stepProperty().addListener((o, a, b) -> highlight());
    vm.darkProperty().addListener((o, a, b) -> rebuild());
  }

  /** This annotator's label beside each step ("✎ skipped — note"), or nothing. */
  private void showAnnotations(ItemState state) {
    for (int k = 1; k <= annotationTags.size(); k++) {
      Label tag = annotationTags.get(k - 1);
      var c = state.mine(k);
      String note = state.note(k);
      tag.setText(
          c == null
              ? ""
              : "\u270E "
                  + c.name().toLowerCase(Locale.ROOT)
                  + (note.isBlank() ? "" : " \u2014 " + note));
      tag.setVisible(c != null);
      tag.setManaged(c != null);
    }
  }

  private Supplier<Node> welcome;

  /**
   * What to show while nothing is open (the welcome, with the samples and the legend), asked for
   * each time the view is empty: a window opened on files shows a line while they are read rather
   * than the welcome's seventy nodes, whose making and styling would hold up the first frame. Asked
   * first by {@link #emptyChanged} (the window calls it as it is shown).
   */
  public void setWelcome(Supplier<Node> n) {
    welcome = n;
  }

  /** Asks {@link #setWelcome}'s supplier again when nothing is selected (a read began or ended). */
  public void emptyChanged() {
    if (vm.selected() == null) {
      rebuild();
    }
  }

  /** The row of step {@code k} (1-based), for tests and scrolling. */
  public VBox stepRow(int k) {
    return stepRows.get(k - 1);
  }

  /** The column of prompt and steps (tests measure it against the viewport). */
  public VBox content() {
    return content;
  }

  public int stepCount() {
    return stepRows.size();
  }

  private void rebuild() {
    content.getChildren().clear();
    stepRows.clear();
    annotationTags.clear();
    Item item = vm.selected();
    ItemState state = vm.selectedStateProperty().get();
    if (item == null || state == null) {
      Label empty =
          new Label(
              vm.items().isEmpty()
                  ? "Open a dataset (File \u203A Open, or drop a file here)."
                  : "No derivation matches the filters: clear the search or the boxes on the left.");
      empty.getStyleClass().add("empty-state");
      Node instead = vm.items().isEmpty() && welcome != null ? welcome.get() : null;
      content.getChildren().add(instead != null ? instead : empty);
      return;
    }
    Derivation d = state.derivation();
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
    if (state.failure() != null) {
      Label failed = new Label(state.failure());
      failed.getStyleClass().add("check-failure");
      failed.setWrapText(true);
      content.getChildren().add(failed);
    }
    for (StepRow r : state.rows()) {
      VBox row = stepRow(r.step(), r.equation(), r.result(), r.flag());
      stepRows.add(row);
      content.getChildren().add(row);
    }
    showAnnotations(state);
    highlight();
  }

  private VBox stepRow(int k, Equation e, StepResult s, float[] flag) {
    HBox line = StepLine.of(k, e, s, MATH_SIZE, vm.darkProperty().get(), 10);
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
    row.setOnMouseClicked(ev -> vm.stepProperty().set(k));
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
    String name = top.name().toLowerCase(Locale.ROOT);
    boolean uncertain = p[top.ordinal()] < uncertainBelow;
    Label l =
        new Label(
            uncertain
                ? String.format(
                    Locale.ROOT,
                    "\u25C6 flagger: uncertain (%s %.0f%%)",
                    name,
                    100 * p[top.ordinal()])
                : String.format(
                    Locale.ROOT, "\u25C6 flagger: %s %.0f%%", name, 100 * p[top.ordinal()]));
    l.getStyleClass().addAll("flag-marker", uncertain ? "flag-uncertain" : "flag-" + name);
    StepCategory checker = s == null ? null : s.verdict().category();
    if (!uncertain && checker != null && checker != top) {
      l.getStyleClass().add("flag-disagrees");
      l.setText(l.getText() + "  (checker: " + checker.name().toLowerCase(Locale.ROOT) + ")");
    }
    StringBuilder tip = new StringBuilder("Flagger probabilities\n");
    for (StepCategory c : StepCategory.JUDGED) {
      tip.append(String.format(Locale.ROOT, "%-11s %5.1f%%%n", c.name(), 100 * p[c.ordinal()]));
    }
    Tooltip.install(l, new Tooltip(tip.toString()));
    return l;
  }

  private void highlight() {
    int k = vm.stepProperty().get();
    StepRow selectedRow = vm.selectedRow();
    StepResult s = selectedRow == null ? null : selectedRow.result();
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
    if (getScene() != null && row.getLayoutBounds().getHeight() <= 0) {
      // rows just built have no bounds until laid out: lay out now (--step K right after a
      // rebuild), not on every step (a CSS and layout pass of the whole column per key press,
      // then again in the pulse, slowed holding down through a long derivation: bench gui)
      applyCss();
      layout();
    }
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
