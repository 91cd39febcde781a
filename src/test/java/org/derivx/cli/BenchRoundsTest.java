package org.derivx.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * {@code bench check} and {@code bench flag} report a fresh JVM's first pass apart from the median
 * of timed rounds after untimed ones, say how many of each, and refuse counts that measure nothing.
 * (What the figures are is the machine's business; only their shape is asserted.)
 */
class BenchRoundsTest {
  private static final String FILE = "sample-derivations/hand-written.jsonl";

  @Test
  void benchCheckReportsTheFirstPassAndTheMedianRound() {
    var r = InspectCommandTest.run("bench", "check", FILE, "--warmup", "1", "--rounds", "3");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out())
        .containsPattern("first pass \\(a fresh JVM's first check of the file\\): [0-9.]+ steps/s")
        .containsPattern(
            "throughput: [0-9.]+ steps/s \\(median of 3 timed rounds after 1 untimed; min [0-9.]+,"
                + " max [0-9.]+\\) on 2 threads")
        .contains("per step (timed rounds): p50")
        .contains("steps past it: 0");
  }

  @Test
  void benchFlagReportsTheFirstRoundAndTheMedianRound() {
    var r = InspectCommandTest.run("bench", "flag", FILE, "--warmup", "0", "--rounds", "1");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out())
        .containsPattern(
            "first round \\(a fresh JVM's first flagging of the file\\): [0-9]+ steps/s")
        .containsPattern("steps/s \\(median of 1 timed rounds after 0 untimed; min [0-9]+")
        .contains("one derivation at a time");
  }

  @Test
  void benchCheckRunsTheSympySearchInTheSameRun() throws Exception {
    Process probe =
        new ProcessBuilder("python3", "-c", "import sympy").redirectErrorStream(true).start();
    Assumptions.assumeTrue(
        probe.waitFor(60, TimeUnit.SECONDS) && probe.exitValue() == 0, "python3 with SymPy");
    var r =
        InspectCommandTest.run(
            "bench",
            "check",
            "sample-derivations/paper-layout_results.json",
            "--variant",
            "derivation",
            "--warmup",
            "0",
            "--rounds",
            "1",
            "--sympy");
    assertThat(r.code()).as(r.err()).isZero();
    // the sample's one reference: 4 equations, one premise, all three steps one operation each
    assertThat(r.out())
        .containsPattern("sympy: 3 steps \\(3 matched\\) in [0-9.]+ s: [0-9.]+ steps/s")
        .containsPattern("checker / SymPy: [0-9.]+ times as fast on the file \\([0-9.]+ s a round");
  }

  @Test
  void theSympySearchNeedsTheResultsFormatAndSaysSoBeforeTheRounds() {
    var r = InspectCommandTest.run("bench", "check", FILE, "--rounds", "1", "--sympy");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("has no srepr_derivation");
    assertThat(r.out()).doesNotContain("throughput");
  }

  @Test
  void roundCountsThatMeasureNothingAreBadInput() {
    for (String what : new String[] {"check", "flag"}) {
      for (String[] bad : new String[][] {{"--rounds", "0"}, {"--warmup", "-1"}}) {
        var r = InspectCommandTest.run("bench", what, FILE, bad[0], bad[1]);
        assertThat(r.code()).as(what + " " + bad[0] + " " + bad[1]).isEqualTo(2);
        assertThat(r.err()).contains("--warmup must be 0 or more and --rounds 1 or more");
      }
    }
  }
}
