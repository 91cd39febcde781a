package org.derivx.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.derivx.check.algebra.Trees;
import org.derivx.check.run.StepChecker;
import org.derivx.derivation.Equation;
import org.derivx.expr.Expr;
import org.derivx.expr.Relation;
import org.derivx.testing.Derivations;
import org.junit.jupiter.api.Test;

/**
 * The reproducers of runaway work and deep trees: every step ends within its counted budget
 * (first attempt plus the retry, never more), whatever the input, and the steps after it are still
 * judged. Nothing here is timed: the work count is the measure.
 */
class CheckerHardeningTest {
  /** A small budget keeps the test quick; that the work ends within it holds for any budget. */
  private static final CheckOptions OPTIONS =
      CheckOptions.defaults().withSymbolic(false).withBudget(400_000);

  private static final long MOST = OPTIONS.budget() * (1 + CheckOptions.RETRY_FACTOR) + 2;

  private static String nest(String open, String close, String core, int depth) {
    return open.repeat(depth) + core + close.repeat(depth);
  }

  @Test
  void nestedDerivativesEndWithinTheBudget() {
    for (int depth : new int[] {16, 24}) {
      String body = nest("\\frac{d}{d x} (", ")", "\\omega", depth);
      var d = Derivations.of(List.of("y = x"), List.of("y = " + body, "y + 1 = x + 1"));
      DerivationReport r = new StepChecker(OPTIONS).check("d" + depth, d);
      StepResult s = r.steps().get(0);
      assertThat(s.work()).as("depth " + depth).isLessThanOrEqualTo(MOST);
      assertThat(s.verdict()).isIn(Verdict.INCORRECT, Verdict.UNKNOWN);
      assertThat(r.steps().get(1).verdict()).isEqualTo(Verdict.VALID);
    }
  }

  @Test
  void tenNestedIntegralsEndWithinTheBudget() {
    String body = nest("\\int (", ") dx", "x", 10);
    var d = Derivations.of(List.of("y = x"), List.of("z = " + body, "y + 1 = x + 1"));
    DerivationReport r = new StepChecker(OPTIONS).check("i10", d);
    assertThat(r.steps().get(0).work()).isLessThanOrEqualTo(MOST);
    assertThat(r.steps().get(1).verdict()).isEqualTo(Verdict.VALID);
  }

  @Test
  void towersOfPowersAreRefusedByTheParserAndTheRestIsJudged() {
    String tower = "x = " + "y^".repeat(1500) + "y";
    String braces = "x = y" + "^{2}".repeat(1500);
    var d = Derivations.of(List.of("y = x"), List.of(tower, braces, "y + 1 = x + 1"));
    DerivationReport r = new StepChecker(OPTIONS).check("tower", d);
    assertThat(r.steps().get(0).verdict()).isEqualTo(Verdict.UNPARSEABLE);
    assertThat(r.steps().get(1).verdict()).isEqualTo(Verdict.UNPARSEABLE);
    assertThat(r.steps().get(2).verdict()).isEqualTo(Verdict.VALID);
  }

  @Test
  void aTreeDeeperThanAnyParsedOneIsUnknownNotACrash() {
    Expr e = new Expr.Sym("y");
    for (int i = 0; i < 50_000; i++) {
      e = new Expr.Neg(e);
    }
    Relation deep = Relation.of(new Expr.Sym("x"), e);
    assertThat(Trees.depth(deep)).isEqualTo(50_001);
    var d = Derivations.of(List.of("y = x"), List.of("y + 1 = x + 1"));
    var withDeep = d.withSteps(List.of(d.step(1), new Equation("deep", "deep", deep, null)));
    DerivationReport r = new StepChecker(OPTIONS).check("deep", withDeep);
    assertThat(r.steps().get(1).verdict()).isEqualTo(Verdict.UNKNOWN);
    assertThat(r.steps().get(1).detail()).startsWith("too deeply nested to check");
  }

  @Test
  void theSameStepCostsTheSameWorkOnEveryRun() {
    var d =
        Derivations.of(
            List.of("f{(x)} = x^{3}"),
            List.of(
                "f{(x)} = x^{3}", "\\frac{d^{2}}{d x^{2}} f{(x)} = 6 x", "f{(x)} + 1 = x^{3} + 1"));
    List<Long> first =
        new StepChecker(OPTIONS).check("w", d).steps().stream().map(StepResult::work).toList();
    for (int i = 0; i < 3; i++) {
      assertThat(
              new StepChecker(OPTIONS)
                  .check("w", d).steps().stream().map(StepResult::work).toList())
          .isEqualTo(first);
    }
  }
}
