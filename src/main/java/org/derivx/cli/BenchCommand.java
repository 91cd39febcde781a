package org.derivx.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.derivx.derivation.Dataset;
import org.derivx.io.Datasets;
import org.derivx.latex.Equations;
import org.derivx.metrics.Latencies;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code derivx bench}: speed figures measured on real files, not in timed unit tests. */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = "Measures the engine on a dataset.",
    subcommands = {
      BenchCommand.Parse.class,
      BenchCheck.class,
      BenchRender.class,
      BenchGui.class,
      BenchFlag.class,
      BenchGenerate.class
    })
final class BenchCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  @Command(
      name = "parse",
      mixinStandardHelpOptions = true,
      description = "Normalise and parse every equation of FILE repeatedly; report equations/s.")
  static final class Parse implements Callable<Integer> {
    @Parameters(paramLabel = "FILE")
    Path file;

    @Option(names = "--rounds", defaultValue = "20", description = "Timed rounds (default 20).")
    int rounds;

    @Option(
        names = "--warmup",
        defaultValue = "5",
        description = "Untimed rounds first (default 5).")
    int warmup;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
      PrintWriter out = spec.commandLine().getOut();
      Dataset d = Datasets.load(file);
      List<String> raw = new ArrayList<>();
      d.records().forEach(r -> r.variants().forEach(v -> v.steps().forEach(e -> raw.add(e.raw()))));
      int n = raw.size();
      int parsed = (int) raw.stream().filter(r -> Equations.parse(r).parsed()).count();
      Latencies.Rounds t = Latencies.time(n, warmup, rounds, i -> Equations.parse(raw.get(i)));
      long[] perEquation = Latencies.sorted(t.lastRound());
      out.printf("file: %s (%d equations, %d parse)%n", file, n, parsed);
      out.printf(
          "throughput: %.0f equations/s over %d rounds on %d thread (%s)%n",
          n * rounds / t.seconds(), rounds, 1, Latencies.machine());
      out.printf(
          "per equation: p50 %.1f µs, p95 %.1f µs, max %.1f µs%n",
          Latencies.quantile(perEquation, 0.5) / 1e3,
          Latencies.quantile(perEquation, 0.95) / 1e3,
          Latencies.quantile(perEquation, 1) / 1e3);
      return DerivxCommand.OK;
    }
  }
}
