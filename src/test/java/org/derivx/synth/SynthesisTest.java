package org.derivx.synth;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.derivx.check.CheckOptions;
import org.derivx.check.DerivationReport;
import org.derivx.check.algebra.Canon;
import org.derivx.check.algebra.Trees;
import org.derivx.check.run.StepChecker;
import org.derivx.derivation.Dataset;
import org.derivx.derivation.Derivation;
import org.derivx.derivation.DerivationRecord;
import org.derivx.derivation.Label;
import org.derivx.io.Datasets;
import org.derivx.latex.Equations;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generator on a small sample: reproducible, perturbed as the paper does, labels confirmed. */
class SynthesisTest {
  static final Synthesis.Options OPTIONS =
      new Synthesis.Options(42, List.of("VR", "EE", "AG", "SR"), true, 0.3);
  static final CheckOptions CHECK = CheckOptions.defaults().withSymbolic(false);
  static List<SyntheticDerivation> sample = new ArrayList<>();

  @BeforeAll
  static void generate() {
    Synthesis s = new Synthesis(OPTIONS, CHECK);
    for (int i = 0; i < 6; i++) {
      sample.addAll(s.item(i));
    }
  }

  @Test
  void metaIsWrittenInKeyOrderWhateverTheMapsOrder() throws Exception {
    // Map.of and Map.copyOf iterate in an order that changes from one JVM run to the next: with
    // eight keys, unsorted output would differ between two runs of `derivx generate`
    Map<String, Object> meta = new java.util.LinkedHashMap<>();
    for (String k : List.of("seed", "index", "h", "g", "f", "e", "d", "c")) {
      meta.put(k, k.length());
    }
    SyntheticDerivation d =
        new SyntheticDerivation(
            "x",
            "static",
            List.of("y = x"),
            List.of(),
            "y = x",
            List.of("y = x"),
            List.of(),
            List.of(),
            meta);
    String json = new ObjectMapper().writeValueAsString(d.toJson());
    String written = json.substring(json.indexOf("\"meta\""));
    assertThat(written)
        .isEqualTo(
            "\"meta\":{\"c\":1,\"d\":1,\"e\":1,\"f\":1,\"g\":1,\"h\":1,\"index\":5,"
                + "\"seed\":4}}");
  }

  @Test
  void theSameSeedAndIndexGiveTheSameDerivationsWhateverCameBefore() {
    Synthesis fresh = new Synthesis(OPTIONS, CHECK);
    fresh.item(5); // a different history
    List<Map<String, Object>> again =
        fresh.item(2).stream().map(SyntheticDerivation::toJson).toList();
    List<Map<String, Object>> first =
        sample.stream()
            .filter(d -> d.meta().get("index").equals(2))
            .map(SyntheticDerivation::toJson)
            .toList();
    assertThat(again).isEqualTo(first);
    Synthesis other = new Synthesis(new Synthesis.Options(43, List.of(), false, 0), CHECK);
    assertThat(other.item(2).get(0).steps()).isNotEqualTo(sample.get(0).steps());
  }

  @Test
  void cleanDerivationsArePaperShaped() {
    List<SyntheticDerivation> clean =
        sample.stream()
            .filter(d -> d.labels().isEmpty() && d.perturbation().equals("static"))
            .toList();
    assertThat(clean).hasSize(6);
    for (SyntheticDerivation d : clean) {
      assertThat(d.steps().size()).isBetween(Generator.MIN_LENGTH, Generator.MAX_LENGTH);
      assertThat(d.operations().get(0).isPremise()).isTrue();
      assertThat(same(d.goal(), d.steps().get(d.steps().size() - 1))).isTrue(); // up to noise
      assertThat(d.steps()).allSatisfy(s -> assertThat(Equations.parse(s).parsed()).isTrue());
      // every non-premise step names earlier equations only
      for (int k = 0; k < d.operations().size(); k++) {
        int step = k + 1;
        assertThat(d.operations().get(k).uses()).allSatisfy(u -> assertThat(u).isLessThan(step));
      }
    }
  }

