package org.derivx.flagger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.derivx.derivation.Derivation;
import org.derivx.derivation.DerivationRecord;
import org.derivx.io.Datasets;
import org.junit.jupiter.api.Test;

/**
 * The loaded model's packed inference (each distinct equation read once, groups by length) gives
 * the scores of the padded batches training uses, on every bundled sample: same order, same shapes,
 * the same numbers up to float rounding.
 */
class PackedInferenceTest {
  @Test
  void packedScoresAreThePaddedBatchesScores() throws Exception {
    List<Derivation> all = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of("sample-derivations"))) {
      for (Path f : files.filter(p -> !p.toString().endsWith(".md")).sorted().toList()) {
        for (DerivationRecord r : Datasets.load(f).records()) {
          all.addAll(r.variants());
        }
      }
    }
    // a derivation twice (every equation shared) and more than one derivation-level group
    all.add(all.get(0));
    while (all.size() <= PackedInference.DERIVATIONS_PER_GROUP) {
      all.addAll(List.copyOf(all));
    }
    try (FlaggerModel m = Models.load(null, s -> {})) {
      List<Encoding> enc = m.encode(all);
      List<float[][]> packed = m.logits(enc);
      List<float[][]> padded = m.padded(enc);
      assertThat(packed).hasSameSizeAs(padded);
      for (int i = 0; i < packed.size(); i++) {
        assertThat(packed.get(i)).as("derivation %d", i).hasDimensions(padded.get(i).length, 5);
        for (int k = 0; k < packed.get(i).length; k++) {
          for (int c = 0; c < 5; c++) {
            assertThat(packed.get(i)[k][c])
                .as("derivation %d step %d class %d", i, k + 1, c)
                .isCloseTo(padded.get(i)[k][c], within(1e-4f));
          }
        }
      }
      // one derivation alone, as the window asks
      float[][] one = m.logits(List.of(enc.get(3))).get(0);
      assertThat(one[0][0]).isCloseTo(padded.get(3)[0][0], within(1e-4f));
    }
  }
}
