package org.derivx.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.derivx.derivation.Dataset;
import org.derivx.derivation.DerivationRecord;
import org.derivx.io.Datasets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FingerprintsTest {
  @TempDir Path dir;

  @Test
  void reorderingTheFileKeepsEveryKey() throws Exception {
    List<String> lines = Files.readAllLines(Path.of("sample-derivations/hand-written.jsonl"));
    List<String> reversed = new ArrayList<>(lines);
    Collections.reverse(reversed);
    Path a = dir.resolve("a.jsonl");
    Path b = dir.resolve("b.jsonl");
    Files.write(a, lines);
    Files.write(b, reversed);
    Dataset da = Datasets.load(a);
    Dataset db = Datasets.load(b);
    assertThat(Fingerprints.dataset(da)).isEqualTo(Fingerprints.dataset(db));
    for (DerivationRecord r : da.records()) {
      DerivationRecord same =
          db.records().stream().filter(x -> x.id().equals(r.id())).findFirst().orElseThrow();
      assertThat(Item.of(same, same.variants().get(0))).isEqualTo(Item.of(r, r.variants().get(0)));
    }
    // distinct records get distinct keys
    assertThat(da.records().stream().map(Fingerprints::record).distinct().count())
        .isEqualTo(da.records().size());
  }

  @Test
  void aChangedGenerationKeepsItsRecordButNotItsContent() throws Exception {
    Path p = Path.of("sample-derivations/paper-layout_results.json");
    String json = Files.readString(p);
    Path changed = dir.resolve("changed.json");
    // the example model's static generation, with its last step rewritten
    Files.writeString(
        changed, json.replaceFirst("(\"static_example-model\": \"[^\"]*)\"", "$1 and x = 1\""));
    DerivationRecord r = Datasets.load(p).records().get(0);
    DerivationRecord c = Datasets.load(changed).records().get(0);
    assertThat(Fingerprints.record(c)).isEqualTo(Fingerprints.record(r));
    var gen = r.variants().stream().filter(v -> !v.isReference()).findFirst().orElseThrow();
    var gen2 = c.variant(gen.name()).orElseThrow();
    assertThat(gen2.size()).isEqualTo(gen.size() + 1);
    assertThat(Fingerprints.content(gen2)).isNotEqualTo(Fingerprints.content(gen));
  }
}
