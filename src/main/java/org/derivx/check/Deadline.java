package org.derivx.check;

import java.util.concurrent.atomic.AtomicBoolean;

/** A per-step time limit plus the batch's cancellation flag, polled by the search loops. */
final class Deadline {
  /** Thrown out of the search when time is up or the batch was cancelled. */
  static final class Expired extends RuntimeException {
    final boolean cancelled;

    Expired(boolean cancelled) {
      super(cancelled ? "cancelled" : "time limit", null, false, false);
      this.cancelled = cancelled;
    }
  }

  private final long endNanos;
  private final AtomicBoolean cancelled;

  Deadline(long budgetMillis, AtomicBoolean cancelled) {
    this.endNanos = System.nanoTime() + budgetMillis * 1_000_000L;
    this.cancelled = cancelled;
  }

  long remainingMillis() {
    return Math.max(0, (endNanos - System.nanoTime()) / 1_000_000L);
  }

  boolean expired() {
    return System.nanoTime() > endNanos || cancelled.get();
  }

  void check() {
    if (cancelled.get()) {
      throw new Expired(true);
    }
    if (System.nanoTime() > endNanos) {
      throw new Expired(false);
    }
  }
}
