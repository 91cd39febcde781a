package org.derivx.gui.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.derivx.annotate.AnnotationStore;
import org.derivx.annotate.Item;
import org.derivx.check.CheckOptions;
import org.derivx.check.DerivationReport;
import org.derivx.check.run.StepChecker;
import org.derivx.derivation.DerivationRecord;
import org.derivx.derivation.StepCategory;
import org.derivx.io.Datasets;
import org.derivx.render.ReportWriter;
import org.derivx.report.Chart;
import org.derivx.report.Entries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportSummaryTest {
  @TempDir Path dir;

  @Test
  void summaryListsJudgeAgreementAndAnnotatorKappas() throws Exception {
    DerivationRecord r =
        Datasets.load(Path.of("sample-derivations/paper-layout_results.json")).records().get(0);
    List<Entries.Source> sources = new ArrayList<>();
    List<DerivationReport> checks = new ArrayList<>();
    for (var v : r.variants()) {
      sources.add(new Entries.Source("paper.json", r, v));
      checks.add(new StepChecker(CheckOptions.defaults()).check(r.id(), v));
    }
    try (AnnotationStore s = AnnotationStore.open(dir.resolve("a.db"))) {
      Item item = Item.of(r, r.variants().get(0));
      for (int k = 1; k <= 3; k++) {
        s.setStep(item, k, "ann", StepCategory.VALID, "");
        s.setStep(item, k, "bob", k == 3 ? StepCategory.SKIPPED : StepCategory.VALID, "");
      }
      String text = ReportViewModel.summary(Entries.build(sources, checks, null, s));
      assertThat(text)
          .contains("checker vs annotators: macro-F1")
          .contains("ann / bob: Cohen's \u03BA")
          .contains("all annotators: Fleiss' \u03BA")
          .doesNotContain("flagger");

      // a handful of labels make the annotators' chart come first; the Report opens on the
      // checker's, which covers every checked step
      List<Chart> charts = ReportWriter.charts(Entries.build(sources, checks, null, s));
      assertThat(charts.get(0).title()).doesNotContain("(checker)");
      assertThat(ReportViewModel.opening(charts).title())
          .isEqualTo("Step categories per model and perturbation (checker)");
    }
  }
}
