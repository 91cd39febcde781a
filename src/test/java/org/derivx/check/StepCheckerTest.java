package org.derivx.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.assertj.core.data.Offset;
import org.derivx.check.run.BatchChecker;
import org.derivx.check.run.CheckListener;
import org.derivx.check.run.StepChecker;
import org.derivx.testing.Derivations;
import org.junit.jupiter.api.Test;

class StepCheckerTest {
  private final StepChecker checker = new StepChecker(CheckOptions.defaults());

  @Test
  void goalReachedWhenTheFinalStepEqualsTheGoalUpToOrder() {
    var d =
        Derivations.of(
            List.of("f{(x)} = x^{2}"),
            List.of("f{(x)} = x^{2}", "2 f{(x)} = 2 x^{2}"),
            "2 x^{2} = 2 f{(x)}");
    assertThat(checker.check("g", d).goal()).isEqualTo(DerivationReport.Goal.REACHED);
  }

  @Test
  void goalNotReachedWhenTheDerivationStopsShort() {
    var d =
        Derivations.of(List.of("f{(x)} = x^{2}"), List.of("f{(x)} = x^{2}"), "2 x^{2} = 2 f{(x)}");
    assertThat(checker.check("g", d).goal()).isEqualTo(DerivationReport.Goal.NOT_REACHED);
  }

  @Test
  void noGoalWithoutAPrompt() {
    var d = Derivations.of(List.of(), List.of("x = 1"));
    assertThat(checker.check("g", d).goal()).isEqualTo(DerivationReport.Goal.NO_GOAL);
  }

  @Test
  void incorrectStepCarriesACounterexampleOverTheStepSymbols() {
    var d =
        Derivations.of(
            List.of("f{(x)} = x^{2}"), List.of("f{(x)} = x^{2}", "\\frac{d}{d x} f{(x)} = x"));
    StepResult s = checker.check("c", d).steps().get(1);
    assertThat(s.verdict()).isEqualTo(Verdict.INCORRECT);
    StepResult.Counterexample c = ((StepResult.Incorrect) s).counterexample();
    assertThat(c.point()).containsOnlyKeys("x");
    double x = Double.parseDouble(c.point().get("x"));
    assertThat(Double.parseDouble(c.lhs())).isCloseTo(2 * x, within(1e-4));
    assertThat(Double.parseDouble(c.rhs())).isCloseTo(x, within(1e-4));
    assertThat(c.symja()).isTrue();
  }

  @Test
  void evaluateDerivativesAlsoCarriesOutTheIntegralsItLeavesAsSymPysDoitDoes() {
    // chatgpt_results#23 AG: d/dφ ∬ p dφ dφ evaluated to the evaluated ∫ p dφ.
    var d =
        Derivations.of(
            List.of("p{(\\phi)} = \\cos{(\\phi)}"),
            List.of(
                "p{(\\phi)} = \\cos{(\\phi)}",
                "\\iint p{(\\phi)} d\\phi d\\phi = \\iint \\cos{(\\phi)} d\\phi d\\phi",
                "\\frac{d}{d \\phi} \\iint p{(\\phi)} d\\phi d\\phi"
                    + " = \\frac{d}{d \\phi} \\iint \\cos{(\\phi)} d\\phi d\\phi",
                "\\int p{(\\phi)} d\\phi = \\sin{(\\phi)}"));
    StepResult s = checker.check("doit", d).steps().get(3);
    assertThat(s.verdict()).isEqualTo(Verdict.VALID);
    List<String> rules = new ArrayList<>();
    rules.add(s.justification().get().rule().paperName() + s.justification().get().steps());
    s.alternatives().forEach(o -> rules.add(o.rule().paperName() + o.steps()));
    assertThat(rules).contains("evaluate_derivatives[3]");
  }

  @Test
  void validStepsAreConfirmedBySymja() {
    var d =
        Derivations.of(
            List.of("f{(x)} = x^{2}"), List.of("f{(x)} = x^{2}", "f{(x)} + 1 = x^{2} + 1"));
    StepResult s =
        new StepChecker(CheckOptions.defaults().withConfirm(true)).check("s", d).steps().get(1);
    assertThat(s.verdict()).isEqualTo(Verdict.VALID);
    StepResult.Valid v = (StepResult.Valid) s;
    assertThat(v.confirmation()).isEqualTo(StepResult.Confirmation.SYMBOLIC);
    assertThat(v.operation().argument()).isEqualTo("1");
  }

