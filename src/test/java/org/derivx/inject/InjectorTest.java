package org.derivx.inject;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.derivx.annotate.Fingerprints;
import org.derivx.check.CheckOptions;
import org.derivx.derivation.DerivationRecord;
import org.derivx.derivation.Label;
import org.derivx.io.Datasets;
import org.derivx.testing.SharedData;
import org.junit.jupiter.api.Test;

/** Errors injected into real references: labelled by the checker, reproducible, split by record. */
class InjectorTest {
  private static final CheckOptions CHECK = CheckOptions.defaults().withSymbolic(false);

  private static DerivationRecord sample() throws Exception {
    return Datasets.load(Path.of("sample-derivations/paper-layout_results.json")).records().get(0);
  }

  @Test
  void aReferenceGivesItsCleanSelfAndInjectedErrorsLabelledByTheChecker() throws Exception {
    DerivationRecord r = sample();
    List<Labelled> made = new Injector(new Injector.Options(1, 11, 0), CHECK).record(r);
    Map<String, List<Labelled>> byKind =
        made.stream().collect(Collectors.groupingBy(l -> String.valueOf(l.meta().get("kind"))));
    assertThat(byKind).containsKey("clean");
    for (Labelled clean : byKind.get("clean")) {
      assertThat(clean.labels())
          .extracting(Label::category)
          .allMatch(c -> c.equals("VALID") || c.equals("PREMISE"));
    }
    // most kinds fit a short derivation; nearly every injection has an error the checker found
    // (a truncated equation that no longer parses is left unlabelled: no error label there)
    assertThat(byKind.keySet().size()).isGreaterThan(5);
    int injected = 0;
    int withError = 0;
    for (Labelled l : made) {
      assertThat(l.meta())
          .containsEntry("record", Fingerprints.record(r))
          .containsEntry("source", "injected");
      if (!"clean".equals(l.meta().get("kind"))) {
        injected++;
        withError += l.firstError().equals("clean") ? 0 : 1;
      }
    }
    assertThat(withError).isGreaterThanOrEqualTo(injected * 8 / 10);
    assertThat(made.stream().map(Labelled::firstError).collect(Collectors.toSet()))
        .contains("INCORRECT", "REDUNDANT");
  }

  @Test
  void theOutputDependsOnlyOnTheSeedAndTheRecord() throws Exception {
    DerivationRecord r = sample();
    List<Map<String, Object>> a =
        new Injector(new Injector.Options(3, 4, 0.3), CHECK)
            .record(r).stream().map(Labelled::toJson).toList();
    List<Map<String, Object>> b =
        new Injector(new Injector.Options(3, 4, 0.3), CHECK)
            .record(r).stream().map(Labelled::toJson).toList();
    List<Map<String, Object>> c =
        new Injector(new Injector.Options(4, 4, 0.3), CHECK)
            .record(r).stream().map(Labelled::toJson).toList();
    assertThat(a).isEqualTo(b).isNotEqualTo(c);
  }

  @Test
  void badOptionsAreRefusedWithTheirName() {
    assertThatThrownBy(() -> new Injector.Options(1, -1, 0))
        .hasMessageContaining("--per-reference");
    assertThatThrownBy(() -> new Injector.Options(1, 1, 1.5)).hasMessageContaining("probability");
    assertThatThrownBy(() -> RecordSplit.Part.parse("test")).hasMessageContaining("unknown split");
  }

  @Test
  void everyRecordOfTheGoldenSetIsHeldOutAndEveryFifthRecordToo() throws Exception {
    Path data = SharedData.require("chatgpt_results.json");
    Set<String> goldenIds = new HashSet<>();
    for (String line :
        Files.readAllLines(Path.of("src/test/resources/golden/real-derivations.tsv"))) {
      if (!line.startsWith("id\t")) {
        goldenIds.add(line.split("\t")[0]);
      }
    }
    Set<String> fingerprints = new HashSet<>();
    int train = 0;
    for (DerivationRecord r : Datasets.load(data).records()) {
      String f = Fingerprints.record(r);
      if (goldenIds.contains(r.id())) {
        fingerprints.add(f);
        assertThat(RecordSplit.heldOut(r)).as(r.id()).isTrue();
        assertThat(RecordSplit.Part.TRAIN.accepts(r)).isFalse();
      }
      if (r.id().matches(".*#\\d*[05]")) {
        assertThat(RecordSplit.heldOut(r)).as(r.id()).isTrue();
      }
      train += RecordSplit.Part.TRAIN.accepts(r) ? 1 : 0;
    }
    assertThat(fingerprints).isEqualTo(RecordSplit.GOLDEN);
    assertThat(train).isPositive();
  }
}
