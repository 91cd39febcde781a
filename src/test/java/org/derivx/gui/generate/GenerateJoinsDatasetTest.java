package org.derivx.gui.generate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.derivx.check.CheckOptions;
import org.derivx.derivation.Dataset;
import org.derivx.derivation.Derivation;
import org.derivx.derivation.DerivationRecord;
import org.derivx.derivation.StepCategory;
import org.derivx.gui.session.Item;
import org.derivx.gui.session.Session;
import org.derivx.gui.session.Tasks;
import org.derivx.io.Datasets;
import org.derivx.lm.DerivationPrompt;
import org.derivx.lm.TinyLlama;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Generate panel with a dataset open: the selected derivation's prompt, a flag for each
 * equation, and the result joining the dataset as {@code <perturbation>_<model>} and its JSONL.
 */
@ExtendWith(ApplicationExtension.class)
class GenerateJoinsDatasetTest {
  private static final Path SAMPLE = Path.of("sample-derivations/hand-written.jsonl");

  @TempDir static Path dir;
  private Session session;
  private GenerateViewModel vm;
  private final List<Item> joined = new ArrayList<>();
  private final List<Integer> flaggedSizes = new ArrayList<>();
  private Path jsonl;

  @Start
  void start(Stage stage) throws Exception {
    Path tiny = dir.resolve("tiny.gguf");
    TinyLlama.write(tiny, true);
    jsonl = dir.resolve("hand-written.generated.jsonl");
    Files.deleteIfExists(jsonl);
    session = new Session(Tasks.fx(2));
    // the sample's first record as a reference, as the generator writes them
    String first = Files.readAllLines(SAMPLE, StandardCharsets.UTF_8).get(0);
    Path data = dir.resolve("reference.jsonl");
    Files.writeString(data, first.replaceFirst("\\{", "{\"kind\": \"reference\", ") + "\n");
    Dataset d = Datasets.load(data);
    List<Item> items = new ArrayList<>();
    for (DerivationRecord r : d.records()) {
      r.variants().forEach(v -> items.add(new Item(r, v)));
    }
    session.add(items);
    GenerateTarget target =
        new GenerateTarget() {
          @Override
          public Path jsonl() {
            return jsonl;
          }

          @Override
          public void add(Item item) {
            session.add(List.of(item));
            joined.add(item);
          }

          @Override
          public float[][] flag(Derivation derivation) {
            synchronized (flaggedSizes) {
              flaggedSizes.add(derivation.steps().size());
            }
            float[][] p = new float[derivation.steps().size()][StepCategory.values().length];
            for (float[] row : p) {
              row[StepCategory.VALID.ordinal()] = 0.9f;
            }
            return p;
          }
        };
    vm = new GenerateViewModel(session, CheckOptions.defaults().withSymbolic(false), target);
    vm.modelProperty().set(tiny.toString());
    stage.setScene(new Scene(new GenerateView(vm), 900, 500));
    stage.setOnHidden(e -> vm.close());
    stage.show();
  }

  @Test
  void theSelectedPromptIsAnsweredAndTheResultJoinsTheDatasetAndItsJsonl(FxRobot robot)
      throws Exception {
    Item chain =
        session.items().stream()
            .filter(i -> i.id().equals("valid-chain"))
            .findFirst()
            .orElseThrow();
    assertThat(chain.derivation().isReference()).isTrue();
    // opening the panel makes no checker (it would load Symja on the FX thread); the first
    // generation makes it on the worker
    assertThat(vm.checkerMade()).isFalse();
    robot.interact(() -> session.selectedProperty().set(chain));
    robot.clickOn("#generate-use-selection");
    String sentence = DerivationPrompt.text(chain.record().prompt()).strip();
    assertThat(vm.promptProperty().get()).isEqualTo(sentence);
    robot.interact(() -> vm.maxTokensProperty().set(40));
    generate(robot);

    assertThat(joined).hasSize(1);
    assertThat(vm.checkerMade()).isTrue();
    Item g = joined.get(0);
    assertThat(g.id()).isEqualTo("valid-chain");
    assertThat(g.derivation().name()).isEqualTo("static_tiny");
    assertThat(g.derivation().isReference()).isFalse();
    assertThat(g.report()).isNotNull();
    assertThat(g.flags()).isNotNull();
    // the record keeps its reference, so the generation can be compared with it
    assertThat(g.record().variants()).anyMatch(Derivation::isReference);
    assertThat(session.find("valid-chain", "static_tiny")).isSameAs(g);
    // every equation got a flag as it completed, and the rows show it
    assertThat(vm.steps()).isNotEmpty().allSatisfy(r -> assertThat(r.flag()).isNotNull());
    assertThat(flaggedSizes).contains(1);

    List<String> lines = Files.readAllLines(jsonl, StandardCharsets.UTF_8);
    assertThat(lines).hasSize(1);
    JsonNode n = new ObjectMapper().readTree(lines.get(0));
    assertThat(n.get("id").asText()).isEqualTo("valid-chain");
    assertThat(n.get("model").asText()).isEqualTo("tiny");
    assertThat(n.get("variant").asText()).isEqualTo("static");
    assertThat(n.get("prompt").get("premises").get(0).asText()).isEqualTo("f{(x)} = x^{2}");
    assertThat(n.get("reference").size()).isEqualTo(3);
    assertThat(n.get("steps").size()).isEqualTo(g.derivation().steps().size());
    JsonNode meta = n.get("meta");
    assertThat(meta.get("model_file").asText()).endsWith("tiny.gguf");
    assertThat(meta.get("temperature").asDouble()).isZero();
    assertThat(meta.get("seed").asInt()).isEqualTo(1);
    assertThat(meta.get("max_tokens").asInt()).isEqualTo(40);
    assertThat(meta.get("grammar").asBoolean()).isTrue();
    assertThat(meta.get("tokens").asInt()).isPositive();
    // the saved file is a dataset: read back, the same record and variant
    Dataset back = Datasets.load(jsonl);
    assertThat(back.problems()).isEmpty();
    assertThat(back.records().get(0).variant("static_tiny")).isPresent();

    // the same prompt again: a second generation of the record, not a clash
    generate(robot);
    assertThat(joined).hasSize(2);
    assertThat(joined.get(1).id()).isEqualTo("valid-chain/2");
    assertThat(Files.readAllLines(jsonl, StandardCharsets.UTF_8)).hasSize(2);
  }

  @Test
  void aTypedPromptMakesARecordOfItsOwn(FxRobot robot) throws Exception {
    robot.interact(
        () -> {
          vm.promptProperty().set("y = x^{2}, then obtain \\frac{d}{d x} y = 2 x");
          vm.maxTokensProperty().set(20);
        });
    generate(robot);
    Item g = joined.get(joined.size() - 1);
    assertThat(g.id()).startsWith("generated");
    assertThat(g.derivation().name()).isEqualTo("static_tiny");
    assertThat(g.record().prompt().premises()).hasSize(1);
  }

  private void generate(FxRobot robot) throws Exception {
    int before = joined.size();
    robot.clickOn("#generate-run");
    WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> joined.size() > before);
    WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !vm.runningProperty().get());
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(vm.statusProperty().get()).startsWith("Done").contains("saved to " + jsonl);
  }
}
