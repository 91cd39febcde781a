package org.derivx.gui.generate;

import java.util.Locale;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.derivx.derivation.StepCategory;
import org.derivx.gui.math.StepLine;
import org.derivx.render.VerdictStyle;

/**
 * The Generate panel: prompt, model, sampling, Generate and Stop; the model's text as it streams
 * and each completed equation with its verdict's colour, symbol and word. Binds to a {@link
 * GenerateViewModel}; all work happens there, off the FX thread.
 */
public final class GenerateView extends BorderPane {
  /** Held here, weakly by the session's theme: a closed panel is not kept alive by it. */
  private final InvalidationListener redraw;

  public GenerateView(GenerateViewModel vm) {
    TextArea prompt = new TextArea();
    prompt.setId("generate-prompt");
    prompt.setPromptText("Given f{(x)} = x^{2}, then obtain \\frac{d}{d x} f{(x)} = 2 x");
    prompt.setPrefRowCount(2);
    prompt.textProperty().bindBidirectional(vm.promptProperty());
    TextField model = new TextField();
    model.setId("generate-model");
    model.textProperty().bindBidirectional(vm.modelProperty());
    Button fromSelection = new Button("Prompt of the selection");
    fromSelection.setId("generate-use-selection");
    fromSelection.setOnAction(e -> vm.useSelection());
    Button browse = new Button("Model\u2026");
    browse.setOnAction(
        e -> {
          FileChooser fc = new FileChooser();
          fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("GGUF model", "*.gguf"));
          var f = fc.showOpenDialog(getScene().getWindow());
          if (f != null) {
            vm.modelProperty().set(f.toString());
          }
        });
    Spinner<Double> temperature = new Spinner<>(0.0, 2.0, 0.0, 0.1);
    temperature.getValueFactory().valueProperty().bindBidirectional(vm.temperatureProperty());
    temperature.setPrefWidth(80);
    TextField seed = new TextField();
    seed.setPrefColumnCount(5);
    seed.textProperty().set(Integer.toString(vm.seedProperty().get()));
    seed.textProperty()
        .addListener(
            (o, a, b) -> {
              if (b.matches("\\d{1,9}")) {
                vm.seedProperty().set(Integer.parseInt(b));
              }
            });
    TextField max = new TextField(Integer.toString(vm.maxTokensProperty().get()));
    max.setId("generate-max");
    max.setPrefColumnCount(6);
    max.textProperty()
        .addListener(
            (o, a, b) -> {
              if (b.matches("\\d{1,7}") && Integer.parseInt(b) > 0) {
                vm.maxTokensProperty().set(Integer.parseInt(b));
              }
            });
    CheckBox grammar = new CheckBox("Keep to equations");
    grammar.selectedProperty().bindBidirectional(vm.grammarProperty());
    Button generate = new Button("Generate");
    generate.setId("generate-run");
    generate.setDefaultButton(true);
    generate.disableProperty().bind(vm.runningProperty());
    generate.setOnAction(e -> vm.generate());
    Button stop = new Button("Stop");
    stop.setId("generate-stop");
    stop.disableProperty().bind(vm.runningProperty().not());
    stop.setOnAction(e -> vm.stop());
    HBox modelRow = new HBox(8, fixed(new Label("Model")), model, fixed(browse));
    HBox.setHgrow(model, Priority.ALWAYS);
    HBox settings =
        new HBox(
            8,
            fixed(new Label("Temperature")),
            temperature,
            fixed(new Label("Seed")),
            seed,
            fixed(new Label("Max tokens")),
            max,
            fixed(grammar),
            fixed(generate),
            fixed(stop));
    modelRow.setAlignment(Pos.CENTER_LEFT);
    settings.setAlignment(Pos.CENTER_LEFT);
    TextArea text = new TextArea();
    text.setId("generate-text");
    text.setEditable(false);
    text.setWrapText(true);
    text.setPrefRowCount(4);
    text.textProperty().bind(vm.textProperty());
    ListView<GenerateViewModel.Row> steps = new ListView<>(vm.steps());
    steps.setId("generate-steps");
    steps.getStyleClass().add("generate-steps");
    VBox.setVgrow(steps, Priority.ALWAYS);
    steps.setCellFactory(l -> new RowCell(vm));
    redraw = o -> steps.refresh(); // formulas are drawn in the theme's colours
    vm.darkProperty().addListener(new WeakInvalidationListener(redraw));
    Label status = new Label();
    status.setId("generate-status");
    status.textProperty().bind(vm.statusProperty());
    prompt.setWrapText(true);
    HBox promptRow = new HBox(8, prompt, fixed(fromSelection));
    HBox.setHgrow(prompt, Priority.ALWAYS);
    VBox top = new VBox(8, promptRow, modelRow, settings);
    top.setPadding(new Insets(8));
    setTop(top);
    VBox centre = new VBox(8, text, steps);
    centre.setPadding(new Insets(0, 8, 0, 8));
    setCenter(centre);
    setBottom(status);
    BorderPane.setMargin(status, new Insets(4, 8, 4, 8));
  }

  /** Labels and buttons keep their text whole; the text fields give way instead. */
  private static <T extends Region> T fixed(T r) {
    r.setMinWidth(Region.USE_PREF_SIZE);
    return r;
  }

  /**
   * A completed equation: its number, verdict symbol and typeset formula, then the verdict's word
   * and the flagger's top category (diamond, as in the derivation view).
   */
  private static final class RowCell extends ListCell<GenerateViewModel.Row> {
    private final GenerateViewModel vm;

    RowCell(GenerateViewModel vm) {
      this.vm = vm;
    }

    @Override
    protected void updateItem(GenerateViewModel.Row r, boolean empty) {
      super.updateItem(r, empty);
      if (empty || r == null) {
        setText(null);
        setGraphic(null);
        return;
      }
      VerdictStyle s = VerdictStyle.of(r.verdict());
      Label word = new Label(s.word());
      word.getStyleClass().add("generate-verdict");
      word.setStyle("-fx-text-fill: " + s.hex() + ";");
      HBox why = new HBox(16, word);
      why.getStyleClass().add("justification");
      if (r.flag() != null) {
        why.getChildren().add(flag(r.flag(), vm.flagUncertainBelow()));
      }
      VBox row =
          new VBox(
              2,
              StepLine.of(r.number(), r.equation(), r.result(), StepLine.MATH_SIZE, vm.dark(), 8),
              why);
      row.getStyleClass().addAll("step", s.styleClass()); // the symbol takes the verdict's colour
      setText(null);
      setGraphic(row);
    }

    private static Label flag(float[] p, double uncertainBelow) {
      StepCategory top = StepCategory.top(p);
      String name = top.name().toLowerCase(Locale.ROOT);
      boolean uncertain = p[top.ordinal()] < uncertainBelow;
      Label l =
          new Label(
              String.format(
                  Locale.ROOT,
                  uncertain ? "\u25C6 flagger: uncertain (%s %.0f%%)" : "\u25C6 flagger: %s %.0f%%",
                  name,
                  100 * p[top.ordinal()]));
      l.getStyleClass().addAll("flag-marker", uncertain ? "flag-uncertain" : "flag-" + name);
      return l;
    }
  }

  /** Opens the panel in its own window; closing it ends the model process. */
  public static Stage open(Window owner, GenerateViewModel vm) {
    Stage stage = new Stage();
    stage.initOwner(owner);
    stage.setTitle("Generate a derivation");
    stage.setScene(new Scene(new GenerateView(vm), 980, 560));
    stage.setOnHidden(e -> vm.close());
    stage.show();
    return stage;
  }
}
