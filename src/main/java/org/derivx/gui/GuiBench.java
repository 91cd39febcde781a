package org.derivx.gui;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.util.Duration;
import org.derivx.metrics.Latencies;

/**
 * {@code derivx bench gui}: the window's own timings, printed to stdout. Time to first frame: from
 * JVM start to the first laid-out frame that shows a sample derivation. Holding ↓: a 50-step
 * derivation is opened and checked, then ↓ is pressed at key-repeat rate (30 per second); for each
 * frame that handled presses, the FX thread's work (key handlers, CSS and layout), and for each
 * press the latency to its laid-out frame ({@link PressTimings}).
 */
final class GuiBench {
  static final int STEPS = 50;
  static final double REPEAT_MILLIS = 1000.0 / 30;

  private final ExplorerWindow window;
  private final ExplorerViewModel vm;
  private final Scene scene;
  private boolean firstFrameSeen;

  GuiBench(ExplorerWindow window, ExplorerViewModel vm) {
    this.window = window;
    this.vm = vm;
    this.scene = window.scene();
  }

  void start() {
    Runnable[] watcher = new Runnable[1];
    watcher[0] =
        () -> {
          if (!firstFrameSeen && window.derivationView().stepCount() > 0) {
            firstFrameSeen = true;
            long sinceStart =
                System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
            print(
                "first view: %d ms (JVM start to the first derivation laid out; %s)",
                sinceStart, vm.recentFiles().isEmpty() ? "samples" : vm.recentFiles().get(0));
            scene.removePostLayoutPulseListener(watcher[0]);
            Platform.runLater(this::scroll);
          }
        };
    scene.addPostLayoutPulseListener(watcher[0]);
    long openedAt = System.nanoTime();
    vm.loadingProperty()
        .addListener(
            (o, was, now) -> {
              if (was && !now && vm.items().isEmpty() && !firstFrameSeen) {
                // there is nothing to time, and no first view would ever come
                System.err.println(
                    "derivx: bench gui: nothing to show: the files opened hold no derivation");
                vm.problemsProperty().get().forEach(p -> System.err.println("  " + p));
                Platform.exit();
                System.exit(2);
              }
              if (was && !now && !longOpened) {
                Runtime rt = Runtime.getRuntime();
                print(
                    "read %d derivations by %.2f s after the window was shown (reading starts"
                        + " before it is); heap in use %d MB;"
                        + " %d derivations loaded",
                    vm.items().size(),
                    (System.nanoTime() - openedAt) / 1e9,
                    (rt.totalMemory() - rt.freeMemory()) >> 20,
                    vm.session().loadedCount());
              }
            });
  }

  /** Scrolls the browser from the first view on, then times sorting, filtering and a far jump. */
  private void scroll() {
    ScrollBench[] b = new ScrollBench[1];
    b[0] =
        new ScrollBench(
            scene,
            () -> {
              print("%s", b[0].report());
              usable(b[0].peakUsed());
            });
    b[0].start();
  }

  private void usable(long sampledPeak) {
    print(
        "while scrolling: %d derivations listed, %d checked, %d loaded (limit %d)",
        vm.items().size(),
        vm.items().stream().filter(i -> i.isChecked()).count(),
        vm.session().loadedCount(),
        vm.session().loadedLimit());
    print(
        "  FX-thread time of: sort by errors %.1f ms",
        fx(() -> vm.sortByErrorsProperty().set(true)));
    print("  filter by text \"7\" %.1f ms", fx(() -> vm.filterTextProperty().set("7")));
    print(
        "  clear both %.1f ms",
        fx(
            () -> {
              vm.filterTextProperty().set("");
              vm.sortByErrorsProperty().set(false);
            }));
    int far = vm.visible().size() - 1;
    print(
        "  select the last row (read from its offset) %.1f ms",
        fx(() -> vm.selectedProperty().set(vm.visible().get(far))));
    printHeap(sampledPeak);
    if (vm.items().size() > MAX_CHECKED) {
      // checking a large file to the end takes hours: reading, scrolling and memory were the test
      vm.cancel();
      Platform.exit();
      System.exit(0);
    }
    if (vm.checkingProperty().get()) {
      vm.checkingProperty()
          .addListener(
              (o, was, now) -> {
                if (was && !now && !longOpened) {
                  longOpened = true;
                  openLong();
                }
              });
    } else {
      longOpened = true;
      openLong();
    }
  }

  private static double fx(Runnable r) {
    long t = System.nanoTime();
    r.run();
    return (System.nanoTime() - t) / 1e6;
  }

