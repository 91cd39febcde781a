package org.derivx.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.derivx.derivation.Derivation;
import org.derivx.flagger.Encoding;
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
 * batched steps/s, and the latency of flagging one derivation p50/p95, each as the flagger runs it
 * (the engine's evidence, then the network) and split into the two.
 */
@Command(
    name = "flag",
    mixinStandardHelpOptions = true,
    description =
        "Time the flagger: model load, batched steps/s, one derivation's latency (evidence +"
            + " inference, and each alone).")
final class BenchFlag implements Callable<Integer> {
  @Parameters(paramLabel = "FILE")
  Path file;

  @Option(names = "--model", description = "Model directory (default: the shipped one).")
  Path model;

  @Option(
      names = "--warmup",
      defaultValue = "8",
      description =
          "Untimed batched rounds after the first (default 8): the JIT compiles the evidence's"
              + " hot code over several rounds.")
  int warmup;

  @Option(
      names = "--rounds",
      defaultValue = "5",
      description = "Timed batched rounds (default 5); the median is quoted.")
  int rounds;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    BenchCheck.validateRounds(spec, warmup, rounds);
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
      // the first round is what a fresh JVM's first flagging costs; then the JIT compiles
      long a0 = System.nanoTime();
      m.predict(all);
      double first = steps / ((System.nanoTime() - a0) / 1e9);
      for (int r = 0; r < warmup; r++) {
        m.predict(all);
      }
      double[] together = new double[rounds];
      double[] evidence = new double[rounds];
      double[] inference = new double[rounds];
      for (int r = 0; r < rounds; r++) {
        long a = System.nanoTime();
        List<Encoding> enc = m.encode(all);
        long b = System.nanoTime();
        m.predictEncodings(enc);
        long c = System.nanoTime();
        together[r] = steps / ((c - a) / 1e9);
        evidence[r] = steps / ((b - a) / 1e9);
        inference[r] = steps / ((c - b) / 1e9);
      }
      out.printf("first round (a fresh JVM's first flagging of the file): %.0f steps/s%n", first);
      out.printf(
          "batched: %d derivations, %d steps, %.0f steps/s (median of %d timed rounds after %d"
              + " untimed; min %.0f, max %.0f; evidence %.0f steps/s, inference %.0f steps/s"
              + " alone, medians of their own) (%s)%n",
          all.size(),
          steps,
          Latencies.median(together),
          rounds,
          warmup,
          Arrays.stream(together).min().orElse(0),
          Arrays.stream(together).max().orElse(0),
          Latencies.median(evidence),
          Latencies.median(inference),
          Latencies.machine());
      int n = Math.min(all.size(), 500);
      long[] whole = new long[n];
      long[] ev = new long[n];
      long[] net = new long[n];
      for (int i = 0; i < n; i++) {
        long a = System.nanoTime();
        List<Encoding> enc = m.encode(List.of(all.get(i)));
        long b = System.nanoTime();
        m.predictEncodings(enc);
        long c = System.nanoTime();
        whole[i] = c - a;
        ev[i] = b - a;
        net[i] = c - b;
      }
      out.printf(
          "one derivation at a time (its steps together), %d calls: p50 %.2f ms, p95 %.2f ms"
              + " (evidence p50 %.2f ms, inference p50 %.2f ms)%n",
          n, quantile(whole, 0.5), quantile(whole, 0.95), quantile(ev, 0.5), quantile(net, 0.5));
    }
    return DerivxCommand.OK;
  }

  private static double quantile(long[] nanos, double q) {
    return Latencies.quantile(Latencies.sorted(nanos), q) / 1e6;
  }
}
