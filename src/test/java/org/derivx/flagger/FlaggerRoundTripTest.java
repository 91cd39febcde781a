package org.derivx.flagger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.derivx.check.CheckOptions;
import org.derivx.derivation.Derivation;
import org.derivx.derivation.StepCategory;
import org.derivx.synth.Synthesis;
import org.derivx.synth.SyntheticDerivation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A tiny model: trained on generated data, saved, loaded, and it predicts the same. */
class FlaggerRoundTripTest {
  @Test
  void trainSaveLoadPredict(@TempDir Path dir) throws Exception {
    Synthesis s =
        new Synthesis(
            new Synthesis.Options(5, List.of("EE"), true, 0.2),
            CheckOptions.defaults().withSymbolic(false));
    List<Derivation> data = new ArrayList<>();
    List<FlaggerTrainer.Example> examples = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      for (SyntheticDerivation d : s.item(i)) {
        data.add(d.derivation());
        // an item's variants are one group: never split between training and validation
        examples.add(new FlaggerTrainer.Example(d.derivation(), "item" + i, 1));
      }
    }
    FlaggerTrainer.Settings tiny =
        new FlaggerTrainer.Settings(2, 8, 1e-3f, 7, new FlaggerBlock.Config(0, 16, 2, 1, 32));
    FlaggerTrainer.Report[] report = new FlaggerTrainer.Report[1];
    List<String> log = new ArrayList<>();
    try (FlaggerModel model = FlaggerTrainer.train(examples, tiny, log::add, report)) {
      assertThat(report[0].log()).hasSize(2);
      assertThat(report[0].temperature()).isBetween(0.5, 5.0);
      List<float[][]> before = model.predict(data);
      model.save(dir);
      assertThat(dir.resolve("vocabulary.txt")).exists();
      assertThat(dir.resolve("config.properties")).exists();
      assertThat(Files.list(dir).map(p -> p.getFileName().toString()))
          .anySatisfy(n -> assertThat(n).endsWith(".params"));
      try (FlaggerModel back = FlaggerModel.load(dir, log::add)) {
        List<float[][]> after = back.predict(data);
        for (int i = 0; i < data.size(); i++) {
          assertThat(after.get(i)).hasNumberOfRows(data.get(i).size());
          for (int k = 0; k < data.get(i).size(); k++) {
            float sum = 0;
            for (int c = 0; c < StepCategory.JUDGED.size(); c++) {
              assertThat(after.get(i)[k][c]).isCloseTo(before.get(i)[k][c], within(1e-5f));
              sum += after.get(i)[k][c];
            }
            assertThat(sum).isCloseTo(1f, within(1e-4f));
          }
        }
      }
    }
  }

  @Test
  void missingModelIsAClearError(@TempDir Path dir) {
    Assertions.assertThatThrownBy(() -> FlaggerModel.load(dir, m -> {}))
        .isInstanceOf(FlaggerException.class)
        .hasMessage("bad flagger model: " + dir.resolve("config.properties") + ": missing");
  }
}
