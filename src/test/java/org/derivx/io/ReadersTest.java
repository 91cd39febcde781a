package org.derivx.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.derivx.derivation.Dataset;
import org.derivx.derivation.Derivation;
import org.derivx.derivation.DerivationRecord;
import org.derivx.derivation.Equation;
import org.derivx.derivation.ReadProblem;
import org.derivx.derivation.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadersTest {
  @TempDir Path tmp;

  private Path fixture(String name) throws IOException {
    Path p = tmp.resolve(name);
    try (var in = getClass().getResourceAsStream("/fixtures/" + name)) {
      Files.copy(in, p);
    }
    return p;
  }

  @Test
  void resultsJsonVariantsPromptsAndAnnotations() throws Exception {
    Dataset d = Datasets.load(fixture("mini_results.json"));
    assertThat(d.format()).isEqualTo("results-json");
    assertThat(d.records())
        .extracting(DerivationRecord::id)
        .containsExactly("mini_results#0", "mini_results#1");
    DerivationRecord r = d.records().get(0);
    assertThat(r.source()).isEqualTo(Source.element("mini_results.json", 0));
    assertThat(r.variants())
        .extracting(Derivation::name)
        .containsExactly("derivation", "EE derivation", "static_gpt-4", "EE_gpt-4");

    Derivation ref = r.variant("derivation").orElseThrow();
    assertThat(ref.kind()).isEqualTo(Derivation.Kind.REFERENCE);
    assertThat(ref.perturbation()).isEqualTo("static");
    assertThat(ref.size()).isEqualTo(4);
    assertThat(ref.step(1).raw()).isEqualTo("\\eta{(a)} = e^{a}");
    assertThat(ref.annotations()).hasSize(4);
    assertThat(ref.annotations().get(1).operation()).isEqualTo("differentiate");
    assertThat(ref.annotations().get(1).uses()).containsExactly(1);
    assertThat(ref.annotations().get(1).expressionArgs())
        .containsExactly("Symbol('a', commutative=True)");
    assertThat(ref.annotations().get(3).uses()).containsExactly(3, 1);
    assertThat(ref.annotations().get(0).isPremise()).isTrue();

    // the few-shot prompt: only the text after the last "Prompt:" counts
    var prompt = ref.prompt();
    assertThat(prompt.premises()).extracting(Equation::raw).containsExactly("\\eta{(a)} = e^{a}");
    assertThat(prompt.intermediates())
        .extracting(Equation::raw)
        .containsExactly("\\frac{d}{d a} \\eta{(a)} = e^{a}");
    assertThat(prompt.goal().raw()).isEqualTo("\\frac{d}{d a} \\eta{(a)} = \\eta{(a)}");

    Derivation gen = r.variant("static_gpt-4").orElseThrow();
    assertThat(gen.kind()).isEqualTo(Derivation.Kind.GENERATION);
    assertThat(gen.model()).isEqualTo("gpt-4");
    assertThat(gen.step(1).raw()).isEqualTo("\\eta{(a)} = e^{a}");
    assertThat(gen.step(3).parsed()).isFalse();
    assertThat(gen.prompt()).isSameAs(prompt);

    Derivation ee = r.variant("EE_gpt-4").orElseThrow();
    assertThat(ee.perturbation()).isEqualTo("EE");
    assertThat(ee.prompt().premises())
        .extracting(Equation::raw)
        .containsExactly("e^{a} = \\eta{(a)}");
    assertThat(r.meta()).containsEntry("static_rouge", 0.5).containsEntry("EE_rouge", -0.25);

    assertThat(d.records().get(1).variant("static_flan-t5-large").orElseThrow().model())
        .isEqualTo("flan-t5-large");
    assertThat(d.records().get(1).prompt().premises()).hasSize(2);
    assertThat(d.records().get(1).prompt().intermediates()).isEmpty();

    // element 2 is not an object, element 3 has mismatched annotations: reported, not dropped
    assertThat(d.problems())
        .extracting(ReadProblem::source)
        .containsExactly(
            Source.element("mini_results.json", 2), Source.element("mini_results.json", 3));
    assertThat(d.problems().get(0).message()).contains("expected an object");
    assertThat(d.problems().get(1).message()).contains("2 equations").contains("1 annotations");
  }

  @Test
  void truncatedResultsJsonKeepsWhatWasRead() throws Exception {
    Path p = tmp.resolve("cut.json");
    Files.writeString(p, "[{\"derivation\": \"x = 1\"}, {\"derivation\": \"x = ");
    Dataset d = Datasets.load(p);
    assertThat(d.records()).hasSize(1);
    assertThat(d.problems())
        .singleElement()
        .satisfies(
            pr -> {
              assertThat(pr.source().position()).isEqualTo(1);
              assertThat(pr.message()).contains("malformed JSON at line 1");
            });
  }

  @Test
  void jsonlRecordsAndEveryBadLineNamed() throws Exception {
    Dataset d = Datasets.load(fixture("mini.jsonl"));
    assertThat(d.format()).isEqualTo("jsonl");
    assertThat(d.records())
        .extracting(DerivationRecord::id)
        .containsExactly("ok-1", "2", "bad-label", "bad-category", "ops");
    DerivationRecord r = d.records().get(0);
    assertThat(r.source()).isEqualTo(Source.line("mini.jsonl", 1));
    assertThat(r.variants())
        .extracting(Derivation::name)
        .containsExactly("VR_gpt-4", "VR derivation");
    Derivation gen = r.variants().get(0);
    assertThat(gen.steps()).hasSize(3).allMatch(Equation::parsed);
    assertThat(gen.labels())
        .singleElement()
        .satisfies(
            l -> {
              assertThat(l.step()).isEqualTo(3);
              assertThat(l.category()).isEqualTo("VALID");
            });
    assertThat(r.prompt().goal().raw()).isEqualTo("\\frac{d}{d x} f{(x)} = 2 x");
    assertThat(r.meta()).containsEntry("seed", 7).containsEntry("extra", List.of(1, 2));
    assertThat(d.records().get(1).variants().get(0).steps()).hasSize(2);
    assertThat(d.records().get(4).variants().get(0).annotations().get(1).operation())
        .isEqualTo("add");

    assertThat(d.problems())
        .extracting(p -> p.source().position() + ": " + p.message())
        .satisfiesExactly(
            m -> assertThat(m).startsWith("4: malformed JSON"),
            m -> assertThat(m).isEqualTo("5: missing \"id\" (a non-empty string or integer)"),
            m -> assertThat(m).isEqualTo("9: expected a JSON object per line"));
    // a label that cannot apply is dropped with a warning naming file, record and label; the
    // record stays
    assertThat(d.records().get(2).variants().get(0).labels()).isEmpty();
    assertThat(d.records().get(3).variants().get(0).labels()).isEmpty();
    assertThat(d.warnings())
        .extracting(ReadProblem::toString)
        .satisfiesExactly(
            m ->
                assertThat(m)
                    .startsWith("mini.jsonl:6: record bad-label: label 0 {\"step\":4")
                    .endsWith("dropped: there is no step 4 (the derivation has 1 steps)"),
            m ->
                assertThat(m)
                    .startsWith("mini.jsonl:7: record bad-category: label 0")
                    .contains(
                        "unknown category 'WRONG' (one of [INCORRECT, IRRELEVANT, OTHER, PREMISE,"
                            + " REDUNDANT, SKIPPED, VALID])"));
  }

  @Test
  void plainTextBlocks() throws Exception {
    Dataset d = Datasets.load(fixture("mini.txt"));
    assertThat(d.format()).isEqualTo("text");
    assertThat(d.records())
        .extracting(DerivationRecord::id)
        .containsExactly("mini#0", "mini#1", "mini#3");
    DerivationRecord first = d.records().get(0);
    assertThat(first.source()).isEqualTo(Source.line("mini.txt", 2));
    assertThat(first.prompt().premises()).hasSize(2);
    assertThat(first.prompt().goal().raw()).isEqualTo("f{(x)} = g x");
    assertThat(first.variants().get(0).steps())
        .extracting(Equation::raw)
        .containsExactly("f{(x)} = x", "\\frac{d}{d x} f{(x)} = 1");
    assertThat(d.records().get(1).promptIfAny()).isEmpty();
    assertThat(d.records().get(2).variants().get(0).step(1).parsed()).isFalse();
    assertThat(d.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.source()).isEqualTo(Source.line("mini.txt", 12));
              assertThat(p.message()).contains("without equations");
            });
  }

  @Test
  void formatDetectionAndOverride() throws Exception {
    assertThat(FormatDetector.detect(fixture("mini_results.json"))).isEqualTo(Format.RESULTS_JSON);
    assertThat(FormatDetector.detect(fixture("mini.jsonl"))).isEqualTo(Format.JSONL);
    assertThat(FormatDetector.detect(fixture("mini.txt"))).isEqualTo(Format.TEXT);
    Path p = tmp.resolve("looks.json");
    Files.writeString(p, "{not json at all\n");
    assertThat(Datasets.load(p, Format.TEXT).records()).hasSize(1);
    assertThat(Datasets.load(p).problems()).hasSize(1);
  }

  @Test
  void unreadableFilesAreDatasetExceptions() {
    assertThatThrownBy(() -> Datasets.load(tmp.resolve("missing.jsonl")))
        .isInstanceOf(DatasetException.class)
        .hasMessageContaining("no such file");
    assertThatThrownBy(
            () -> {
              Path p = tmp.resolve("obj.json");
              Files.writeString(p, "[ {\"derivation\": 1 ");
              Datasets.load(p, Format.RESULTS_JSON);
            })
        .isInstanceOf(DatasetException.class)
        .hasMessageContaining("malformed JSON");
  }

  @Test
  void jsonlStreamsWithoutHoldingTheFile() throws Exception {
    Path p = tmp.resolve("big.jsonl");
    try (var w = Files.newBufferedWriter(p)) {
      for (int i = 0; i < 20_000; i++) {
        w.write("{\"id\": " + i + ", \"steps\": [\"x = " + i + "\", \"y = x + 1\"]}\n");
      }
    }
    long[] count = {0};
    Datasets.stream(
        p,
        null,
        new RecordSink() {
          @Override
          public void record(DerivationRecord record) {
            count[0]++;
          }

          @Override
          public void problem(ReadProblem problem) {
            throw new AssertionError(problem.toString());
          }

          @Override
          public void warning(ReadProblem warning) {
            throw new AssertionError(warning.toString());
          }
        });
    assertThat(count[0]).isEqualTo(20_000);
  }
}
