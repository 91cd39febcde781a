package org.derivx.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.derivx.derivation.Dataset;
import org.derivx.io.Datasets;
import org.derivx.metrics.Latencies;
import org.derivx.render.Formulas;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code derivx bench render FILE}: typesets and paints every equation of FILE with JLaTeXMath,
 * uncached, after warm-up rounds; reports the warm time per formula (what the window pays for a
 * formula it has not shown before).
 */
@Command(
    name = "render",
    mixinStandardHelpOptions = true,
    description = "Typeset and paint every equation of FILE (uncached, warm); report per formula.")
final class BenchRender implements Callable<Integer> {
  @Parameters(paramLabel = "FILE")
  Path file;

  @Option(names = "--rounds", defaultValue = "3", description = "Timed rounds (default 3).")
  int rounds;

  @Option(names = "--warmup", defaultValue = "2", description = "Untimed rounds (default 2).")
  int warmup;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    Dataset d = Datasets.load(file);
    List<String> latex = new ArrayList<>();
    d.records()
        .forEach(
            r -> r.variants().forEach(v -> v.steps().forEach(e -> latex.add(e.displayLatex()))));
    int n = latex.size();
    Latencies.Rounds t =
        Latencies.time(n, warmup, rounds, i -> Formulas.typesetAndPaint(latex.get(i), 17f));
    long[] per = Latencies.sorted(t.lastRound());
    out.printf("file: %s (%d formulas)%n", file, n);
    out.printf(
        "throughput: %.0f formulas/s typeset and painted, uncached (%s)%n",
        n * rounds / t.seconds(), Latencies.machine());
    out.printf(
        "per formula: p50 %.2f ms, p95 %.2f ms, max %.2f ms%n",
        Latencies.quantile(per, 0.5) / 1e6,
        Latencies.quantile(per, 0.95) / 1e6,
        Latencies.quantile(per, 1) / 1e6);
    return DerivxCommand.OK;
  }
}
