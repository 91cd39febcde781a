package org.derivx.gui;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;

/**
 * Where view-model work runs: {@link #background} off the FX thread (parsing, checking, file I/O),
 * {@link #ui} back on it. Tests use {@link #direct()}, which runs both at once on the caller.
 */
public interface UiExecutor {
  void background(Runnable task);

  void ui(Runnable task);

  /** Runs {@code task} in the background after {@code millis} (debouncing); at once in tests. */
  void later(long millis, Runnable task);

  /** Synchronous: for view-model tests without a window. */
  static UiExecutor direct() {
    return new UiExecutor() {
      @Override
      public void background(Runnable task) {
        task.run();
      }

      @Override
      public void ui(Runnable task) {
        task.run();
      }

      @Override
      public void later(long millis, Runnable task) {
        task.run();
      }
    };
  }

  /** A daemon worker pool and {@link Platform#runLater}. */
  static UiExecutor fx() {
    // a long batch check occupies one thread; loading, edits, exports and the selected item's
    // priority check must not queue behind it
    ScheduledExecutorService pool =
        Executors.newScheduledThreadPool(
            4,
            r -> {
              Thread t = new Thread(r, "derivx-background");
              t.setDaemon(true);
              return t;
            });
    return new UiExecutor() {
      @Override
      public void background(Runnable task) {
        pool.execute(task);
      }

      @Override
      public void later(long millis, Runnable task) {
        pool.schedule(task, millis, TimeUnit.MILLISECONDS);
      }

      @Override
      public void ui(Runnable task) {
        if (Platform.isFxApplicationThread()) {
          task.run();
        } else {
          Platform.runLater(task);
        }
      }
    };
  }
}
