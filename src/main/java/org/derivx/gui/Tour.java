package org.derivx.gui;

import java.util.List;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/**
 * A short guided tour of the main keys: a few pages, Back and Next, each doing what it describes on
 * the open derivation so the window shows it as you read.
 */
final class Tour {
  record Page(String title, String text, Runnable show) {}

  private Tour() {}

  static List<Page> pages(ExplorerViewModel vm) {
    return List.of(
        new Page(
            "Step through a derivation",
            "\u2193 and \u2191 (or j and k) move between steps. The selected step is highlighted, and"
                + " so are the equations it uses. Its verdict, rule and details are on the right.",
            () -> vm.navigator().moveStep(1)),
        new Page(
            "Read the verdicts",
            "Each step's colour, symbol and words say what the checker found: \u2713 valid with the"
                + " rule that justifies it, \u00BB skipped (several operations at once), = redundant,"
                + " \u2205 irrelevant, \u2717 incorrect with a counterexample. The diamond under a step"
                + " is the on-device flagger's opinion.",
            () -> vm.navigator().moveStep(1)),
        new Page(
            "Move between derivations and variants",
            "\u2190 and \u2192 go to the previous and next derivation; v to the same model under the"
                + " next perturbation (static, VR, EE, AG, SR); m to the next model or the"
                + " reference; c shows the reference beside the generation.",
            () -> vm.navigator().moveDerivation(1)),
        new Page(
            "Label steps",
            "1\u20136 label the selected step (valid, skipped, redundant, irrelevant, incorrect,"
                + " other); Enter accepts the suggestion; Tab goes to the next step you have not"
                + " labelled; Ctrl+Z undoes. Labels are saved at once beside the dataset.",
            () -> {}),
        new Page(
            "Edit, compare, report",
            "F2 edits the LaTeX of the derivation (it is re-checked as you type; Esc leaves). Ctrl+R"
                + " opens the report: charts and tables, exported as PNG, SVG, HTML and CSV."
                + " ? lists every key.",
            () -> {}));
  }

  /** Shows the tour, page by page, over {@code owner}. */
  static void show(Window owner, ExplorerViewModel vm) {
    List<Page> pages = pages(vm);
    ButtonType back = new ButtonType("Back", ButtonBar.ButtonData.BACK_PREVIOUS);
    ButtonType next = new ButtonType("Next", ButtonBar.ButtonData.NEXT_FORWARD);
    int i = 0;
    while (i >= 0 && i < pages.size()) {
      Page p = pages.get(i);
      p.show().run();
      Alert a = new Alert(Alert.AlertType.INFORMATION, p.text(), back, next, ButtonType.CLOSE);
      a.initOwner(owner);
      a.setTitle("Tour (" + (i + 1) + " of " + pages.size() + ")");
      a.setHeaderText(p.title());
      a.getDialogPane().lookupButton(back).setDisable(i == 0);
      if (i == pages.size() - 1) {
        a.getButtonTypes().remove(next);
      }
      ButtonType answer = a.showAndWait().orElse(ButtonType.CLOSE);
      if (answer == next) {
        i++;
      } else if (answer == back) {
        i--;
      } else {
        i = -1;
      }
    }
  }
}
