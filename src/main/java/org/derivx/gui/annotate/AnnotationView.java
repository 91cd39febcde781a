package org.derivx.gui.annotate;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.derivx.annotate.DerivationLabel;
import org.derivx.annotate.Overall;
import org.derivx.derivation.StepCategory;
import org.derivx.gui.session.Item;
import org.derivx.gui.session.Session;

/**
 * The annotation panel: the selected step's label (buttons 1–6, the suggestion Enter accepts), its
 * note, every annotator's labels, the derivation's judgement, progress and the browser's annotation
 * filter. The keys do the same; the buttons show what they did.
 */
public final class AnnotationView extends VBox {
  private final Session vm;
  private final AnnotationViewModel a;
  private final Label who = new Label();
  private final Label progress = new Label();
  private final Button[] categories = new Button[StepCategory.values().length];
  private final Label suggestion = new Label();
  private final TextField stepNote = new TextField();
  private final Label others = new Label();
  private final ChoiceBox<String> goal = new ChoiceBox<>();
  private final ChoiceBox<String> overall = new ChoiceBox<>();
  private final TextField derivationNote = new TextField();
  private final Label problem = new Label();
  private final TextField name = new TextField();
  private final Label nameLabel =
      new Label("Your annotator name (kept with every label; Enter to save, Esc to skip):");
  private Runnable done = () -> {};
  private boolean updating;

  public AnnotationView(AnnotationViewModel a, Session vm) {
    this.vm = vm;
    this.a = a;
    getStyleClass().add("annotation-panel");
    setSpacing(6);
    setPadding(new Insets(8, 10, 8, 10));
    Label title = new Label("Annotation");
    title.getStyleClass().add("section-title");
    FlowPane buttons = new FlowPane(4, 4);
    for (StepCategory c : StepCategory.values()) {
      Button b = new Button(c.key() + " " + word(c));
      b.setFocusTraversable(false);
      b.getStyleClass().addAll("category-button", "category-" + c.name().toLowerCase(Locale.ROOT));
      b.setOnAction(e -> a.setCategory(c));
      categories[c.ordinal()] = b;
      buttons.getChildren().add(b);
    }
    stepNote.setPromptText("note on this step (Enter keeps it)");
    stepNote.setOnAction(e -> a.setNote(stepNote.getText()));
    stepNote
        .focusedProperty()
        .addListener(
            (o, was, is) -> {
              if (!is) {
                a.setNote(stepNote.getText());
              }
            });
    others.setWrapText(true);
    others.getStyleClass().add("annotation-others");
    goal.getItems().addAll("goal reached?", "yes", "no");
    overall.getItems().add("overall?");
    for (Overall o : Overall.values()) {
      overall.getItems().add(o.name().toLowerCase(Locale.ROOT));
    }
    goal.setOnAction(e -> saveDerivation());
    overall.setOnAction(e -> saveDerivation());
    derivationNote.setPromptText("note on the derivation");
    derivationNote.setOnAction(e -> saveDerivation());
    ChoiceBox<AnnotationFilter> filter = new ChoiceBox<>();
    filter.getItems().addAll(AnnotationFilter.values());
    filter.setValue(AnnotationFilter.ALL);
    filter.setOnAction(e -> a.filterProperty().set(filter.getValue().predicate(a)));
    CheckBox adjudicate = new CheckBox("adjudicate (keys set the final label)");
    adjudicate.selectedProperty().bindBidirectional(a.adjudicatingProperty());
    adjudicate.setFocusTraversable(false);
    // the keys belong to the derivation: the fields take focus only when clicked
    for (Node n : new Node[] {stepNote, derivationNote, goal, overall, filter}) {
      n.setFocusTraversable(false);
    }
    problem.getStyleClass().add("annotation-problem");
    problem.setWrapText(true);
    problem.textProperty().bind(a.problemProperty());
    progress.textProperty().bind(a.progressProperty());
    who.textProperty()
        .bind(
            a.annotatorProperty().map(n -> n.isBlank() ? "annotator: not set" : "annotator: " + n));
    name.setPromptText("your name as annotator, then Enter");
    // the hint stays while the field has the focus (the prompt text would vanish with it)
    nameLabel.setWrapText(true);
    nameLabel.getStyleClass().add("annotator-name-label");
    suggestion.setWrapText(true);
    progress.setWrapText(true);
    progress.managedProperty().bind(progress.textProperty().isNotEmpty()); // no blank line
    name.getStyleClass().add("annotator-name");
    name.setOnAction(
        e -> {
          String n = name.getText().trim();
          if (!n.isEmpty()) {
            a.annotatorProperty().set(n);
            showName(false);
            done.run();
          }
        });
    name.setOnKeyPressed(
        e -> {
          if (e.getCode() == KeyCode.ESCAPE) {
            showName(false);
            done.run();
          }
        });
    showName(false);
    getChildren()
        .addAll(
            new HBox(12, title, who),
            progress,
            nameLabel,
            name,
            buttons,
            suggestion,
            stepNote,
            others,
            new HBox(6, goal, overall),
            derivationNote,
            new HBox(8, minimal(new Label("show:")), filter),
            adjudicate,
            problem);
    a.revisionProperty().addListener(o -> update());
    vm.stepProperty().addListener(o -> update());
    vm.onSelectedState(this::update);
    update();
  }

