package org.derivx.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.derivx.check.run.Alignment;
import org.derivx.check.run.Alignment.Match;
import org.derivx.check.run.Alignment.Row;
import org.derivx.derivation.Dataset;
import org.derivx.derivation.Derivation;
import org.derivx.derivation.DerivationRecord;
import org.derivx.derivation.Equation;
import org.derivx.io.Datasets;
import org.derivx.latex.Equations;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class AlignmentTest {
  private static List<Equation> eqs(String... latex) {
    return Arrays.stream(latex).map(Equations::parse).toList();
  }

  @Test
  void matchesSameEquivalentAndMarksStepsOnlyOneSideHas() {
    List<Row> rows =
        Alignment.align(
            eqs("f = x^2", "\\frac{d}{dx} f = \\frac{d}{dx} x^2", "\\frac{d}{dx} f = 2 x"),
            eqs("x^{2} = f", "\\frac{d}{dx} f = 2x", "2 \\frac{d}{dx} f = 4 x", "g = 1"));
    assertThat(rows)
        .containsExactly(
            new Row(1, 1, Match.SAME), // sides swapped, spacing differs
            new Row(2, 0, Match.NONE), // the generation skipped the unevaluated derivative
            new Row(3, 2, Match.SAME),
            new Row(0, 3, Match.NONE), // scaled: equivalent to (3), but (3) is already matched
            new Row(0, 4, Match.NONE));
  }

  @Test
  void rearrangedAndScaledEquationsAreEquivalent() {
    assertThat(Alignment.align(eqs("y = a + b"), eqs("y - a = b")))
        .containsExactly(new Row(1, 1, Match.EQUIVALENT));
    assertThat(Alignment.align(eqs("y = a + b"), eqs("2 y = 2 a + 2 b")))
        .containsExactly(new Row(1, 1, Match.EQUIVALENT));
    assertThat(Alignment.align(eqs("y = a + b"), eqs("y = a - b")))
        .containsExactly(new Row(1, 1, Match.NONE));
  }

  @Test
  void identitiesDoNotMatchEachOther() {
    // both differences vanish everywhere; that says nothing about which equation it is
    assertThat(Alignment.align(eqs("\\sin^2 x + \\cos^2 x = 1"), eqs("a + b = b + a")))
        .containsExactly(new Row(1, 1, Match.NONE));
  }

  @Test
  void unparseableStepsNeverMatch() {
    assertThat(Alignment.align(eqs("f = x", "\\frac{"), eqs("f = x", "\\frac{")))
        .containsExactly(new Row(1, 1, Match.SAME), new Row(2, 2, Match.NONE));
  }

  @Test
  void realGenerationsAlignWithTheirReferences() throws Exception {
    Path file = Path.of("../shared/data/chatgpt_results.json");
    Assumptions.assumeTrue(Files.isRegularFile(file), "shared data not present");
    Dataset d = Datasets.load(file);
    int pairs = 0;
    int matched = 0;
    int refSteps = 0;
    for (DerivationRecord r : d.records()) {
      for (Derivation g : r.variants()) {
        if (g.isReference()) {
          continue;
        }
        Derivation ref =
            r.variants().stream()
                .filter(v -> v.isReference() && v.perturbation().equals(g.perturbation()))
                .findFirst()
                .orElseThrow();
        List<Row> rows = Alignment.align(ref.steps(), g.steps());
        // every step of both sides appears exactly once, in order
        assertThat(rows.stream().filter(x -> x.left() > 0).map(Row::left))
            .containsExactlyElementsOf(range(ref.size()));
        assertThat(rows.stream().filter(x -> x.right() > 0).map(Row::right))
            .containsExactlyElementsOf(range(g.size()));
        pairs++;
        refSteps += ref.size();
        matched += (int) rows.stream().filter(x -> x.match() != Match.NONE).count();
      }
    }
    assertThat(pairs).isEqualTo(500);
    // measured 1670 of 2940 reference steps (56.8%) have their equal or equivalent in the
    // generation
    assertThat(matched / (double) refSteps).isBetween(0.5, 0.65);
  }

  private static List<Integer> range(int n) {
    return IntStream.rangeClosed(1, n).boxed().toList();
  }
}
