package org.derivx.io;

import static org.assertj.core.api.Assertions.assertThat;

import org.derivx.derivation.Dataset;
import org.derivx.derivation.Derivation;
import org.derivx.derivation.DerivationRecord;
import org.derivx.expr.SExpr;
import org.derivx.latex.LatexNormalizer;
import org.derivx.latex.LatexParser;
import org.derivx.latex.LatexPrinter;
import org.derivx.metrics.ParseStats;
import org.derivx.testing.SharedData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The paper's published results: the parse-rate bars of the core issue, on real model output. */
class SharedDataParseTest {
  static Dataset data;

  @BeforeAll
  static void load() throws Exception {
    data = Datasets.load(SharedData.require("chatgpt_results.json"));
  }

  @Test
  void readsAllRecordsAndVariants() {
    assertThat(data.problems()).isEmpty();
    assertThat(data.records()).hasSize(100);
    assertThat(data.records().get(0).id()).isEqualTo("chatgpt_results#0");
    assertThat(data.records()).allSatisfy(r -> assertThat(r.variants()).hasSize(10));
    assertThat(data.records())
        .flatExtracting(r -> r.variants())
        .filteredOn(Derivation::isReference)
        .allSatisfy(v -> assertThat(v.annotations()).hasSize(v.size()));
  }

  @Test
  void parseRatesMeetTheBar() {
    ParseStats refs = new ParseStats();
    ParseStats gens = new ParseStats();
    refs.add(filter(Derivation.Kind.REFERENCE));
    gens.add(filter(Derivation.Kind.GENERATION));
    assertThat(refs.equations()).isEqualTo(2940);
    assertThat((double) refs.parsed() / refs.equations()).isGreaterThanOrEqualTo(0.995);
    assertThat((double) gens.parsed() / gens.equations()).isGreaterThanOrEqualTo(0.98);
  }

  @Test
  void everyParsedEquationPrintsAndParsesBackToTheSameTree() {
    data.records().stream()
        .flatMap(r -> r.variants().stream())
        .flatMap(v -> v.steps().stream())
        .filter(e -> e.parsed())
        .forEach(
            e -> {
              String printed = LatexPrinter.print(e.tree());
              assertThat(SExpr.of(LatexParser.parseRelation(printed)))
                  .as(e.raw())
                  .isEqualTo(SExpr.of(e.tree()));
              assertThat(LatexNormalizer.normalize(printed)).isEqualTo(printed);
            });
  }

  private static Dataset filter(Derivation.Kind kind) {
    return new Dataset(
        data.file(),
        data.format(),
        data.records().stream()
            .map(
                r ->
                    new DerivationRecord(
                        r.id(),
                        r.source(),
                        r.prompt(),
                        r.variants().stream().filter(v -> v.kind() == kind).toList(),
                        r.meta()))
            .toList(),
        data.problems());
  }
}
