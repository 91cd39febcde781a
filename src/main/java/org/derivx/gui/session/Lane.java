package org.derivx.gui.session;

import java.util.ArrayDeque;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Work that must run one piece at a time and in order (writes to one SQLite store), on the shared
 * threads of {@link Tasks}: one piece is in flight, the next is submitted when it is over. Each
 * piece's failure goes to its own handler on the FX thread; the pieces after it still run.
 */
public final class Lane {
  private record Piece(Callable<?> work, Consumer<Throwable> failed) {}

  private final Tasks tasks;
  private final ArrayDeque<Piece> queue = new ArrayDeque<>();
  private boolean running;
  private boolean pumping;
  private Runnable whenIdle;

  Lane(Tasks tasks) {
    this.tasks = tasks;
  }

  /** Queues {@code work} behind everything queued before (call on the FX thread). */
  public void add(Callable<?> work, Consumer<Throwable> failed) {
    queue.add(new Piece(work, failed));
    pump();
  }

  /** True while something is queued or running. */
  public boolean busy() {
    return running || !queue.isEmpty();
  }

  /** Runs {@code r} on the FX thread once nothing is queued or running (at once if idle). */
  public void whenIdle(Runnable r) {
    if (!busy()) {
      r.run();
    } else {
      Runnable before = whenIdle;
      whenIdle =
          before == null
              ? r
              : () -> {
                before.run();
                r.run();
              };
    }
  }

  private void pump() {
    if (pumping) {
      return; // a piece finished inside submit (direct executor): the loop below goes on
    }
    pumping = true;
    while (!running && !queue.isEmpty()) {
      Piece p = queue.poll();
      running = true;
      // under the direct executor this runs (and finishes) inside submit: the loop goes on
      tasks.submit(
          p.work(),
          r -> next(),
          e -> {
            next();
            p.failed().accept(e);
          });
    }
    pumping = false;
    if (!running && queue.isEmpty() && whenIdle != null) {
      Runnable r = whenIdle;
      whenIdle = null;
      r.run();
    }
  }

  private void next() {
    running = false;
    pump();
  }
}
