package org.derivx.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.stream.Stream;
import org.derivx.check.CheckOptions;
import org.derivx.check.DerivationReport;
import org.derivx.check.StepResult;
import org.derivx.check.Verdict;
import org.derivx.check.run.StepChecker;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The checker on derivations parsed from fuzzer-chosen LaTeX (see {@link CheckerInput}), seeded
 * with the golden checker cases, the samples and, while fuzzing, the paper's derivations. It must
 * return one result per step and never throw, and every step's counted work must stay within its
 * budget: the first attempt plus the retry at {@link CheckOptions#RETRY_FACTOR} times as much.
 * Parsed trees are at most 120 levels deep, so a step given up as "too deeply nested" (a stack
 * overflow caught inside) is a finding too; while fuzzing, so is a step stopped by the wall-clock
 * safety net, which only uncounted work can reach.
 */
class CheckerFuzzTest {
  private static final CheckOptions NUMERIC =
      CheckOptions.defaults().withSymbolic(false).withBudget(200_000);

  /** Symja confirms each VALID step; a low check budget keeps executions short. */
  private static final CheckOptions SYMBOLIC =
      CheckOptions.defaults().withSymbolic(true).withConfirm(true).withBudget(20_000);

  static Stream<Arguments> seeds() {
    return FuzzSeeds.derivations();
  }

  static Stream<Arguments> symbolicSeeds() {
    return FuzzSeeds.sampleDerivationSeeds();
  }

  @MethodSource("seeds")
  @FuzzTest(maxDuration = "10m")
  void derivation(byte[] data) {
    check(data, NUMERIC);
  }

  @MethodSource("symbolicSeeds")
  @FuzzTest(maxDuration = "10m")
  void derivationSymbolic(byte[] data) {
    check(data, SYMBOLIC);
  }

  private static void check(byte[] data, CheckOptions options) {
    CheckerInput input = CheckerInput.decode(data);
    DerivationReport report = new StepChecker(options).check("fuzz", input.derivation());
    assertThat(report.steps()).hasSize(input.steps().size());
    long most = options.budget() * (1 + CheckOptions.RETRY_FACTOR) + 2;
    for (StepResult s : report.steps()) {
      String what = "step " + s.step() + " " + s.latex() + ": " + s.verdict() + " " + s.detail();
      assertThat(s.work()).as(what).isBetween(0L, most);
      assertThat(s.verdict()).as(what).isNotNull();
      if (s.verdict() == Verdict.UNKNOWN && s.detail() != null) {
        assertThat(s.detail()).as(what).isNotEqualTo("too deeply nested to check");
        if (Fuzzing.active()) {
          assertThat(s.detail()).as(what).doesNotStartWith("stopped by the wall-clock safety net");
        }
      }
    }
  }
}
