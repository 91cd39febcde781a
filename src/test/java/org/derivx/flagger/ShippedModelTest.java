package org.derivx.flagger;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.derivx.derivation.Derivation;
import org.derivx.derivation.DerivationRecord;
import org.derivx.derivation.Label;
import org.derivx.derivation.StepCategory;
import org.derivx.io.Datasets;
import org.junit.jupiter.api.Test;

/** The committed model loads with this version's inputs and reads the generator's samples. */
class ShippedModelTest {
  @Test
  void theShippedModelFlagsTheSyntheticSamplesAsLabelled() throws Exception {
    List<Derivation> all = new ArrayList<>();
    for (DerivationRecord r :
        Datasets.load(Path.of("sample-derivations/synthetic.jsonl")).records()) {
      all.addAll(r.variants());
    }
    try (FlaggerModel m = Models.load(null, s -> {})) {
      List<float[][]> p = m.predict(all);
      int steps = 0;
      int agree = 0;
      int errors = 0;
      int errorsFound = 0;
      for (int i = 0; i < all.size(); i++) {
        for (Label l : FlaggerTrainer.withLabels(all.get(i)).labels()) {
          StepCategory truth = StepCategory.JUDGED.get(StepCategory.indexOf(l.category()));
          StepCategory top = StepCategory.top(p.get(i)[l.step() - 1]);
          steps++;
          agree += top == truth ? 1 : 0;
          if (truth != StepCategory.VALID) {
            errors++;
            errorsFound += top == truth ? 1 : 0;
          }
        }
      }
      assertThat(steps).isGreaterThan(120);
      assertThat((double) agree / steps).as("step accuracy").isGreaterThan(0.9);
      assertThat(errorsFound)
          .as("injected errors found, of %d", errors)
          .isGreaterThanOrEqualTo(errors / 2);
    }
  }
}
