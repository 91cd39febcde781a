package org.derivx.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.derivx.check.CheckOptions;
import org.derivx.check.DerivationReport;
import org.derivx.check.run.StepChecker;
import org.derivx.derivation.Derivation;
import org.derivx.derivation.DerivationRecord;
import org.derivx.io.Datasets;
import org.derivx.render.DerivationFigure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A JSONL record without {@code model} is a generation by an unnamed model: it reads "model not
 * given" everywhere, never the reader's internal variant name "steps" nor "null" (issue 18).
 */
class ModelNotGivenTest {
  @TempDir Path dir;

  @Test
  void aRecordWithoutModelIsNamedSoInTablesChartsAndFigures() throws Exception {
    Path f = dir.resolve("no-model.jsonl");
    Files.writeString(
        f,
        "{\"id\": \"a\", \"steps\": [\"x = 1\", \"x + 1 = 2\"]}\n"
            + "{\"id\": \"b\", \"steps\": [\"y = 2\", \"2 y = 4\"], \"variant\": \"VR\"}\n");
    List<Entries.Source> sources = new ArrayList<>();
    List<DerivationReport> checks = new ArrayList<>();
    for (DerivationRecord r : Datasets.load(f).records()) {
      for (Derivation v : r.variants()) {
        sources.add(new Entries.Source(f.getFileName().toString(), r, v));
        checks.add(new StepChecker(CheckOptions.defaults()).check(r.id(), v));
      }
    }
    List<Entry> entries = Entries.build(sources, checks, null, null);

    assertThat(entries).extracting(Entry::model).containsOnly("model not given");
    assertThat(ReportCsv.steps(entries))
        .extracting(ReportCsv.StepRow::model)
        .containsOnly("model not given");
    assertThat(ReportCsv.derivations(entries))
        .extracting(ReportCsv.DerivationRow::model)
        .containsOnly("model not given");
    assertThat(ReportCharts.categories(entries, Judge.CHECKER).groups())
        .containsExactlyInAnyOrder("model not given · static", "model not given · VR");

    Entries.Source b = sources.get(1);
    String title = DerivationFigure.of("b", b.derivation(), checks.get(1)).title();
    assertThat(title).isEqualTo("b · model not given · VR").doesNotContain("null", "steps");
  }
}
