package org.derivx.gui.session;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One piece of background work handed to {@link Tasks}: cancelling it stops it before it starts,
 * and drops its result (and its failure) if it already ran; work that polls {@link #isCancelled}
 * stops early.
 */
public final class Task {
  private final AtomicBoolean cancelled = new AtomicBoolean();

  /** A task that is already over (nothing to cancel). */
  public static Task done() {
    return new Task();
  }

  public void cancel() {
    cancelled.set(true);
  }

  public boolean isCancelled() {
    return cancelled.get();
  }

  /** The flag the work may poll (e.g. the checker's cancel flag). */
  public AtomicBoolean flag() {
    return cancelled;
  }
}
