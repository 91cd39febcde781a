package org.derivx.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/** Hand-computed example. */
class StepAgreementTest {
  @Test
  void perCategoryScoresEarliestErrorAndFalseAlarms() {
    StepAgreement a = new StepAgreement();
    // error-free, judged clean
    a.add(List.of("PREMISE", "VALID", "VALID"), List.of("VALID", "VALID", "VALID"));
    // error-free, judged with a false alarm at step 2
    a.add(List.of("PREMISE", "VALID", "VALID"), List.of("VALID", "SKIPPED", "VALID"));
    // first error at step 2, found there
    a.add(List.of("PREMISE", "SKIPPED", "VALID"), List.of("VALID", "SKIPPED", "VALID"));
    // first error at step 3, judged first at step 2 (wrong place)
    a.add(List.of("PREMISE", "VALID", "INCORRECT"), List.of("VALID", "REDUNDANT", "INCORRECT"));

    // VALID: 10 in reference (3+3+2+2); judged VALID for 8 of them (one SKIPPED, one REDUNDANT)
    double[] valid = a.scores("VALID");
    assertThat(valid[3]).isEqualTo(10);
    assertThat(valid[0]).isCloseTo(1.0, within(1e-9)); // every VALID judgement was right
    assertThat(valid[1]).isCloseTo(0.8, within(1e-9));
    double[] skipped = a.scores("SKIPPED");
    assertThat(skipped[0]).isCloseTo(0.5, within(1e-9)); // 1 of 2 SKIPPED judgements right
    assertThat(skipped[1]).isCloseTo(1.0, within(1e-9));
    assertThat(skipped[2]).isCloseTo(2 * 0.5 / 1.5, within(1e-9));
    assertThat(a.scores("INCORRECT")[2]).isCloseTo(1.0, within(1e-9));
    // macro over VALID, SKIPPED, INCORRECT (REDUNDANT and IRRELEVANT absent from the reference)
    double fValid = 2 * 1.0 * 0.8 / 1.8;
    assertThat(a.macroF1()).isCloseTo((fValid + 2 / 3.0 + 1.0) / 3, within(1e-9));
    assertThat(a.falseAlarmRate()).isCloseTo(0.5, within(1e-9));
    // erroneous: 1 of 2 first errors right; error-free: 1 of 2 clean -> F1 of 0.5 and 0.5
    assertThat(a.earliestErrorF1()).isCloseTo(0.5, within(1e-9));
    assertThat(a.confusion()[0][1]).isEqualTo(1); // VALID judged SKIPPED
    assertThat(a.table("flagger", "labels"))
        .contains("macro-F1")
        .contains("earliest-error F1 0.500");
  }

  @Test
  void theFiguresAreWrittenInTheSameOrderOnEveryRun() {
    // Map.of's order changes from one JVM run to the next; eval's JSON must not
    StepAgreement a = new StepAgreement();
    a.add(List.of("PREMISE", "VALID"), List.of("VALID", "SKIPPED"));
    Map<?, ?> categories = (Map<?, ?>) a.toMap().get("categories");
    assertThat(categories.values())
        .allSatisfy(
            m ->
                assertThat(List.copyOf(((Map<?, ?>) m).keySet()))
                    .isEqualTo(List.of("precision", "recall", "f1", "steps")));
  }

  @Test
  void unknownReferenceStepsAreSkippedAndLengthsMustMatch() {
    StepAgreement a = new StepAgreement();
    a.add(Arrays.asList("VALID", null), List.of("VALID", "INCORRECT"));
    assertThat(a.errorFreeDerivations()).isZero(); // cannot tell
    assertThat(a.scores("VALID")[3]).isEqualTo(1);
    Assertions.assertThatThrownBy(() -> a.add(List.of("VALID"), List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
