package org.derivx.gui.session;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * The one owner of the window's threads: every piece of background work (loading, checks, batch
 * checks, flagging, annotation store writes, exports) is submitted here, and its result <em>or its
 * failure</em> comes back on the FX thread, so nothing is lost silently. {@link #direct()} runs
 * everything at once on the caller: view-models are tested synchronously with it.
 */
public interface Tasks {
  /**
   * Runs {@code work} in the background, then {@code done} with its result, or {@code failed} with
   * what it threw, on the FX thread; neither runs once the task is cancelled.
   */
  <T> Task submit(Callable<T> work, Consumer<? super T> done, Consumer<Throwable> failed);

  /** Runs {@code work} on the FX thread (at once when already there). */
  void ui(Runnable work);

  /** Runs {@code work} on the FX thread after {@code millis} (debouncing); at once in tests. */
  Task later(long millis, Runnable work);

  /**
   * A queue whose work runs one piece at a time, in submission order, on these threads (a later
   * store write never overtakes an earlier one). Failures go to the {@code failed} of each piece.
   */
  Lane lane();

  /** Runs {@code work} in the background, with nothing to hand back but a possible failure. */
  default Task run(Callable<?> work, Consumer<Throwable> failed) {
    return submit(work, r -> {}, failed);
  }

  /** Synchronous: background work, FX-thread work and delays all run at once on the caller. */
  static Tasks direct() {
    return new DirectTasks();
  }

  /** A worker pool of {@code threads} daemon threads, and {@code Platform.runLater}. */
  static Tasks fx(int threads) {
    return new FxTasks(threads);
  }
}