  @Test
  void perturbationsDoWhatThePaperSays() {
    for (int i = 0; i < 6; i++) {
      int index = i;
      Map<String, SyntheticDerivation> v =
          sample.stream()
              .filter(d -> d.labels().isEmpty() && d.meta().get("index").equals(index))
              .collect(Collectors.toMap(SyntheticDerivation::perturbation, d -> d));
      SyntheticDerivation s = v.get("static");
      if (v.containsKey("EE")) {
        var a = Equations.parse(s.steps().get(0)).tree();
        var b = Equations.parse(v.get("EE").steps().get(0)).tree();
        assertThat(b.lhs()).isEqualTo(a.rhs());
        assertThat(b.rhs()).isEqualTo(a.lhs());
      }
      if (v.containsKey("VR")) {
        var before = Trees.symbols(Equations.parse(s.steps().get(0)).tree());
        var after = Trees.symbols(Equations.parse(v.get("VR").steps().get(0)).tree());
        assertThat(after).hasSameSizeAs(before).doesNotContainAnyElementsOf(before);
      }
      if (v.containsKey("SR")) {
        assertThat(v.get("SR").intermediates()).isEmpty();
        assertThat(v.get("SR").steps()).hasSameSizeAs(s.steps());
        for (int k = 0; k < s.steps().size(); k++) {
          assertThat(same(v.get("SR").steps().get(k), s.steps().get(k))).isTrue();
        }
      }
      if (v.containsKey("AG")) {
        assertThat(v.get("AG").goal()).isNotEqualTo(s.goal());
        assertThat(v.get("AG").premises()).isNotEmpty();
      }
    }
    assertThat(sample.stream().map(SyntheticDerivation::perturbation).distinct())
        .containsExactlyInAnyOrder("static", "VR", "EE", "AG", "SR");
  }

  @Test
  void everyInjectedLabelIsTheCheckersVerdictAfterARoundTripThroughJsonl(@TempDir Path dir)
      throws Exception {
    Path file = dir.resolve("synth.jsonl");
    ObjectMapper m = new ObjectMapper();
    StringBuilder lines = new StringBuilder();
    for (SyntheticDerivation d : sample) {
      lines.append(m.writeValueAsString(d.toJson())).append('\n');
    }
    Files.writeString(file, lines);
    Dataset back = Datasets.load(file);
    assertThat(back.problems()).isEmpty();
    assertThat(back.records()).hasSize(sample.size());
    StepChecker checker = new StepChecker(CheckOptions.defaults()); // with Symja, as `check` runs
    int labelled = 0;
    Set<String> kinds = new TreeSet<>();
    for (DerivationRecord r : back.records()) {
      Derivation d = r.variants().get(0);
      DerivationReport report = checker.check(r.id(), d);
      if (d.labels().isEmpty()) {
        assertThat(report.steps())
            .allSatisfy(s -> assertThat(s.verdict().name()).isIn("PREMISE", "VALID"));
        assertThat(report.goal()).isEqualTo(DerivationReport.Goal.REACHED);
        continue;
      }
      assertThat(d.labels()).hasSize(d.size());
      for (Label l : d.labels()) {
        assertThat(report.steps().get(l.step() - 1).verdict().name())
            .as("%s step %d", r.id(), l.step())
            .isEqualTo(l.category());
        if (!l.category().equals("VALID") && !l.category().equals("PREMISE")) {
          labelled++;
          kinds.add(l.category());
        }
      }
    }
    assertThat(kinds).containsExactly("INCORRECT", "IRRELEVANT", "REDUNDANT", "SKIPPED");
    assertThat(labelled).isGreaterThan(60);
  }

  /** The same equation, up to surface noise. */
  private static boolean same(String a, String b) {
    return Canon.sameEquation(Equations.parse(a).tree(), Equations.parse(b).tree());
  }

  @Test
  void noiseIsWhatModelsWriteAndTheNormaliserRepairs() {
    String clean = "\\frac{d}{d a} \\eta{(a)} = 2 e^{a} x^{2}";
    assertThat(Noise.t5(clean))
        .isEqualTo("\\ frac { d } { d a } \\ eta { (a) } = 2 e^ { a } x^ { 2 }");
    var random = new SplittableRandom(1);
    for (int i = 0; i < 20; i++) {
      String noisy = Noise.apply(clean, random);
      assertThat(Canon.sameEquation(Equations.parse(noisy).tree(), Equations.parse(clean).tree()))
          .as(noisy)
          .isTrue();
    }
    assertThat(sample.stream().flatMap(d -> d.steps().stream()))
        .anySatisfy(s -> assertThat(s).contains("\\ "));
  }
}
