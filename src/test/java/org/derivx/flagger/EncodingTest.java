package org.derivx.flagger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.derivx.derivation.Derivation;
import org.derivx.derivation.Equation;
import org.derivx.derivation.Label;
import org.derivx.derivation.Prompt;
import org.derivx.derivation.StepCategory;
import org.derivx.latex.Equations;
import org.junit.jupiter.api.Test;

class EncodingTest {
  private static Derivation derivation(int steps, List<Label> labels) {
    List<Equation> eqs = new ArrayList<>();
    for (int k = 0; k < steps; k++) {
      eqs.add(Equations.parse("f + " + k + " = x^{2} + " + k));
    }
    Prompt p =
        new Prompt(
            List.of(Equations.parse("f = x^{2}")),
            List.of(),
            Equations.parse("f + 1 = x^{2} + 1"),
            null);
    return new Derivation(
        "steps", Derivation.Kind.GENERATION, "m", "static", p, eqs, List.of(), labels);
  }

  @Test
  void promptFirstThenStepsWithRolesAndLabels() {
    Vocabulary v = Vocabulary.build(Map.of("=", 5, "+", 5, "<v1>", 5, "<v2>", 5), 1);
    Encoding e =
        Encoding.of(
            derivation(3, List.of(new Label(1, "PREMISE", null), new Label(3, "INCORRECT", null))),
            v);
    assertThat(e.roles()).containsExactly(Encoding.PREMISE, Encoding.GOAL, 3, 3, 3);
    assertThat(e.firstStep()).isEqualTo(2);
    assertThat(e.labels())
        .containsExactly(StepCategory.VALID.ordinal(), -1, StepCategory.INCORRECT.ordinal());
    // unknown tokens (digits, ^, braces here) map to [UNK], known ones to their ids
    assertThat(e.equations()[0]).contains(v.id("<v1>"), v.id("="), v.id(Vocabulary.UNK));
  }

  @Test
  void longDerivationsAreCutNotRejected() {
    Encoding e = Encoding.of(derivation(40, List.of()), Vocabulary.build(Map.of(), 1));
    assertThat(e.steps()).isEqualTo(Encoding.MAX_STEPS);
    for (int[] row : e.equations()) {
      assertThat(row.length).isBetween(1, Encoding.MAX_TOKENS);
    }
  }
}
