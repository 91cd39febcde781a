package org.derivx.flagger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RelationsTest {
  /** Prompt: premise f = x^2, goal g = 2 x; steps as given. */
  private static float[][] relations(String... steps) {
    Map<String, String> names = new HashMap<>();
    List<Encoding.Part> parts = new ArrayList<>();
    parts.add(new Encoding.Part(Encoding.PREMISE, LatexTokens.of("f = x^{2}", names)));
    parts.add(new Encoding.Part(Encoding.GOAL, LatexTokens.of("g = 2 x", names)));
    for (String s : steps) {
      parts.add(new Encoding.Part(Encoding.STEP, LatexTokens.of(s, names)));
    }
    return Relations.of(parts, 2, steps.length);
  }

  @Test
  void repeatsAreSeenEitherWayRoundAndTellPremisesFromSteps() {
    float[][] r =
        relations("f = x^{2}", "\\frac{d}{d x} f = 2 x", "2 x = \\frac{d}{d x} f", "g = 2 x");
    // step 1 restates the premise: a repeat of a prompt equation, not of a step
    assertThat(r[2][0]).isZero();
    assertThat(r[2][1]).isEqualTo(1f);
    // step 3 is step 2 with its sides swapped: a repeat of an earlier step
    assertThat(r[4][0]).isEqualTo(1f);
    // step 2 is repeated later
    assertThat(r[3][3]).isEqualTo(1f);
    // the last step is the goal, and is the last step
    assertThat(r[5][6]).isEqualTo(1f);
    assertThat(r[5][12]).isEqualTo(1f);
    assertThat(r[4][12]).isZero();
    assertThat(r[2][13]).isEqualTo(0.25f);
  }

  @Test
  void freshContentAndWhetherAnythingLaterUsesIt() {
    float[][] r = relations("h = \\sin{x}", "\\frac{d}{d x} f = 2 x", "g = 2 x");
    // step 1 brings in a name nothing had (h) and nothing later uses its bigrams
    assertThat(r[2][11]).isEqualTo(1f);
    assertThat(r[2][8]).isLessThan(0.5f);
    // step 2's new content (d/dx f) …
    assertThat(r[3][7]).isGreaterThan(0f);
    // … and once the goal is reached, the steps after know it
    float[][] after = relations("g = 2 x", "h = 3");
    assertThat(after[3][14]).isEqualTo(1f);
    assertThat(after[2][14]).isZero();
  }

  @Test
  void valuesStayInTheUnitInterval() {
    for (float[] row : relations("a = b", "b = a", "c = a + b + \\int x d x", "")) {
      assertThat(row).hasSize(Relations.COUNT);
      for (float v : row) {
        assertThat(v).isBetween(0f, 1f);
      }
    }
  }
}
