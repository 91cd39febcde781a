package org.derivx.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.derivx.check.run.Evidence;
import org.derivx.testing.Derivations;
import org.junit.jupiter.api.Test;

/** The flagger's evidence on hand-made derivations: what a quick look at each step finds. */
class EvidenceTest {
  @Test
  void eachStepsEvidenceSaysWhatTheLightCheckFound() {
    var d =
        Derivations.of(
            List.of("f{(x)} = x^{2}"),
            List.of(
                "f{(x)} = x^{2}",
                "\\frac{d}{d x} f{(x)} = \\frac{d}{d x} x^{2}",
                "\\frac{d}{d x} f{(x)} = 3 x",
                "\\frac{d}{d x} f{(x)} = 3 x",
                "x = x",
                "\\frac{d}{d x} f{(x)} + 1 = 3 x + 1"),
            "\\frac{d}{d x} f{(x)} + 1 = 3 x + 1");
    List<Evidence.Step> e = Evidence.of(d);
    assertThat(e).hasSize(6);
    assertThat(e.get(0).premise()).isTrue();
    assertThat(e.get(1).oneOperation()).isTrue();
    assertThat(e.get(1).needed()).isTrue();
    assertThat(e.get(2).light()).isEqualTo(Verdict.INCORRECT);
    assertThat(e.get(2).usedLater()).isTrue();
    assertThat(e.get(2).offBy()).isGreaterThan(-2);
    assertThat(e.get(3).repeats()).isTrue();
    assertThat(e.get(4).tautology()).isTrue();
    assertThat(e.get(5).usesIncorrect()).isTrue();
    assertThat(e.get(5).goal()).isTrue();
    for (Evidence.Step s : e) {
      assertThat(s.features()).hasSize(Evidence.FEATURES.size());
    }
    assertThat(Evidence.of(d)).isEqualTo(e);
  }
}
