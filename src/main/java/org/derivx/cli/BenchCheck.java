package org.derivx.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import org.derivx.check.CheckOptions;
import org.derivx.check.StepResult;
import org.derivx.check.run.BatchChecker;
import org.derivx.check.run.CheckListener;
import org.derivx.derivation.Dataset;
import org.derivx.derivation.DerivationRecord;
import org.derivx.io.Datasets;
import org.derivx.metrics.Latencies;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code derivx bench check}: steps/s, per-step latency and heap peak of the step checker. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description =
        "Check every step of FILE: a first pass, untimed warm-up rounds, timed rounds; report"
            + " steps/s (first pass and the rounds' median), p50/p95/max, counted work, heap.")
final class BenchCheck implements Callable<Integer> {
  @Parameters(paramLabel = "FILE")
  Path file;

  @Option(
      names = "--threads",
      defaultValue = "2",
      converter = ThreadCount.class,
      description = "Worker threads (default 2; 0: all cores).")
  int threads;

  @Option(names = "--variant", paramLabel = "GLOB", description = "Only matching variants.")
  String variant;

  @Option(names = "--budget", paramLabel = "UNITS", description = "Work budget per step.")
  long budget = CheckOptions.DEFAULT_BUDGET;

  @Option(
      names = "--warmup",
      defaultValue = "8",
      description =
          "Untimed rounds over all of FILE after the first pass (default 8): the JIT compiles"
              + " the checker's hot code over several rounds.")
  int warmup;

  @Option(
      names = "--rounds",
      defaultValue = "5",
      description = "Timed rounds after the warm-up (default 5); the median is quoted.")
  int rounds;

  @Option(
      names = "--sympy",
      description =
          "Also run the SymPy single-operation search on FILE's reference derivations (a results"
              + " JSON of the paper; needs python3 with SymPy) and print both rates.")
  boolean sympy;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    validateRounds(spec, warmup, rounds);
    Dataset d = Datasets.load(file);
    if (sympy) {
      // before minutes of rounds: can the search run on this file here at all?
      String cannot = SympyBaseline.cannotRun(d);
      if (cannot != null) {
        spec.commandLine().getErr().println("derivx bench check --sympy: " + cannot);
        return DerivxCommand.BAD_INPUT;
      }
    }
    VariantFilter filter = new VariantFilter(variant);
    List<BatchChecker.Job> jobs = new ArrayList<>();
    for (DerivationRecord r : d.records()) {
      r.variants().stream()
          .filter(filter::accepts)
          .forEach(v -> jobs.add(new BatchChecker.Job(r.id(), v)));
    }
    CheckOptions options = CheckOptions.defaults().withBudget(budget);
    int workers = ThreadCount.resolve(threads);
    // the first pass is what a user's first check of a file costs: Symja's rule tables, class
    // loading and the interpreter; the JIT compiles the hot code over the rounds after it
    Round first = round(options, workers, jobs);
    for (int i = 0; i < warmup; i++) {
      round(options, workers, jobs);
    }
    ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    List<Round> timed = new ArrayList<>();
    for (int i = 0; i < rounds; i++) {
      timed.add(round(options, workers, jobs));
    }
    long heap =
        ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP)
            .mapToLong(p -> p.getPeakUsage().getUsed())
            .sum();
    int n = first.millis().length;
    out.printf("file: %s (%d derivations, %d steps)%n", file, jobs.size(), n);
    out.printf("first pass (a fresh JVM's first check of the file): %.1f steps/s%n", first.rate());
    double[] rates = timed.stream().mapToDouble(Round::rate).sorted().toArray();
    double median = Latencies.median(rates);
    out.printf(
        "throughput: %.1f steps/s (median of %d timed rounds after %d untimed; min %.1f, max"
            + " %.1f) on %d threads (%s)%n",
        median,
        rates.length,
        warmup,
        rates[0],
        rates[rates.length - 1],
        workers,
        Latencies.machine());
    if (n > 0) {
      // every step of every timed round
      double[] ms = timed.stream().flatMapToDouble(r -> Arrays.stream(r.millis())).toArray();
      Arrays.sort(ms);
      long[] units = first.work().clone(); // the same in every round: work is counted, not timed
      Arrays.sort(units);
      long spent = Arrays.stream(units).filter(u -> u > budget).count();
      out.printf(
          "per step (timed rounds): p50 %.2f ms, p95 %.2f ms, max %.1f ms%n",
          ms[ms.length / 2], ms[(int) (ms.length * 0.95)], ms[ms.length - 1]);
      out.printf(
          "work per step: p50 %,d, p99 %,d, max %,d units; budget %,d; steps past it: %d%n",
          units[n / 2], units[(int) (n * 0.99)], units[n - 1], budget, spent);
    }
    out.printf("heap peak (timed rounds): %.0f MB%n", heap / 1048576.0);
    if (sympy) {
      out.flush();
      SympyBaseline.Result s = SympyBaseline.run(file, 60);
      if (!s.measured()) {
        spec.commandLine()
            .getErr()
            .println("derivx bench check: SymPy not measured: " + s.failure());
        return DerivxCommand.BAD_INPUT;
      }
      out.println(s.line());
      // whole files, not steps/s: the checker's steps include the premises, SymPy's do not
      out.printf(
          "checker / SymPy: %.1f times as fast on the file (%.3f s a round on %d threads against"
              + " %.3f s)%s%n",
          s.seconds() / (n / median),
          n / median,
          workers,
          s.seconds(),
          "derivation".equals(variant)
              ? ""
              : "; SymPy searched the references only: compare with --variant derivation");
    }
    return DerivxCommand.OK;
  }

  /** Refuses round counts that measure nothing. */
  static void validateRounds(CommandLine.Model.CommandSpec spec, int warmup, int rounds) {
    if (warmup < 0 || rounds < 1) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--warmup must be 0 or more and --rounds 1 or more");
    }
  }

  /** One round's steps/s and each step's time and counted work. */
  private record Round(double rate, double[] millis, long[] work) {}

  private static Round round(CheckOptions options, int workers, List<BatchChecker.Job> jobs)
      throws InterruptedException {
    List<Double> millis = Collections.synchronizedList(new ArrayList<>());
    List<Long> work = Collections.synchronizedList(new ArrayList<>());
    long start = System.nanoTime();
    new BatchChecker(options, workers)
        .run(
            jobs,
            new CheckListener() {
              @Override
              public void stepChecked(String id, String v, StepResult result) {
                millis.add(result.millis());
                work.add(result.work());
              }
            });
    double seconds = (System.nanoTime() - start) / 1e9;
    return new Round(
        millis.size() / seconds,
        millis.stream().mapToDouble(Double::doubleValue).toArray(),
        work.stream().mapToLong(Long::longValue).toArray());
  }
}
