package org.derivx.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.ArrayList;
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
    description = "Check every step of FILE after a warm-up; report steps/s, p50/p95/max, heap.")
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

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    Dataset d = Datasets.load(file);
    VariantFilter filter = new VariantFilter(variant);
    List<BatchChecker.Job> jobs = new ArrayList<>();
    for (DerivationRecord r : d.records()) {
      r.variants().stream()
          .filter(filter::accepts)
          .forEach(v -> jobs.add(new BatchChecker.Job(r.id(), v)));
    }
    CheckOptions options = CheckOptions.defaults().withBudget(budget);
    int workers = ThreadCount.resolve(threads);
    // warm-up: Symja's rule tables and the JIT, on a slice of the same work
    new BatchChecker(options, workers)
        .run(jobs.subList(0, Math.min(jobs.size(), 40)), CheckListener.NONE);
    ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
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
    List<Double> sorted = new ArrayList<>(millis);
    Collections.sort(sorted);
    int n = sorted.size();
    List<Long> units = new ArrayList<>(work);
    Collections.sort(units);
    long spent = units.stream().filter(u -> u > budget).count();
    long heap =
        ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP)
            .mapToLong(p -> p.getPeakUsage().getUsed())
            .sum();
    out.printf("file: %s (%d derivations, %d steps)%n", file, jobs.size(), n);
    out.printf(
        "throughput: %.1f steps/s on %d threads (%s)%n", n / seconds, workers, Latencies.machine());
    if (n > 0) {
      out.printf(
          "per step: p50 %.2f ms, p95 %.2f ms, max %.1f ms%n",
          sorted.get(n / 2), sorted.get((int) (n * 0.95)), sorted.get(n - 1));
      out.printf(
          "work per step: p50 %,d, p99 %,d, max %,d units; budget %,d; steps past it: %d%n",
          units.get(n / 2), units.get((int) (n * 0.99)), units.get(n - 1), budget, spent);
    }
    out.printf("heap peak: %.0f MB%n", heap / 1048576.0);
    return DerivxCommand.OK;
  }
}