  @Test
  void confirmationIsOnlyMadeWhenAskedForAndNeverChangesTheVerdict() {
    var d =
        Derivations.of(
            List.of("f{(x)} = x^{2}"), List.of("f{(x)} = x^{2}", "f{(x)} + 1 = x^{2} + 1"));
    StepResult.Valid plain = (StepResult.Valid) checker.check("s", d).steps().get(1);
    StepResult.Valid confirmed =
        (StepResult.Valid)
            new StepChecker(CheckOptions.defaults().withConfirm(true)).check("s", d).steps().get(1);
    assertThat(plain.confirmation()).isEqualTo(StepResult.Confirmation.NONE);
    assertThat(plain.operation()).isEqualTo(confirmed.operation());
    assertThat(plain.detail()).isEqualTo(confirmed.detail());
    // without Symja at all there is nothing to confirm with, even when asked
    StepResult.Valid numeric =
        (StepResult.Valid)
            new StepChecker(CheckOptions.defaults().withSymbolic(false).withConfirm(true))
                .check("s", d)
                .steps()
                .get(1);
    assertThat(numeric.confirmation()).isEqualTo(StepResult.Confirmation.NONE);
  }

  @Test
  void aStepThatSpendsItsBudgetTwiceIsUnknownAndSaysWhichBudget() {
    StepChecker poor = new StepChecker(CheckOptions.defaults().withBudget(3));
    var d =
        Derivations.of(
            List.of("f{(x)} = x^{2}"),
            List.of("f{(x)} = x^{2}", "\\frac{d^{3}}{d x^{3}} f{(x)} \\cdot y = 0"));
    StepResult s = poor.check("t", d).steps().get(1);
    assertThat(s.verdict()).isEqualTo(Verdict.UNKNOWN);
    assertThat(s.detail()).isEqualTo("work budget spent: 3 units, then 30 on the retry");
    // each attempt stops at the first unit past its limit
    assertThat(s.work()).isEqualTo(4 + 31);
  }

  @Test
  void aSpentBudgetIsRetriedFromTheSameStateWithTenTimesAsMuch() {
    var d =
        Derivations.of(
            List.of("f{(x)} = x^{2}"),
            List.of("f{(x)} = x^{2}", "\\frac{d}{d x} f{(x)} = \\frac{d}{d x} x^{2}"));
    StepResult rich = checker.check("r", d).steps().get(1);
    long needed = rich.work();
    // a budget a little short of what the step needs: the first attempt fails, the retry decides
    StepResult retried =
        new StepChecker(CheckOptions.defaults().withBudget(needed - 5))
            .check("r", d)
            .steps()
            .get(1);
    assertThat(retried.verdict()).isEqualTo(rich.verdict());
    assertThat(retried.justification()).isEqualTo(rich.justification());
    assertThat(retried.work()).isGreaterThan(needed);
  }

  @Test
  void cancellationStopsAtTheNextStep() {
    var d = Derivations.of(List.of("f{(x)} = x"), List.of("f{(x)} = x", "f{(x)} + 1 = x + 1"));
    AtomicBoolean cancelled = new AtomicBoolean(true);
    DerivationReport r = checker.check("c", d, CheckListener.NONE, cancelled);
    assertThat(r.steps().get(1).verdict()).isEqualTo(Verdict.UNKNOWN);
    assertThat(r.steps().get(1).detail()).isEqualTo("cancelled");
  }

  @Test
  void listenerHearsEveryStepInOrderThenTheDerivation() {
    var d = Derivations.of(List.of("f{(x)} = x"), List.of("f{(x)} = x", "f{(x)} + 1 = x + 1"));
    List<String> heard = new ArrayList<>();
    checker.check(
        "l",
        d,
        new CheckListener() {
          @Override
          public void stepChecked(String id, String variant, StepResult result) {
            heard.add(id + "#" + result.step());
          }

          @Override
          public void derivationChecked(DerivationReport report) {
            heard.add(report.id() + " done");
          }
        },
        new AtomicBoolean());
    assertThat(heard).containsExactly("l#1", "l#2", "l done");
  }

  @Test
  void batchCheckingInParallelGivesTheSameVerdictsInJobOrder() throws Exception {
    List<BatchChecker.Job> jobs = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      String step = i % 2 == 0 ? "f{(x)} + " + (i + 1) + " = x + " + (i + 1) : "f{(x)} = x + " + i;
      jobs.add(
          new BatchChecker.Job(
              "j" + i, Derivations.of(List.of("f{(x)} = x"), List.of("f{(x)} = x", step))));
    }
    List<DerivationReport> reports =
        new BatchChecker(CheckOptions.defaults(), 3).run(jobs, CheckListener.NONE);
    for (int i = 0; i < 12; i++) {
      assertThat(reports.get(i).id()).isEqualTo("j" + i);
      Verdict expected = i % 2 == 0 ? Verdict.VALID : Verdict.INCORRECT;
      assertThat(reports.get(i).steps().get(1).verdict()).isEqualTo(expected);
    }
  }

  private static Offset<Double> within(double d) {
    return Offset.offset(d);
  }
}
