package org.derivx.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.derivx.derivation.Dataset;
import org.derivx.io.Datasets;
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
    for (int round = 0; round < warmup; round++) {
      latex.forEach(BenchRender::render);
    }
    long[] per = new long[n];
    long start = System.nanoTime();
    for (int round = 0; round < rounds; round++) {
      for (int i = 0; i < n; i++) {
        long t0 = System.nanoTime();
        render(latex.get(i));
        long t = System.nanoTime() - t0;
        if (round == rounds - 1) {
          per[i] = t;
        }
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    Arrays.sort(per);
    out.printf("file: %s (%d formulas)%n", file, n);
    out.printf(
        "throughput: %.0f formulas/s typeset and painted, uncached (%s, %d cores)%n",
        n * rounds / seconds,
        System.getProperty("java.vm.name") + " " + System.getProperty("java.version"),
        Runtime.getRuntime().availableProcessors());
    out.printf(
        "per formula: p50 %.2f ms, p95 %.2f ms, max %.2f ms%n",
        per[n / 2] / 1e6, per[(int) (n * 0.95)] / 1e6, per[n - 1] / 1e6);
    return DerivxCommand.OK;
  }

  private static void render(String latex) {
    Formulas.typesetAndPaint(latex, 17f);
  }
}
