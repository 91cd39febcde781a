package org.derivx.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.derivx.check.CheckOptions;
import org.derivx.check.run.StepChecker;
import org.derivx.derivation.Dataset;
import org.derivx.derivation.Equation;
import org.junit.jupiter.api.Test;

/** The bundled samples are what a new user sees first: they must read cleanly. */
class SamplesTest {
  @Test
  void everySampleReadsWithoutProblems() throws Exception {
    List<Path> files = DatasetFiles.expand(List.of(Path.of("sample-derivations")));
    assertThat(files)
        .extracting(p -> p.getFileName().toString())
        .containsExactly(
            "hand-written.jsonl", "paper-layout_results.json", "plain.txt", "synthetic.jsonl");
    for (Path f : files) {
      Dataset d = Datasets.load(f);
      assertThat(d.problems()).as(f.toString()).isEmpty();
      assertThat(d.records()).as(f.toString()).isNotEmpty();
      d.records()
          .forEach(
              r ->
                  r.variants()
                      .forEach(
                          v ->
                              v.steps().stream()
                                  .filter(e -> !e.parsed())
                                  .map(Equation::raw)
                                  .forEach(
                                      raw ->
                                          assertThat(r.id())
                                              .as("only the deliberate prose step fails: " + raw)
                                              .isEqualTo("unparseable-step"))));
    }
  }

  /** Every label the samples carry is what the checker says (they teach the verdicts). */
  @Test
  void sampleLabelsAreTheCheckersVerdicts() throws Exception {
    int labelled = 0;
    for (String f : List.of("hand-written.jsonl", "synthetic.jsonl")) {
      for (var r : Datasets.load(Path.of("sample-derivations", f)).records()) {
        for (var v : r.variants()) {
          var report = new StepChecker(CheckOptions.defaults()).check(r.id(), v);
          for (var l : v.labels()) {
            assertThat(report.steps().get(l.step() - 1).verdict().name())
                .as(f + " " + r.id() + " step " + l.step())
                .isEqualTo(l.category());
            labelled++;
          }
        }
      }
    }
    assertThat(labelled).isGreaterThan(120);
  }
}
