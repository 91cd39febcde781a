package org.derivx.latex;

import static org.assertj.core.api.Assertions.assertThat;

import org.derivx.derivation.Equation;
import org.junit.jupiter.api.Test;

/** Hostile sizes end in a ParseError, quickly, never a StackOverflowError. */
class ParserLimitsTest {
  @Test
  void deepNestingIsRejected() {
    String deep = "(".repeat(5000) + "x" + ")".repeat(5000) + " = 1";
    Equation e = Equations.parse(deep);
    assertThat(e.parsed()).isFalse();
    assertThat(e.error().message()).contains("nested deeper");
  }

  @Test
  void deepFractionsAndPowersAreRejected() {
    String fracs = "\\frac{".repeat(1000) + "x" + "}{2}".repeat(1000) + " = y";
    String pows = "x^{".repeat(1000) + "2" + "}".repeat(1000) + " = y";
    assertThat(Equations.parse(fracs).error().message()).contains("nested deeper");
    assertThat(Equations.parse(pows).error().message()).contains("nested deeper");
  }

  @Test
  void overlongInputIsRejected() {
    Equation e = Equations.parse("x + ".repeat(6000) + "x = 1");
    assertThat(e.parsed()).isFalse();
    assertThat(e.error().message()).contains("longer than");
  }

  @Test
  void longButLegalInputParses() {
    Equation e = Equations.parse("x + ".repeat(3000) + "x = 1");
    assertThat(e.parsed()).isTrue();
  }
}
