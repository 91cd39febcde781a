package org.derivx.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.derivx.derivation.Derivation;
import org.derivx.flagger.FlaggerModel;
import org.derivx.flagger.Models;
import org.derivx.flagger.TorchRuntime;
import org.derivx.metrics.Latencies;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code derivx bench flag FILE}: model load time (engine started once natives are unpacked),
 * batched steps/s, and the latency of flagging one step (its derivation as context) p50/p95.
 */
@Command(
    name = "flag",
    mixinStandardHelpOptions = true,
    description = "Time the flagger: model load, batched steps/s, single-step latency.")
final class BenchFlag implements Callable<Integer> {
  @Parameters(paramLabel = "FILE")
  Path file;

  @Option(names = "--model", description = "Model directory (default: the shipped one).")
  Path model;

  @Option(names = "--rounds", defaultValue = "3", description = "Timed batched rounds.")
  int rounds;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<Derivation> all = new ArrayList<>();
    Judged.load(List.of(file), new VariantFilter(null), err).forEach(j -> all.add(j.derivation()));
    boolean unpacked = TorchRuntime.nativesUnpacked();
    long t0 = System.nanoTime();
    TorchRuntime.engine(err::println);
    long t1 = System.nanoTime();
    try (FlaggerModel m = Models.load(model, err::println)) {
      long t2 = System.nanoTime();
      out.printf(
          "engine start %.0f ms (natives %s), model load %.0f ms%n",
          (t1 - t0) / 1e6, unpacked ? "already unpacked" : "unpacked now", (t2 - t1) / 1e6);
      int steps = all.stream().mapToInt(Derivation::size).sum();
      m.predict(all); // warm-up
      long start = System.nanoTime();
      for (int r = 0; r < rounds; r++) {
        m.predict(all);
      }
      double s = (System.nanoTime() - start) / 1e9;
      out.printf(
          "batched: %d derivations, %d steps, %.0f steps/s (%s)%n",
          all.size(), steps, steps * rounds / s, Latencies.machine());
      int n = Math.min(all.size(), 500);
      long[] single = new long[n];
      for (int i = 0; i < n; i++) {
        long a = System.nanoTime();
        m.predict(List.of(all.get(i)));
        single[i] = System.nanoTime() - a;
      }
      long[] sorted = Latencies.sorted(single);
      out.printf(
          "single step (one derivation as its context), %d calls: p50 %.2f ms, p95 %.2f ms%n",
          n, Latencies.quantile(sorted, 0.5) / 1e6, Latencies.quantile(sorted, 0.95) / 1e6);
    }
    return DerivxCommand.OK;
  }
}
