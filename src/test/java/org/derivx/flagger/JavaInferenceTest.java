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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The loaded model's forward pass in plain Java gives the scores of the network itself (DJL's
 * blocks in padded batches, as training runs it), on every bundled sample: same order, same shapes,
 * the same numbers up to float rounding; and a derivation's scores do not depend on what else is in
 * the call.
 */
class JavaInferenceTest {
  private static final List<Derivation> ALL = new ArrayList<>();

  @BeforeAll
  static void samples() throws Exception {
    try (Stream<Path> files = Files.list(Path.of("sample-derivations"))) {
      for (Path f : files.filter(p -> !p.toString().endsWith(".md")).sorted().toList()) {
        for (DerivationRecord r : Datasets.load(f).records()) {
          ALL.addAll(r.variants());
        }
      }
    }
    // a derivation twice: every equation of the second is already read
    ALL.add(ALL.get(0));
  }

  @Test
  void scoresAreTheNetworksInPaddedBatches() throws Exception {
    try (FlaggerModel m = Models.load(null, s -> {})) {
      List<Encoding> enc = m.encode(ALL);
      List<float[][]> java = m.logits(enc);
      List<float[][]> padded = m.padded(enc);
      assertThat(java).hasSameSizeAs(padded);
      for (int i = 0; i < java.size(); i++) {
        assertThat(java.get(i)).as("derivation %d", i).hasDimensions(padded.get(i).length, 5);
        for (int k = 0; k < java.get(i).length; k++) {
          for (int c = 0; c < 5; c++) {
            assertThat(java.get(i)[k][c])
                .as("derivation %d step %d class %d", i, k + 1, c)
                .isCloseTo(padded.get(i)[k][c], within(1e-4f));
          }
        }
      }
    }
  }

  @Test
  void aDerivationsScoresDoNotDependOnTheCall() throws Exception {
    try (FlaggerModel m = Models.load(null, s -> {})) {
      List<Encoding> enc = m.encode(ALL);
      List<float[][]> together = m.logits(enc);
      for (int i = 0; i < enc.size(); i++) {
        // alone (one thread, nothing read before) and in a parallel call with all the others
        assertThat(m.logits(List.of(enc.get(i))).get(0))
            .as("derivation %d", i)
            .isDeepEqualTo(together.get(i));
      }
    }
  }
}
