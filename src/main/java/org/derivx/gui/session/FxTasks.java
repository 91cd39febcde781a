package org.derivx.gui.session;

import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.application.Platform;

/**
 * {@link Tasks#fx}: one pool of daemon threads for all the window's background work. Every task is
 * wrapped so that what it throws is caught and handed to its failure handler on the FX thread (a
 * scheduled pool would otherwise keep it in a future nobody reads).
 */
final class FxTasks implements Tasks {
  private final ScheduledExecutorService pool;

  FxTasks(int threads) {
    AtomicInteger n = new AtomicInteger();
    pool =
        Executors.newScheduledThreadPool(
            Math.max(2, threads),
            r -> {
              Thread t = new Thread(r, "derivx-background-" + n.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
  }

  @Override
  public <T> Task submit(Callable<T> work, Consumer<? super T> done, Consumer<Throwable> failed) {
    Task t = new Task();
    pool.execute(
        () -> {
          if (t.isCancelled()) {
            return;
          }
          T result;
          try {
            result = work.call();
          } catch (Exception | Error e) {
            ui(
                () -> {
                  if (!t.isCancelled()) {
                    failed.accept(e);
                  }
                });
            return;
          }
          ui(
              () -> {
                if (!t.isCancelled()) {
                  done.accept(result);
                }
              });
        });
    return t;
  }

  @Override
  public void ui(Runnable work) {
    if (Platform.isFxApplicationThread()) {
      work.run();
    } else {
      Platform.runLater(work);
    }
  }

  @Override
  public Task later(long millis, Runnable work) {
    Task t = new Task();
    pool.schedule(
        () ->
            ui(
                () -> {
                  if (!t.isCancelled()) {
                    work.run();
                  }
                }),
        millis,
        TimeUnit.MILLISECONDS);
    return t;
  }

  @Override
  public Lane lane() {
    return new Lane(this);
  }
}
