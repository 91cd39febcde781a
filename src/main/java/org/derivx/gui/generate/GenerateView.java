package org.derivx.gui.generate;

import javafx.geometry.Insets;
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
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.derivx.render.VerdictStyle;

/**
 * The Generate panel: prompt, model, sampling, Generate and Stop; the model's text as it streams
 * and each completed equation with its verdict's colour, symbol and word. Binds to a {@link
 * GenerateViewModel}; all work happens there, off the FX thread.
 */
public final class GenerateView extends BorderPane {
  public GenerateView(GenerateViewModel vm) {
    TextArea prompt = new TextArea();
    prompt.setId("generate-prompt");
    prompt.setPromptText("Given f{(x)} = x^{2}, then obtain \\frac{d}{d x} f{(x)} = 2 x");
    prompt.setPrefRowCount(2);
    prompt.textProperty().bindBidirectional(vm.promptProperty());
    TextField model = new TextField();
    model.setId("generate-model");
    model.textProperty().bindBidirectional(vm.modelProperty());
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
    HBox settings =
        new HBox(
            8,
            new Label("Model"),
            model,
            browse,
            new Label("Temperature"),
            temperature,
            new Label("Seed"),
            seed,
            new Label("Max tokens"),
            max,
            grammar,
            generate,
            stop);
    TextArea text = new TextArea();
    text.setId("generate-text");
    text.setEditable(false);
    text.setWrapText(true);
    text.setPrefRowCount(4);
    text.textProperty().bind(vm.textProperty());
    ListView<GenerateViewModel.Row> steps = new ListView<>(vm.steps());
    steps.setId("generate-steps");
    steps.setCellFactory(
        l ->
            new ListCell<>() {
              @Override
              protected void updateItem(GenerateViewModel.Row r, boolean empty) {
                super.updateItem(r, empty);
                if (empty || r == null) {
                  setText(null);
                  setStyle("");
                  return;
                }
                VerdictStyle s = VerdictStyle.of(r.verdict());
                setText(r.number() + ".  " + s.symbol() + " " + s.word() + "   " + r.latex());
                setStyle("-fx-text-fill: " + s.hex() + ";");
              }
            });
    Label status = new Label();
    status.setId("generate-status");
    status.textProperty().bind(vm.statusProperty());
    VBox top = new VBox(8, prompt, settings);
    top.setPadding(new Insets(8));
    setTop(top);
    setCenter(new VBox(8, text, steps));
    setBottom(status);
    BorderPane.setMargin(status, new Insets(4, 8, 4, 8));
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
