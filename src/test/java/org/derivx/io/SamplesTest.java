package org.derivx.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
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
        .containsExactly("hand-written.jsonl", "paper-layout_results.json", "plain.txt");
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
}
