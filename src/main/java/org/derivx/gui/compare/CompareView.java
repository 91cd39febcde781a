package org.derivx.gui.compare;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.value.ChangeListener;
import javafx.collections.ListChangeListener;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.derivx.check.StepResult;
import org.derivx.check.run.Alignment;
import org.derivx.gui.math.StepLine;
import org.derivx.gui.session.Item;
import org.derivx.gui.session.ItemState;
import org.derivx.gui.session.Session;
import org.derivx.render.VerdictStyle;

/**
 * Reference (left) and generation (right), one aligned row per step pair: "↔" the same equation,
 * "≡" equivalent, "≠" both sides differ here; a step only one side has is marked as such.
 */
public final class CompareView extends ScrollPane {
  private final Session vm;
  private final CompareViewModel compare;
  private final GridPane grid = new GridPane();
  // not on unloading (null): the item is no longer shown, or is read again when it is
  private final ChangeListener<ItemState> onReport =
      (o, a, b) -> {
        if (b != null) {
          rebuild();
        }
      };

  /** Rebuilt only while shown: a hidden comparison costs nothing when stepping. */
  private boolean active;

  private boolean stale = true;

  /** The cells of each aligned row, for moving the highlight without a rebuild. */
  private final List<Node[]> cells = new ArrayList<>();

  public CompareView(CompareViewModel compare, Session vm) {
    this.vm = vm;
    this.compare = compare;
    getStyleClass().add("compare");
    grid.getStyleClass().add("compare-grid");
    grid.setHgap(8);
    grid.setVgap(4);
    grid.setPadding(new Insets(12, 16, 24, 16));
    ColumnConstraints side = new ColumnConstraints();
    side.setPercentWidth(47);
    side.setHgrow(Priority.ALWAYS);
    ColumnConstraints mid = new ColumnConstraints();
    mid.setPercentWidth(6);
    mid.setHalignment(HPos.CENTER);
    grid.getColumnConstraints().addAll(side, mid, side);
    setContent(grid);
    setFitToWidth(true);
    setFocusTraversable(false);
    compare.rows().addListener((ListChangeListener<Alignment.Row>) c -> rebuild());
    compare.referenceProperty().addListener((o, a, b) -> watch(a, b));
    compare.generationProperty().addListener((o, a, b) -> watch(a, b));
    vm.stepProperty().addListener((o, a, b) -> highlight());
    vm.darkProperty().addListener((o, a, b) -> rebuild());
  }

  private void watch(Item before, Item after) {
    if (before != null) {
      before.stateProperty().removeListener(onReport);
    }
    if (after != null) {
      after.stateProperty().addListener(onReport);
    }
    rebuild();
  }

  /** Rows shown (for tests): alignment rows, excluding the header. */
  public int rowCount() {
    return compare.rows().size();
  }

  /** The comparison is (not) on screen; while it is not, changes only mark it stale. */
  public void setActive(boolean on) {
    active = on;
    if (on && stale) {
      rebuild();
    }
  }

  private void rebuild() {
    if (!active) {
      stale = true;
      return;
    }
    stale = false;
    cells.clear();
    grid.getChildren().clear();
    Item ref = compare.referenceProperty().get();
    Item gen = compare.generationProperty().get();
    if (ref == null || gen == null) {
      Label empty =
          new Label(
              vm.selectedProperty().get() == null
                  ? "Open a dataset to compare a reference with a model's generation."
                  : "This record has no "
                      + (ref == null ? "reference" : "generation")
                      + " to compare with.");
      empty.getStyleClass().add("empty-state");
      empty.setWrapText(true);
      grid.add(empty, 0, 0, 3, 1);
      return;
    }
    grid.add(header(ref), 0, 0);
    grid.add(header(gen), 2, 0);
    int r = 1;
    for (Alignment.Row row : compare.rows()) {
      Node left = cell(ref, row.left(), "reference");
      Node right = cell(gen, row.right(), "generation");
      Label mark = new Label(symbol(row));
      mark.getStyleClass().addAll("compare-mark", "compare-" + kind(row));
      String meaning = meaning(row);
      if (meaning != null) {
        mark.setTooltip(new Tooltip(meaning));
      }
      cells.add(new Node[] {left, right});
      grid.addRow(r++, left, mark, right);
    }
    highlight();
  }

  /** Highlights the row holding the selected step (on the selected item's side). */
  private void highlight() {
    if (!active || stale) {
      return;
    }
    Item selected = vm.selectedProperty().get();
    Item ref = compare.referenceProperty().get();
    Item gen = compare.generationProperty().get();
    int step = vm.stepProperty().get();
    var rows = compare.rows();
    for (int i = 0; i < cells.size() && i < rows.size(); i++) {
      Alignment.Row row = rows.get(i);
      boolean on = selected == ref && row.left() == step || selected == gen && row.right() == step;
      for (Node n : cells.get(i)) {
        if (on != n.getStyleClass().contains("selected")) {
          if (on) {
            n.getStyleClass().add("selected");
          } else {
            n.getStyleClass().remove("selected");
          }
        }
      }
    }
  }

  /** The mark of a row whose two steps are the same equation. */
  public static final String SAME = "\u2194";

  private static String meaning(Alignment.Row row) {
    return switch (row.match()) {
      case SAME -> "the same equation on both sides";
      case EQUIVALENT -> "equivalent: equal at every sample point, or rearranged or scaled";
      case NONE -> row.leftOnly() || row.rightOnly() ? null : "different equations";
    };
  }

  private static String symbol(Alignment.Row row) {
    return switch (row.match()) {
      case SAME -> SAME; // not "=", which marks a REDUNDANT step
      case EQUIVALENT -> "\u2261";
      case NONE -> row.leftOnly() || row.rightOnly() ? "" : "\u2260";
    };
  }

  private static String kind(Alignment.Row row) {
    return switch (row.match()) {
      case SAME -> "same";
      case EQUIVALENT -> "equivalent";
      case NONE -> row.leftOnly() ? "left-only" : row.rightOnly() ? "right-only" : "differs";
    };
  }

  private static Label header(Item item) {
    Label l = new Label(item.label());
    l.getStyleClass().add("compare-header");
    return l;
  }

  private Node cell(Item item, int k, String side) {
    if (k == 0) {
      Label none =
          new Label("only in the " + (side.equals("reference") ? "generation" : "reference"));
      none.getStyleClass().add("compare-absent");
      VBox box = new VBox(none);
      box.getStyleClass().add("compare-cell");
      box.setAlignment(Pos.CENTER_LEFT);
      return box;
    }
    StepResult s = item.state().result(k);
    HBox line =
        StepLine.of(
            k, item.derivation().step(k), s, StepLine.MATH_SIZE - 2, vm.darkProperty().get(), 8);
    VBox box = new VBox(line);
    box.getStyleClass().addAll("compare-cell", "step");
    if (s != null) {
      box.getStyleClass().add(VerdictStyle.of(s.verdict()).styleClass());
    }
    box.setOnMouseClicked(
        e -> {
          vm.selectedProperty().set(item);
          vm.stepProperty().set(k);
        });
    return box;
  }
}
