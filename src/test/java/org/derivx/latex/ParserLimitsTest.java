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
    assertThat(e.error().message()).isEqualTo("formula nested deeper than 120 levels");
  }

  @Test
  void deepFractionsAndPowersAreRejected() {
    String fracs = "\\frac{".repeat(1000) + "x" + "}{2}".repeat(1000) + " = y";
    String pows = "x^{".repeat(1000) + "2" + "}".repeat(1000) + " = y";
    assertThat(Equations.parse(fracs).error().message())
        .isEqualTo("formula nested deeper than 120 levels");
    assertThat(Equations.parse(pows).error().message())
        .isEqualTo("formula nested deeper than 120 levels");
  }

  /** Issue 17.3: chains built in a loop passed the guard and overflowed the checker's stack. */
  @Test
  void chainsOfPowersAndQuotientsAreBounded() {
    String powers = "x = y" + "^y".repeat(1500);
    String bracedPowers = "x = y" + "^{2}".repeat(1500);
    String quotients = "x = y" + " / a b".repeat(1500); // a / b / c is not read; a / b c / d is
    for (String latex : new String[] {powers, bracedPowers, quotients}) {
      Equation e = Equations.parse(latex);
      assertThat(e.parsed()).as(latex.substring(0, 20)).isFalse();
      assertThat(e.error().message()).isEqualTo("formula nested deeper than 120 levels");
      assertThat(e.error().offset())
          .as("reported where the chain gets too deep")
          .isGreaterThan(100);
    }
  }

  /** The guard's level is freed when a chain ends; the tree keeps its depth. */
  @Test
  void chainsInsideChainsAreMeasured() {
    String latex = "(y" + "^{2}".repeat(100) + ")" + "^{2}".repeat(100) + " = 1";
    Equation e = Equations.parse(latex);
    assertThat(e.parsed()).isFalse();
    assertThat(e.error().message()).isEqualTo("formula nested deeper than 120 levels");
    assertThat(e.error().offset()).as("the side that is too deep").isZero();
  }

  @Test
  void everyNestingConstructIsBounded() {
    String[][] wrappers = {
      {"(", ")"},
      {"{", "}"},
      {"\\left(", "\\right)"},
      {"- ", ""},
      {"\\sqrt{", "}"},
      {"\\frac{1}{", "}"},
      {"x^{", "}"},
      {"f{(", ")}"},
      {"\\sin ", ""},
      {"\\log_{2}^{2}{(", ")}"},
      {"\\frac{d}{d x} ", ""},
      {"\\int ", " d x"},
      {"a \\cdot (", ")"},
      {"x_{", "}"},
    };
    for (String[] w : wrappers) {
      String latex = w[0].repeat(600) + "z" + w[1].repeat(600) + " = 1";
      Equation e = Equations.parse(latex);
      assertThat(e.parsed()).as(w[0]).isFalse();
      assertThat(e.error().message()).as(w[0]).isEqualTo("formula nested deeper than 120 levels");
    }
  }

  @Test
  void theLimitAllowsWhatRealDerivationsNest() {
    String powers = "x = y" + "^{2}".repeat(100);
    Equation e = Equations.parse(powers);
    assertThat(e.parsed()).isTrue();
    assertThat(DepthProperties.depth(e.tree())).isEqualTo(101);
    Equation nested = Equations.parse("(".repeat(30) + "x" + ")".repeat(30) + " = 1");
    assertThat(nested.parsed()).isTrue();
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