  /**
   * Asks for the annotator's name in the panel (kept for the profile); {@code then} runs when it is
   * given or Esc is pressed, to hand the keys back.
   */
  public void askName(Runnable then) {
    done = then;
    showName(true);
    name.requestFocus();
    // the key that asked is still to be typed (its KEY_TYPED follows the KEY_PRESSED that got
    // here) and would land in the field: set the text after it
    String current = a.annotatorProperty().get();
    Platform.runLater(
        () -> {
          name.setText(current);
          name.end();
        });
  }

  private void showName(boolean show) {
    for (Node n : List.of(nameLabel, name)) {
      n.setVisible(show);
      n.setManaged(show);
    }
  }

  private void saveDerivation() {
    if (updating) {
      return;
    }
    Boolean reached =
        switch (goal.getSelectionModel().getSelectedIndex()) {
          case 1 -> true;
          case 2 -> false;
          default -> null;
        };
    int o = overall.getSelectionModel().getSelectedIndex();
    a.setDerivation(reached, o <= 0 ? null : Overall.values()[o - 1], derivationNote.getText());
  }

  private void update() {
    updating = true;
    try {
      Item i = vm.selectedProperty().get();
      int k = vm.stepProperty().get();
      StepCategory mine = i == null || k < 1 ? null : a.read().mine(i, k);
      for (StepCategory c : StepCategory.values()) {
        categories[c.ordinal()].getStyleClass().remove("chosen");
        if (c == mine) {
          categories[c.ordinal()].getStyleClass().add("chosen");
        }
      }
      Optional<StepCategory> s = i == null ? Optional.empty() : Suggestions.of(i, k);
      String from = i != null && Suggestions.checker(i, k).isPresent() ? "checker" : "flagger";
      suggestion.setText(
          s.map(c -> "Enter: " + word(c) + " (" + from + ")  \u00B7  Tab: next unannotated")
              .orElse("Tab: next unannotated"));
      stepNote.setText(i == null || k < 1 ? "" : a.read().note(i, k));
      others.setText(i == null || k < 1 ? "" : others(i, k));
      Optional<DerivationLabel> d = i == null ? Optional.empty() : a.read().derivation(i);
      goal.getSelectionModel()
          .select(d.map(x -> x.goalReached() == null ? 0 : x.goalReached() ? 1 : 2).orElse(0));
      overall
          .getSelectionModel()
          .select(d.map(x -> x.overall() == null ? 0 : x.overall().ordinal() + 1).orElse(0));
      derivationNote.setText(d.map(DerivationLabel::note).orElse(""));
    } finally {
      updating = false;
    }
  }

  /** "step 2 — ann: skipped · bob: valid · final: skipped". */
  private String others(Item i, int k) {
    String labels =
        a.read().labels(i).stream()
            .filter(l -> l.step() == k)
            .map(l -> l.annotator() + ": " + word(l.category()))
            .collect(Collectors.joining(" \u00B7 "));
    String fin =
        a.read().adjudications(i).stream()
            .filter(x -> x.step() == k)
            .map(x -> " \u00B7 final: " + word(x.category()))
            .findFirst()
            .orElse("");
    return labels.isEmpty() && fin.isEmpty()
        ? "step " + k + ": no labels yet"
        : "step " + k + " \u2014 " + labels + fin;
  }

  private static Label minimal(Label l) {
    l.setMinWidth(Region.USE_PREF_SIZE);
    return l;
  }

  static String word(StepCategory c) {
    return c.name().charAt(0) + c.name().substring(1).toLowerCase(Locale.ROOT);
  }
}
