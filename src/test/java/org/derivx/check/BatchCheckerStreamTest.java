package org.derivx.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.derivx.check.run.BatchChecker;
import org.derivx.check.run.CheckListener;
import org.derivx.derivation.Derivation;
import org.derivx.latex.Equations;
import org.junit.jupiter.api.Test;

class BatchCheckerStreamTest {
  private static final CheckOptions FAST = CheckOptions.defaults().withSymbolic(false);

  private static Derivation derivation(int i) {
    return new Derivation(
        "steps",
        Derivation.Kind.GENERATION,
        null,
        "static",
        null,
        List.of(Equations.parse("x = " + i), Equations.parse("2 x = " + 2 * i)),
        List.of(),
        List.of());
  }

  private static List<BatchChecker.Job> jobs(int n) {
    List<BatchChecker.Job> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(new BatchChecker.Job("d" + i, derivation(i), "f.jsonl:" + (i + 1)));
    }
    return out;
  }

  @Test
  void outcomesComeInSubmissionOrderAndAFailureIsOneJobs() throws Exception {
    BatchChecker b =
        new BatchChecker(
            FAST,
            2,
            judge ->
                (job, listener, cancelled) -> {
                  if (job.id().equals("d7")) {
                    throw new IllegalStateException("bug on d7");
                  }
                  return judge.check(job, listener, cancelled);
                });
    List<BatchChecker.Outcome> got = new ArrayList<>();
    b.run(jobs(40).iterator(), CheckListener.NONE, got::add);
    assertThat(got)
        .extracting(o -> o.job().id())
        .isEqualTo(jobs(40).stream().map(BatchChecker.Job::id).toList());
    assertThat(got.get(7).failed()).isTrue();
    assertThat(got.get(7).failure()).hasMessage("bug on d7");
    assertThat(got.get(7).job().source()).isEqualTo("f.jsonl:8");
    assertThat(got)
        .filteredOn(o -> !o.failed())
        .hasSize(39)
        .allSatisfy(o -> assertThat(o.report()).isNotNull());
  }

  @Test
  void jobsArePulledOnlyAsTheWindowAllows() throws Exception {
    // the first outcome is handed over before more than a window of jobs has been taken
    int window = 3;
    AtomicInteger pulled = new AtomicInteger();
    List<Integer> pulledAtEachOutcome = new ArrayList<>();
    Iterator<BatchChecker.Job> all = jobs(30).iterator();
    Iterator<BatchChecker.Job> counting =
        new Iterator<>() {
          @Override
          public boolean hasNext() {
            return all.hasNext();
          }

          @Override
          public BatchChecker.Job next() {
            pulled.incrementAndGet();
            return all.next();
          }
        };
    BatchChecker b = new BatchChecker(FAST, 2);
    try (BatchChecker.Pipeline p =
        b.start(CheckListener.NONE, window, o -> pulledAtEachOutcome.add(pulled.get()))) {
      while (counting.hasNext()) {
        p.submit(counting.next());
      }
      p.finish();
    }
    assertThat(pulledAtEachOutcome).hasSize(30);
    for (int k = 0; k < 30; k++) {
      // outcome k is handed over before job k + window + 1 is taken
      assertThat(pulledAtEachOutcome.get(k)).isLessThanOrEqualTo(k + window + 1);
    }
  }

  @Test
  void theListRunStillReturnsEveryReportAndThrowsOnAFailure() throws Exception {
    List<DerivationReport> reports = new BatchChecker(FAST, 2).run(jobs(10), CheckListener.NONE);
    assertThat(reports)
        .extracting(DerivationReport::id)
        .containsExactly("d0", "d1", "d2", "d3", "d4", "d5", "d6", "d7", "d8", "d9");
    BatchChecker failing =
        new BatchChecker(
            FAST,
            2,
            judge ->
                (job, listener, cancelled) -> {
                  throw new NullPointerException("x");
                });
    assertThatThrownBy(() -> failing.run(jobs(3), CheckListener.NONE))
        .isInstanceOf(IllegalStateException.class)
        .hasRootCauseInstanceOf(NullPointerException.class);
  }

  @Test
  void outOfMemoryEndsTheRunInsteadOfBeingOneJobsFailure() {
    BatchChecker b =
        new BatchChecker(
            FAST,
            1,
            judge ->
                (job, listener, cancelled) -> {
                  throw new OutOfMemoryError("test");
                });
    assertThatThrownBy(() -> b.run(jobs(3).iterator(), CheckListener.NONE, o -> {}))
        .isInstanceOf(OutOfMemoryError.class);
  }
}
