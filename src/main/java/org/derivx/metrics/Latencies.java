package org.derivx.metrics;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntConsumer;

/** What every benchmark needs: timed rounds after a warm-up, quantiles, and the machine's name. */
public final class Latencies {
  /** Each item's time in the last timed round (nanoseconds), and all timed rounds' seconds. */
  public record Rounds(long[] lastRound, double seconds) {}

  private Latencies() {}

  /**
   * Runs {@code work} on items 0..n−1: {@code warmup} untimed rounds, then {@code rounds} timed.
   */
  public static Rounds time(int n, int warmup, int rounds, IntConsumer work) {
    for (int round = 0; round < warmup; round++) {
      for (int i = 0; i < n; i++) {
        work.accept(i);
      }
    }
    long[] last = new long[n];
    long start = System.nanoTime();
    for (int round = 0; round < rounds; round++) {
      for (int i = 0; i < n; i++) {
        long t0 = System.nanoTime();
        work.accept(i);
        last[i] = System.nanoTime() - t0;
      }
    }
    return new Rounds(last, (System.nanoTime() - start) / 1e9);
  }

  /** A sorted copy. */
  public static long[] sorted(long[] values) {
    long[] s = values.clone();
    Arrays.sort(s);
    return s;
  }

  /** The median of {@code values} (the mean of the middle two when their number is even). */
  public static double median(double[] values) {
    double[] s = values.clone();
    Arrays.sort(s);
    int n = s.length;
    return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
  }

  /** The {@code q} quantile of sorted values (0.5 the median, 1 the maximum). */
  public static long quantile(long[] sorted, double q) {
    return sorted[Math.min(sorted.length - 1, (int) (sorted.length * q))];
  }

  /** "OpenJDK 64-Bit Server VM 17.0.15, 2 cores": what the figures were measured on. */
  public static String machine() {
    return System.getProperty("java.vm.name")
        + " "
        + System.getProperty("java.version")
        + ", "
        + collector()
        + ", "
        + Runtime.getRuntime().availableProcessors()
        + " cores";
  }

  /**
   * The garbage collector in use: the checker allocates fast, and on two cores it checks about 1.7
   * times as many steps per second under the serial collector as under G1 (the default), so a
   * figure says which it was measured with.
   */
  static String collector() {
    List<String> names =
        ManagementFactory.getGarbageCollectorMXBeans().stream()
            .map(GarbageCollectorMXBean::getName)
            .toList();
    String all = String.join("/", names);
    if (all.contains("G1")) {
      return "G1 GC";
    }
    if (all.contains("PS ")) {
      return "parallel GC";
    }
    if (all.contains("Copy") || all.contains("MarkSweepCompact")) {
      return "serial GC";
    }
    return all.isEmpty() ? "GC unknown" : all;
  }
}
