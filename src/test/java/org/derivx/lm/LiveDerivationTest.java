package org.derivx.lm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.derivx.check.CheckOptions;
import org.derivx.check.DerivationReport;
import org.derivx.check.Verdict;
import org.derivx.check.run.StepChecker;
import org.derivx.derivation.Prompt;
import org.derivx.io.PromptParser;
import org.junit.jupiter.api.Test;

class LiveDerivationTest {
  private final Prompt prompt =
      PromptParser.parse("Given f{(x)} = x^{2}, then obtain \\frac{d}{d x} f{(x)} = 2 x");
  private final List<LiveDerivation.Step> seen = new ArrayList<>();
  private final LiveDerivation live =
      new LiveDerivation(
          "r1",
          "tiny",
          "static",
          prompt,
          new StepChecker(CheckOptions.defaults().withSymbolic(false)),
          seen::add);

  @Test
  void eachEquationIsCheckedTheMomentItCompletes() {
    String text = "f{(x)} = x^{2} and \\frac{d}{d x} f{(x)} = 2 x and f{(x)} = 3 x\nignored and x";
    // split into awkward tokens: " and " arrives in pieces
    for (String tok : text.split("(?<=\\G.{3})")) {
      live.accept(tok);
      if (seen.isEmpty()) {
        assertThat(live.latex()).isEmpty();
      }
    }
    assertThat(seen)
        .extracting(LiveDerivation.Step::latex)
        .containsExactly("f{(x)} = x^{2}", "\\frac{d}{d x} f{(x)} = 2 x", "f{(x)} = 3 x");
    assertThat(seen.get(0).result().verdict()).isEqualTo(Verdict.PREMISE);
    assertThat(seen.get(1).result().verdict())
        .isEqualTo(Verdict.SKIPPED); // differentiate, substitute
    assertThat(seen.get(2).result().verdict()).isEqualTo(Verdict.INCORRECT);
    DerivationReport r = live.finish();
    assertThat(r.steps()).hasSize(3);
    assertThat(live.derivation().name()).isEqualTo("static_tiny");
  }

  @Test
  void theLastEquationCompletesWhenTheTextEnds() {
    live.accept("f{(x)} = x^{2} and \\frac{d}{d x} f{(x)} = 2 ");
    assertThat(seen).hasSize(1);
    live.accept("x");
    DerivationReport r = live.finish();
    assertThat(seen).hasSize(2);
    assertThat(r.goal()).isEqualTo(DerivationReport.Goal.REACHED);
  }
}
