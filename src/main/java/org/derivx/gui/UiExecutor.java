package org.derivx.gui;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Platform;

/**
 * Where view-model work runs: {@link #background} off the FX thread (parsing, checking, file I/O),
 * {@link #ui} back on it. Tests use {@link #direct()}, which runs both at once on the caller.
 */
public interface UiExecutor {
  void background(Runnable task);

  void ui(Runnable task);

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
    };
  }

  /** A daemon worker pool and {@link Platform#runLater}. */
  static UiExecutor fx() {
    ExecutorService pool =
        Executors.newFixedThreadPool(
            2,
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