  private static void printHeap(long sampledPeak) {
    long pools = 0;
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP && p.getPeakUsage() != null) {
        pools += p.getPeakUsage().getUsed();
      }
    }
    print(
        "heap peak: %d MB (sum of the heap pools' peaks since JVM start, an upper bound; largest"
            + " sampled per frame while scrolling %d MB; -Xmx %d MB)",
        pools >> 20, sampledPeak >> 20, Runtime.getRuntime().maxMemory() >> 20);
  }

  /** Files with more derivations are only read (not checked to the end, no stepping test). */
  static final int MAX_CHECKED = 2000;

  private boolean longOpened;

  private void openLong() {
    Path file;
    try {
      file = Files.createTempFile("derivx-bench", ".jsonl");
      file.toFile().deleteOnExit();
      Files.writeString(file, longDerivation());
    } catch (IOException e) {
      fail(e);
      return;
    }
    vm.checkingProperty()
        .addListener(
            (o, was, now) -> {
              if (was && !now) {
                Platform.runLater(() -> holdDown(WARM_UP_PASSES));
              }
            });
    vm.open(List.of(file));
  }

  /** One JSON line: a premise and 49 steps alternating sums and quotients. */
  static String longDerivation() {
    List<String> steps = new ArrayList<>();
    steps.add("\"f = x^{2} + \\\\sin{(x)}\"");
    for (int k = 1; k < STEPS; k++) {
      steps.add(
          k % 2 == 0
              ? "\"f + " + k + " = x^{2} + \\\\sin{(x)} + " + k + "\""
              : "\"\\\\frac{f + " + k + "}{x} = \\\\frac{x^{2} + \\\\sin{(x)} + " + k + "}{x}\"");
    }
    return "{\"id\": \"bench-50\", \"prompt\": {\"premises\": [\"f = x^{2} + \\\\sin{(x)}\"]},"
        + " \"steps\": ["
        + String.join(", ", steps)
        + "]}\n";
  }

  /** Untimed passes first: the JIT compiles the stepping code on the same two cores. */
  static final int WARM_UP_PASSES = 2;

  private boolean listening;

  private PressTimings timings = new PressTimings();
  private final int[] pressed = {0};
  private final long[] layoutStart = {0};
  private Runnable afterLastFrame;

  private void holdDown(int warmUps) {
    window.derivationView().requestFocus();
    vm.selectedStepProperty().set(1);
    pressed[0] = 0;
    timings = new PressTimings();
    afterLastFrame = null;
    if (!listening) {
      listening = true;
      scene.addPreLayoutPulseListener(() -> layoutStart[0] = System.nanoTime());
      scene.addPostLayoutPulseListener(
          () -> {
            timings.frame(layoutStart[0], System.nanoTime());
            if (afterLastFrame != null && timings.settled()) {
              Runnable r = afterLastFrame;
              afterLastFrame = null;
              Platform.runLater(r);
            }
          });
    }
    Timeline repeat =
        new Timeline(
            new KeyFrame(
                Duration.millis(REPEAT_MILLIS),
                e -> {
                  if (pressed[0] < STEPS - 1) {
                    long firedAt = System.nanoTime();
                    pressed[0]++;
                    Event.fireEvent(
                        scene.getRoot(),
                        new KeyEvent(
                            KeyEvent.KEY_PRESSED,
                            "",
                            "",
                            KeyCode.DOWN,
                            false,
                            false,
                            false,
                            false));
                    timings.press(firedAt, System.nanoTime() - firedAt);
                  }
                }));
    repeat.setCycleCount(STEPS - 1);
    // once the last press is laid out (it may share a frame with earlier ones on a busy machine)
    repeat.setOnFinished(
        e ->
            afterLastFrame =
                () -> {
                  if (warmUps > 0) {
                    holdDown(warmUps - 1);
                  } else {
                    report(timings);
                  }
                });
    repeat.play();
  }

  private void report(PressTimings t) {
    print(
        "holding down through a %d-step derivation: %d presses at 30/s after %d untimed passes,"
            + " ended on step %d",
        STEPS, t.latencies().length, WARM_UP_PASSES, vm.selectedStepProperty().get());
    print(
        "  FX-thread work per frame with a press (key handlers + CSS + layout; %d frames, %d"
            + " presses shared a late frame): %s (60 Hz budget: 16.7 ms)",
        t.frameWork().length, t.shared(), percentiles(t.frameWork()));
    print(
        "  press to laid-out frame (includes waiting for the pulse): %s",
        percentiles(t.latencies()));
    print("on %s, prism %s", Latencies.machine(), System.getProperty("prism.order", "default"));
    Platform.exit();
    System.exit(0);
  }

  private static String percentiles(long[] nanos) {
    long[] s = Latencies.sorted(nanos);
    return String.format(
        Locale.ROOT,
        "p50 %.2f ms, p95 %.2f ms, max %.2f ms",
        Latencies.quantile(s, 0.5) / 1e6,
        Latencies.quantile(s, 0.95) / 1e6,
        Latencies.quantile(s, 1) / 1e6);
  }

  private static void print(String format, Object... args) {
    System.out.println(String.format(Locale.ROOT, format, args));
    System.out.flush();
  }

  private static void fail(Exception e) {
    System.err.println("derivx: bench failed: " + e.getMessage());
    Platform.exit();
    System.exit(2);
  }
}
