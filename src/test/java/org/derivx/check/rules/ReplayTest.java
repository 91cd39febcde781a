package org.derivx.check.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.derivx.check.Budget;
import org.derivx.check.EqRef;
import org.derivx.check.Operation;
import org.derivx.check.algebra.Canon;
import org.derivx.check.numeric.Samples;
import org.derivx.latex.LatexParser;
import org.junit.jupiter.api.Test;

/**
 * A search's equal intermediates are tried once and replayed (see {@link Replay}): the operations
 * found, their order, their candidates, the division-by-zero notes and the counted work must be
 * what trying each of them gives.
 */
class ReplayTest {
  private static final List<String> POOL = List.of("y = x^{2} + c", "c = 3", "z = y x");

  /** Intermediates as a search makes them: equal ones under other references, in between others. */
  private static final List<String> FRESH =
      List.of(
          "y = x^{2} + 3",
          "z = (x^{2} + c) x",
          "y = x^{2} + 3",
          "c = y - x^{2}",
          "z = (x^{2} + c) x",
          "y = x^{2} + 3");

  private static final List<String> STEPS =
      List.of(
          "y - 3 = x^{2}",
          "y x = x^{3} + 3 x",
          "z = x^{3} + 3 x",
          "\\frac{y}{x} = x + \\frac{3}{x}",
          "e^{y} = e^{x^{2} + 3}",
          "q = 1");

  /** Multiplying or dividing by anything with x in it counts as by zero here. */
  private static final Attribution.ZeroTest X_IS_ZERO =
      e -> org.derivx.check.algebra.Trees.dependsOn(e, "x");

  @Test
  void replayedIntermediatesGiveWhatTryingThemGives() {
    for (String s : STEPS) {
      Run replayed = run(s, false);
      Run tried = run(s, true);
      assertThat(replayed.ops).as(s).isEqualTo(tried.ops);
      assertThat(replayed.work).as(s).isEqualTo(tried.work);
      assertThat(replayed.details).as(s).isEqualTo(tried.details);
    }
    // the table is not empty: operations through each copy of an equal intermediate are found
    List<Operation> ops = run("y - 3 = x^{2}", false).ops;
    assertThat(ops.stream().flatMap(o -> o.uses().stream()).filter(u -> u.index() < 0).toList())
        .contains(EqRef.step(-1), EqRef.step(-3), EqRef.step(-6));
    assertThat(run("y x = x^{3} + 3 x", false).details)
        .anyMatch(d -> d.contains("which is 0 under the premises"));
  }

  private record Run(List<Operation> ops, long work, List<String> details) {}

  private static Run run(String step, boolean withoutReplays) {
    Samples samples = new Samples();
    Budget budget = new Budget(10_000_000, new AtomicBoolean(), 600_000);
    samples.use(budget);
    List<Known> pool = new ArrayList<>();
    for (int i = 0; i < POOL.size(); i++) {
      pool.add(known(EqRef.premise(i + 1), POOL.get(i), samples));
    }
    List<Known> fresh = new ArrayList<>();
    for (int i = 0; i < FRESH.size(); i++) {
      fresh.add(known(EqRef.step(-(i + 1)), FRESH.get(i), samples));
    }
    Attribution a = new Attribution(samples, X_IS_ZERO, new Memo());
    if (withoutReplays) {
      a.withoutReplays();
    }
    long before = budget.used();
    List<Operation> ops = a.findExtending(known(EqRef.step(9), step, samples), fresh, pool);
    long work = budget.used() - before;
    List<String> details = new ArrayList<>();
    for (Operation op : ops) {
      Object[] c = a.candidate(op);
      details.add(
          op + " | " + (c == null ? "-" : java.util.Arrays.toString(c)) + " | " + a.byZero(op));
    }
    return new Run(ops, work, details);
  }

  private static Known known(EqRef ref, String latex, Samples samples) {
    return Known.of(ref, Canon.of(LatexParser.parseRelation(latex)), samples);
  }
}
