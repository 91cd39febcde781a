package org.derivx.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The checker targets' input format: what a seed says is what the checker gets. */
class CheckerInputTest {
  @Test
  void premisesStepsAndGoalSurviveEncoding() {
    byte[] seed =
        CheckerInput.encode(
            List.of("f{(x)} = x^{2}"),
            List.of("f{(x)} = x^{2}", "\\frac{d}{d x} f{(x)} = 2 x"),
            "\\frac{d}{d x} f{(x)} = 2 x");
    CheckerInput in = CheckerInput.decode(seed);
    assertThat(in.premises()).containsExactly("f{(x)} = x^{2}");
    assertThat(in.steps()).containsExactly("f{(x)} = x^{2}", "\\frac{d}{d x} f{(x)} = 2 x");
    assertThat(in.goal()).isEqualTo("\\frac{d}{d x} f{(x)} = 2 x");
    assertThat(in.derivation().size()).isEqualTo(2);
  }

  @Test
  void anyBytesMakeABoundedDerivation() {
    String many = "given: x = 1\n".repeat(10) + "x = 1\n\n".repeat(20) + "\u0000\uFFFD";
    CheckerInput in = CheckerInput.decode(many.getBytes(StandardCharsets.UTF_8));
    assertThat(in.premises()).hasSize(CheckerInput.MAX_PREMISES);
    assertThat(in.steps()).hasSize(CheckerInput.MAX_STEPS);
    assertThat(CheckerInput.decode(new byte[] {(byte) 0xff, 0, '\n'}).steps()).hasSize(1);
  }
}
