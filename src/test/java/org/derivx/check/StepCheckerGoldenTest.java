package org.derivx.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.derivx.check.run.StepChecker;
import org.derivx.testing.Derivations;
import org.derivx.testing.Golden;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Hand-written derivations with every verdict and every rule, including injected errors (a skipped
 * step, a repeated equation, an unused correct step, a corrupted step): verdict, rule and uses.
 */
class StepCheckerGoldenTest {
  private static final StepChecker CHECKER = new StepChecker(CheckOptions.defaults());

  @TestFactory
  Stream<DynamicTest> goldenCases() {
    return Golden.table("/golden/checker.tsv").stream()
        .map(row -> DynamicTest.dynamicTest(row[0], () -> check(row)));
  }

  private static void check(String[] row) {
    var d = Derivations.of(Derivations.split(row[1]), Derivations.split(row[2]));
    DerivationReport report = CHECKER.check(row[0], d);
    List<String> expected = Arrays.asList(row[3].split(" "));
    assertThat(report.steps()).hasSameSizeAs(expected);
    for (int i = 0; i < expected.size(); i++) {
      StepResult s = report.steps().get(i);
      String[] token = expected.get(i).split(":");
      String[] verdict = token[0].split("/");
      String where = row[0] + " step " + (i + 1) + ": " + s;
      assertThat(s.verdict().name()).as(where).isEqualTo(verdict[0]);
      if (verdict.length > 1) {
        assertThat(((StepResult.Skipped) s).operations())
            .as(where)
            .isEqualTo(Integer.parseInt(verdict[1]));
      }
      if (token.length > 1) {
        assertThat(s.justification()).as(where).isPresent();
        assertThat(s.justification().get().rule().paperName()).as(where).isEqualTo(token[1]);
      }
      if (token.length > 2) {
        List<Integer> uses = Arrays.stream(token[2].split(",")).map(Integer::valueOf).toList();
        assertThat(s.justification().get().steps()).as(where).isEqualTo(uses);
      }
    }
  }
}
