package org.derivx.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.derivx.check.run.StepChecker;
import org.derivx.testing.Derivations;
import org.junit.jupiter.api.Test;

/**
 * Found by fuzzing (CheckerFuzzTest, derivationSymbolic): charges of several units at once (tree
 * sizes) overshot the limit, and a step reported 220,013 units of work on a budget of 20,000 (at
 * most 220,002 with the retry). A charge that does not fit is refused; a spent budget counts
 * exactly its limit plus one.
 */
class BudgetTest {
  @Test
  void aChargeThatDoesNotFitEndsTheBudgetAtItsLimitPlusOne() {
    Budget b = new Budget(100, new AtomicBoolean(), 600_000);
    b.spend(95);
    assertThatThrownBy(() -> b.spend(12)).isInstanceOf(Budget.Exhausted.class);
    assertThat(b.used()).isEqualTo(101);
  }

  @Test
  void singleUnitsStillSpendTheWholeLimit() {
    Budget b = new Budget(100, new AtomicBoolean(), 600_000);
    for (int i = 0; i < 100; i++) {
      b.spend(1);
    }
    assertThat(b.used()).isEqualTo(100);
    assertThatThrownBy(() -> b.spend(1)).isInstanceOf(Budget.Exhausted.class);
    assertThat(b.used()).isEqualTo(101);
  }

  @Test
  void theFuzzersStepStaysWithinItsTwoAttempts() {
    var options = CheckOptions.defaults().withBudget(20_000);
    var d =
        Derivations.of(
            List.of("\\kappa lhs+ v^{3} = f{(v)}"),
            List.of(
                "\\kappa + v^{3} = f{(v)}",
                "\\frac{d}{d v} (\\kappa + v^{3}) = \\frac{d}{d v} f{(v)}",
                "y + \\frac{d}{d v} (\\kappa + v^{3}) = y + \\frac{d}{d v} f{(v)}",
                "\\sin{(y + \\frac{d}{d v} (\\kappa + v^{3}))} = \\sin{(y + \\frac{d}{d v} f{(v)})}",
                "\\sin{(3 v^{2} + y)} = - \\sin{(y + \\frac{d}{d v} f{(v)})}"),
            "\\sin{(3 v^{2} + y)} = \\sin{(y + \\frac{d}{d v} f{(v)})}");
    DerivationReport r = new StepChecker(options.withSymbolic(false)).check("budget", d);
    long most = options.budget() * (1 + CheckOptions.RETRY_FACTOR) + 2;
    assertThat(r.steps()).allSatisfy(s -> assertThat(s.work()).isLessThanOrEqualTo(most));
  }
}
