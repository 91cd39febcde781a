package org.derivx.flagger;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.derivx.derivation.Derivation;
import org.derivx.derivation.DerivationRecord;
import org.derivx.io.Datasets;
import org.derivx.testing.Golden;
import org.junit.jupiter.api.Test;

/**
 * The shipped model's probabilities on every bundled sample are those of the golden table to the
 * bit: the forward pass may get faster, not different. On a mismatch the actual table is written to
 * {@code target/flagger-scores.actual.tsv} (to replace the golden one when the model was retrained
 * on purpose).
 */
class FlaggerScoresGoldenTest {
  @Test
  void samplesScoreAsTheGoldenTableToTheBit() throws Exception {
    List<Derivation> all = new ArrayList<>();
    List<String> names = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of("sample-derivations"))) {
      for (Path f : files.filter(p -> !p.toString().endsWith(".md")).sorted().toList()) {
        for (DerivationRecord r : Datasets.load(f).records()) {
          for (Derivation d : r.variants()) {
            all.add(d);
            names.add(f.getFileName() + "\t" + r.id() + "\t" + d.name());
          }
        }
      }
    }
    List<String> actual = new ArrayList<>();
    try (FlaggerModel m = Models.load(null, s -> {})) {
      List<float[][]> p = m.predictEncodings(m.encode(all));
      for (int i = 0; i < all.size(); i++) {
        for (int k = 0; k < p.get(i).length; k++) {
          StringBuilder row = new StringBuilder(names.get(i)).append('\t').append(k + 1);
          for (float v : p.get(i)[k]) {
            row.append('\t').append(Integer.toHexString(Float.floatToIntBits(v)));
          }
          actual.add(row.toString());
        }
      }
    }
    List<String> golden =
        Golden.table("/golden/flagger-scores.tsv").stream().map(c -> String.join("\t", c)).toList();
    if (!actual.equals(golden)) {
      Files.createDirectories(Path.of("target"));
      Files.write(Path.of("target", "flagger-scores.actual.tsv"), actual, StandardCharsets.UTF_8);
    }
    assertThat(actual).hasSize(189).containsExactlyElementsOf(golden);
  }
}
