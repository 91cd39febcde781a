package org.derivx.gui;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.derivx.check.Verdict;
import org.derivx.render.VerdictStyle;

/**
 * What a new user sees: what the app does, what the colours and marks mean, the main keys, and the
 * way in (the samples, Open…, the tour). The derivation pane shows it while nothing is open; Help ›
 * Welcome shows it any time.
 */
public final class WelcomeView extends VBox {
  /** What each verdict means, in the order a derivation is read. */
  static final Map<Verdict, String> MEANING = meanings();

  private static Map<Verdict, String> meanings() {
    Map<Verdict, String> m = new LinkedHashMap<>();
    m.put(Verdict.PREMISE, "restates a premise of the prompt");
    m.put(Verdict.VALID, "follows from earlier equations by one operation (the rule is shown)");
    m.put(Verdict.SKIPPED, "follows by a chain of two or three operations at once (shown)");
    m.put(Verdict.REDUNDANT, "repeats an earlier equation, or states nothing (X = X)");
    m.put(Verdict.IRRELEVANT, "true, but nothing after it, nor the goal, uses it");
    m.put(Verdict.UNEXPLAINED, "true under the premises, but no chain of up to 3 operations found");
    m.put(
        Verdict.INCORRECT,
        "false under the premises (a counterexample is shown); carried: follows from an earlier"
            + " error");
    m.put(Verdict.UNKNOWN, "could not be decided within the work budget, or unsupported");
    m.put(Verdict.UNPARSEABLE, "the LaTeX could not be read");
    return Collections.unmodifiableMap(m);
  }

  public WelcomeView(Runnable openSamples, Runnable openFile, Runnable tour) {
    getStyleClass().add("welcome");
    setSpacing(10);
    setPadding(new Insets(16, 20, 20, 20));
    Label title = new Label("Derivation Explorer");
    title.getStyleClass().add("welcome-title");
    Label intro =
        new Label(
            "Open derivations that language models wrote (the paper's *_results.json, JSON lines"
                + " or plain text). Every step is typeset and checked by a computer algebra"
                + " system, which says which rule justifies it or what is wrong with it; a small"
                + " on-device model flags likely errors too; you label steps and export reports.");
    intro.setWrapText(true);
    Button samples = new Button("Open the samples");
    samples.setOnAction(e -> openSamples.run());
    samples.setDefaultButton(true);
    Button open = new Button("Open a file\u2026");
    open.setOnAction(e -> openFile.run());
    Button keys = new Button("Take the tour");
    keys.setOnAction(e -> tour.run());
    HBox buttons = new HBox(8, samples, open, keys);
    Label legendTitle = new Label("What the colours and marks mean");
    legendTitle.getStyleClass().add("section-title");
    getChildren()
        .addAll(
            title,
            intro,
            buttons,
            legendTitle,
            legend(),
            wrapped(
                "Keys: \u2191 \u2193 steps \u00B7 \u2190 \u2192 derivations \u00B7 v perturbation"
                    + " \u00B7 m model \u00B7 c side by side \u00B7 1\u20136 label \u00B7 Enter"
                    + " accept \u00B7 Tab next unlabelled \u00B7 ? all keys"));
  }

  private static Label wrapped(String text) {
    Label l = new Label(text);
    l.setWrapText(true);
    return l;
  }

  /** One row per verdict: swatch, symbol, word, meaning; then the flagger's and your marks. */
  static GridPane legend() {
    GridPane g = new GridPane();
    g.getStyleClass().add("legend");
    g.setHgap(10);
    g.setVgap(4);
    int row = 0;
    for (Map.Entry<Verdict, String> e : MEANING.entrySet()) {
      VerdictStyle s = VerdictStyle.of(e.getKey());
      Region swatch = new Region();
      swatch.setMinSize(14, 14);
      swatch.setMaxSize(14, 14);
      swatch.setStyle("-fx-background-color: " + s.hex() + "; -fx-background-radius: 3;");
      Label word = new Label(s.symbol() + "  " + s.word());
      word.getStyleClass().add("legend-word");
      Label meaning = new Label(e.getValue());
      meaning.setWrapText(true);
      g.addRow(row++, swatch, word, meaning);
    }
    g.addRow(
        row++,
        new Label(""),
        new Label("\u25C6 flagger"),
        wrapped("the on-device model's top category and its probability (hover for all five)"));
    g.addRow(row, new Label(""), new Label("\u270E label"), wrapped("your annotation of the step"));
    return g;
  }
}
