package org.derivx.check;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A step's work budget. Work is counted, not timed: one unit per node the numeric evaluator visits
 * and per derivative rule the symbolic differentiator applies, so a verdict depends only on the
 * step and never on the machine's speed, its load or the number of threads. Besides the count it
 * carries the batch's cancellation flag and a far-away wall-clock safety net, which exists only so
 * that a bug cannot hang a run; a step stopped by it says so.
 */
public final class Budget {
  /** Thrown out of the work when the budget is spent, the batch is cancelled or the net fires. */
  public static final class Exhausted extends RuntimeException {
    public enum Why {
      BUDGET,
      CANCELLED,
      SAFETY_NET
    }

    public final Why why;

    Exhausted(Why why) {
      super(why.name(), null, false, false);
      this.why = why;
    }

    /** The UNKNOWN detail: the budget spent (first try and retry), never a time unless the net. */
    public String describe(long budget, long retry, long safetyNetMillis) {
      return switch (why) {
        case CANCELLED -> "cancelled";
        case BUDGET ->
            String.format(
                Locale.ROOT, "work budget spent: %,d units, then %,d on the retry", budget, retry);
        case SAFETY_NET ->
            "stopped by the wall-clock safety net after "
                + safetyNetMillis
                + " ms (not a verdict; the work budget should have ended it first)";
      };
    }
  }

  /** How often (in units) the clock and the cancellation flag are looked at. */
  private static final long POLL = 1 << 12;

  private final long limit;
  private final AtomicBoolean cancelled;
  private final long safetyEndNanos;
  private long used;
  private long nextPoll = POLL;

  public Budget(long limit, AtomicBoolean cancelled, long safetyNetMillis) {
    this.limit = limit;
    this.cancelled = cancelled;
    this.safetyEndNanos = System.nanoTime() + safetyNetMillis * 1_000_000L;
  }

  /** A budget for work outside a check run (alignment, tests): large, never cancelled. */
  public static Budget generous() {
    return new Budget(CheckOptions.DEFAULT_BUDGET * 10, new AtomicBoolean(), 600_000);
  }

  long limit() {
    return limit;
  }

  public long used() {
    return used;
  }

  /**
   * Counts {@code units} of work, charged before the work is done; throws once the budget is spent.
   * A charge that does not fit is refused and its work is never done, so a spent budget has used
   * exactly {@code limit + 1} units, whatever the size of the last charge (a step's work is at most
   * its two attempts' limits plus 2).
   */
  public void spend(long units) {
    if (units > limit - used) {
      used = limit + 1;
      throw new Exhausted(Exhausted.Why.BUDGET);
    }
    used += units;
    if (used >= nextPoll) {
      nextPoll = used + POLL;
      poll();
    }
  }

  /** Looks at the cancellation flag and the safety net without spending anything. */
  public void poll() {
    if (cancelled.get()) {
      throw new Exhausted(Exhausted.Why.CANCELLED);
    }
    if (System.nanoTime() - safetyEndNanos > 0) {
      throw new Exhausted(Exhausted.Why.SAFETY_NET);
    }
  }
}
