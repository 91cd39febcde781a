package org.derivx.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.derivx.annotate.AnnotationStore;
import org.derivx.annotate.Item;
import org.derivx.check.CheckOptions;
import org.derivx.check.DerivationReport;
import org.derivx.check.run.BatchChecker;
import org.derivx.check.run.CheckListener;
import org.derivx.derivation.Dataset;
import org.derivx.derivation.Derivation;
import org.derivx.derivation.DerivationRecord;
import org.derivx.derivation.StepCategory;
import org.derivx.io.Datasets;
import org.derivx.metrics.TextMetrics;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportTablesTest {
  static List<Entries.Source> sources = new ArrayList<>();
  static List<DerivationReport> checks;

  @BeforeAll
  static void check() throws Exception {
    for (String f : List.of("hand-written.jsonl", "paper-layout_results.json")) {
      Dataset d = Datasets.load(Path.of("sample-derivations", f));
      for (DerivationRecord r : d.records()) {
        for (Derivation v : r.variants()) {
          sources.add(new Entries.Source(f, r, v));
        }
      }
    }
    checks =
        new BatchChecker(CheckOptions.defaults(), 2)
            .run(
                sources.stream()
                    .map(s -> new BatchChecker.Job(s.record().id(), s.derivation()))
                    .toList(),
                CheckListener.NONE);
  }

  @TempDir Path dir;

  private Entries.Source source(String recordId) {
    return sources.stream().filter(s -> s.record().id().equals(recordId)).findFirst().orElseThrow();
  }

  @Test
  void checkerCountsFollowTheSampleLabels() throws Exception {
    List<Entry> entries = Entries.build(sources, checks, null, null);
    Map<String, Map<String, long[]>> counts = ReportTables.categoryCounts(entries, Judge.CHECKER);
    // hand-written.jsonl: reference-less records are "reference" variants named steps
    long skipped = 0;
    long redundant = 0;
    for (Map<String, long[]> byP : counts.values()) {
      for (long[] c : byP.values()) {
        skipped += c[1];
        redundant += c[2];
      }
    }
    assertThat(skipped).isGreaterThanOrEqualTo(1);
    assertThat(redundant).isGreaterThanOrEqualTo(1);
    assertThat(ReportTables.categoryCounts(entries, Judge.FLAGGER)).isEmpty();
    assertThat(ReportTables.categoryCounts(entries, Judge.HUMAN)).isEmpty();
  }

  private static Entry generation(List<Entry> entries, String perturbation) {
    return entries.stream()
        .filter(e -> !e.derivation().isReference() && e.perturbation().equals(perturbation))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void deltasAreStaticMinusPerturbedMeans() throws Exception {
    List<Entry> entries =
        Entries.build(sources, checks, null, null).stream()
            .filter(e -> e.file().startsWith("paper"))
            .toList();
    Entry st = generation(entries, "static");
    Entry sr = generation(entries, "SR");
    TextMetrics.Scores a = st.scores();
    TextMetrics.Scores b = sr.scores();
    double[] d = ReportTables.metricDeltas(entries).get(st.model()).get("SR");
    assertThat(d[0]).isCloseTo(a.rouge2() - b.rouge2(), within(1e-12));
    assertThat(d[1]).isCloseTo(a.bleu() - b.bleu(), within(1e-12));
    assertThat(d[2]).isCloseTo(a.gleu() - b.gleu(), within(1e-12));
    assertThat(ReportTables.metricDeltas(entries).get(st.model()).keySet())
        .containsExactly("EE", "SR");
  }

  @Test
  void humanFinalLabelsAndAnnotatorAgreement() throws Exception {
    Entries.Source s = source("redundant-step");
    Item item = Item.of(s.record(), s.derivation());
    try (AnnotationStore store = AnnotationStore.open(dir.resolve("a.db"))) {
      // step 1 agreed, step 2 disputed, step 3 disputed but adjudicated, step 4 one annotator
      store.setStep(item, 1, "ann", StepCategory.VALID, "");
      store.setStep(item, 1, "bob", StepCategory.VALID, "");
      store.setStep(item, 2, "ann", StepCategory.VALID, "");
      store.setStep(item, 2, "bob", StepCategory.SKIPPED, "");
      store.setStep(item, 3, "ann", StepCategory.REDUNDANT, "");
      store.setStep(item, 3, "bob", StepCategory.VALID, "");
      store.adjudicate(item, 3, StepCategory.REDUNDANT, "chair", "");
      store.setStep(item, 4, "ann", StepCategory.OTHER, "unclear");
      List<Entry> entries = Entries.build(sources, checks, null, store);
      Entry e = entries.stream().filter(x -> x.item().equals(item)).findFirst().orElseThrow();
      assertThat(HumanLabels.finals(e)).containsExactly("VALID", null, "REDUNDANT", "OTHER", null);
      assertThat(Judge.HUMAN.labels(e)).containsExactly("VALID", null, "REDUNDANT", null, null);
      assertThat(HumanLabels.all(e, 3)).isEqualTo("ann:REDUNDANT;bob:VALID");
      assertThat(HumanLabels.disputed(e, 2)).isTrue();
      assertThat(HumanLabels.disputed(e, 1)).isFalse();
      // ann/bob over steps 1–3: VALID/VALID, VALID/SKIPPED, REDUNDANT/VALID → po = 1/3;
      // ann: V 2/3, R 1/3; bob: V 2/3, S 1/3 → pe = 4/9; κ = (1/3 − 4/9)/(5/9) = −0.2
      assertThat(ReportTables.annotatorKappas(entries))
          .containsOnlyKeys("ann / bob")
          .hasEntrySatisfying("ann / bob", k -> assertThat(k).isCloseTo(-0.2, within(1e-12)));
      ReportTables.Agreement a = ReportTables.agreement(entries, Judge.HUMAN, Judge.CHECKER);
      assertThat(a.steps().scores("REDUNDANT")[3]).isEqualTo(1.0);
    }
  }
}
