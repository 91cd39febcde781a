package org.derivx.check;

/**
 * Settings of a check run. {@code budget} is each step's deterministic work budget in counted units
 * (see {@link Budget}); a step that spends it is tried once more with {@link #RETRY_FACTOR} times
 * as much before it is UNKNOWN. {@code symbolic} lets Symja re-evaluate counterexamples; with it,
 * {@code confirm} also has Symja confirm each VALID step's winning operation (under its own counted
 * budget). Confirmation never changes a verdict (the numbers already agree at every sample point)
 * and costs time (up to 40% on derivations of VALID steps), so it is asked for: {@code --confirm}
 * in batch, and the window confirms the derivation being looked at. {@code searchDepth} is how many
 * operations the skipped-step search chains (1 turns it off). {@code safetyNetMillis} is a
 * wall-clock limit per step far beyond any budget: it exists so that a bug cannot hang a run, never
 * to decide a verdict.
 */
public record CheckOptions(
    long budget, boolean symbolic, boolean confirm, int searchDepth, long safetyNetMillis) {
  /** Units per step: over 10× what the slowest step of the paper's data needs (see README). */
  public static final long DEFAULT_BUDGET = 8_000_000;

  public static final int RETRY_FACTOR = 10;
  public static final long DEFAULT_SAFETY_NET_MILLIS = 120_000;

  public static CheckOptions defaults() {
    return new CheckOptions(DEFAULT_BUDGET, true, false, 3, DEFAULT_SAFETY_NET_MILLIS);
  }

  public CheckOptions {
    if (budget <= 0) {
      throw new IllegalArgumentException("the work budget must be positive");
    }
    if (safetyNetMillis <= 0) {
      throw new IllegalArgumentException("the safety net must be positive");
    }
    if (searchDepth < 1 || searchDepth > 3) {
      throw new IllegalArgumentException("search depth is 1, 2 or 3");
    }
  }

  public CheckOptions withBudget(long units) {
    return new CheckOptions(units, symbolic, confirm, searchDepth, safetyNetMillis);
  }

  public CheckOptions withSymbolic(boolean on) {
    return new CheckOptions(budget, on, confirm, searchDepth, safetyNetMillis);
  }

  /** Symja confirms each VALID step (only where {@link #symbolic} is on). */
  public CheckOptions withConfirm(boolean on) {
    return new CheckOptions(budget, symbolic, on, searchDepth, safetyNetMillis);
  }

  public CheckOptions withSearchDepth(int depth) {
    return new CheckOptions(budget, symbolic, confirm, depth, safetyNetMillis);
  }

  public CheckOptions withSafetyNet(long millis) {
    return new CheckOptions(budget, symbolic, confirm, searchDepth, millis);
  }
}
