package org.derivx.gui;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;
import javafx.animation.AnimationTimer;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.control.skin.VirtualFlow;
import org.derivx.metrics.Latencies;

/**
 * Scrolls the browser's list as a wheel or a dragged scroll bar would, {@link #ROWS_PER_FRAME} rows
 * every frame for {@link #FRAMES} frames (turning at either end), while the file may still be
 * loading and checking. For each frame: the FX thread's work in the pulse (the scroll, then CSS and
 * layout of the rows that came into view), and the gap since the previous frame (anything else the
 * FX thread did in between shows there: reports arriving, refiltering, batches of items).
 */
final class ScrollBench {
  static final int FRAMES = 600;
  static final int ROWS_PER_FRAME = 3;

  private final Scene scene;
  private final Runnable then;
  private final long[] work = new long[FRAMES];
  private final long[] gaps = new long[FRAMES];
  private final long[] cpu = new long[FRAMES];
  private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
  private long startedCpu;
  private int frame = -1;
  private long started;
  private long lastFrame;
  private long peakUsed;
  private int direction = 1;
  private int rows;

  ScrollBench(Scene scene, Runnable then) {
    this.scene = scene;
    this.then = then;
  }

  /** Largest heap in use sampled once per frame while scrolling. */
  long peakUsed() {
    return peakUsed;
  }

  void start() {
    @SuppressWarnings("unchecked")
    ListView<Object> list = (ListView<Object>) scene.lookup("#browser-list");
    VirtualFlow<?> flow = (VirtualFlow<?>) list.lookup(".virtual-flow");
    Runnable layoutDone =
        () -> {
          if (started != 0 && frame >= 0 && frame < FRAMES) {
            work[frame] = System.nanoTime() - started;
            cpu[frame] = threads.getCurrentThreadCpuTime() - startedCpu;
            started = 0;
          }
        };
    scene.addPostLayoutPulseListener(layoutDone);
    new AnimationTimer() {
      @Override
      public void handle(long now) {
        long t = System.nanoTime();
        if (frame >= 0) {
          gaps[frame] = lastFrame == 0 ? 0 : t - lastFrame;
        }
        frame++;
        if (frame >= FRAMES) {
          stop();
          scene.removePostLayoutPulseListener(layoutDone);
          rows = list.getItems().size();
          then.run();
          return;
        }
        lastFrame = t;
        started = t;
        startedCpu = threads.getCurrentThreadCpuTime();
        Runtime rt = Runtime.getRuntime();
        peakUsed = Math.max(peakUsed, rt.totalMemory() - rt.freeMemory());
        double row = flow.getFixedCellSize() > 0 ? flow.getFixedCellSize() : 40;
        double moved = flow.scrollPixels(direction * ROWS_PER_FRAME * row);
        if (moved == 0) {
          direction = -direction; // an end of the list: back the other way
        }
      }
    }.start();
  }

  /** The report: frames, rows listed at the end, work per frame and gaps. */
  String report() {
    long[] w = java.util.Arrays.copyOfRange(work, 1, FRAMES); // the first frame has no scroll yet
    long[] g = java.util.Arrays.copyOfRange(gaps, 1, FRAMES);
    long[] c = java.util.Arrays.copyOfRange(cpu, 1, FRAMES);
    long over = java.util.Arrays.stream(w).filter(n -> n > 16_000_000).count();
    long cpuOver = java.util.Arrays.stream(c).filter(n -> n > 16_000_000).count();
    return String.format(
        Locale.ROOT,
        "scrolling the browser: %d frames, %d rows per frame, %d rows listed at the end%n"
            + "  FX-thread work per frame (scroll + CSS + layout), wall clock: %s; %d frames over 16"
            + " ms%n"
            + "  the same, CPU time of the FX thread (without waiting for a core): %s; %d frames"
            + " over 16 ms%n"
            + "  time between frames (60 Hz: 16.7 ms; other FX work shows here): %s",
        w.length,
        ROWS_PER_FRAME,
        rows,
        percentiles(w),
        over,
        percentiles(c),
        cpuOver,
        percentiles(g));
  }

  static String percentiles(long[] nanos) {
    long[] s = Latencies.sorted(nanos);
    return String.format(
        Locale.ROOT,
        "p50 %.2f ms, p95 %.2f ms, max %.2f ms",
        Latencies.quantile(s, 0.5) / 1e6,
        Latencies.quantile(s, 0.95) / 1e6,
        Latencies.quantile(s, 1) / 1e6);
  }
}
