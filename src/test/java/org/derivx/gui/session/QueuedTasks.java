package org.derivx.gui.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Background work queued and run by the test, in the order the test chooses (first in first out by
 * default); FX-thread work and delays at once. So a test decides what a worker pool would have run
 * first.
 */
public final class QueuedTasks implements Tasks {
  private final List<Runnable> queue = new ArrayList<>();
  private final Tasks direct = Tasks.direct();

  @Override
  public <T> Task submit(Callable<T> work, Consumer<? super T> done, Consumer<Throwable> failed) {
    Task t = new Task();
    queue.add(
        () -> {
          if (!t.isCancelled()) {
            direct.submit(work, done, failed);
          }
        });
    return t;
  }

  @Override
  public void ui(Runnable work) {
    work.run();
  }

  @Override
  public Task later(long millis, Runnable work) {
    work.run();
    return Task.done();
  }

  @Override
  public Lane lane() {
    return direct.lane();
  }

  /** Pieces of background work waiting. */
  public int pending() {
    return queue.size();
  }

  /** Runs the waiting piece at {@code index} (0: the oldest). */
  public void run(int index) {
    queue.remove(index).run();
  }

  /** Runs the oldest pieces until {@code done} holds, which it must before the queue runs dry. */
  public void drainUntil(BooleanSupplier done) {
    while (!done.getAsBoolean() && !queue.isEmpty()) {
      run(0);
    }
    assertThat(done.getAsBoolean()).as("reached before the queue ran dry").isTrue();
  }
}
