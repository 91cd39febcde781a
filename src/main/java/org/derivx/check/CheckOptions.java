package org.derivx.check;

/**
 * Settings of a check run. {@code timeoutMillis} bounds each step (search plus Symja); {@code
 * symbolic} confirms the winning operation with Symja; {@code searchDepth} is how many operations
 * the skipped-step search tries (1 turns it off).
 */
public record CheckOptions(long timeoutMillis, boolean symbolic, int searchDepth) {
  public static final long DEFAULT_TIMEOUT_MILLIS = 2000;

  public static CheckOptions defaults() {
    return new CheckOptions(DEFAULT_TIMEOUT_MILLIS, true, 3);
  }

  public CheckOptions {
    if (timeoutMillis <= 0) {
      throw new IllegalArgumentException("timeout must be positive");
    }
    if (searchDepth < 1 || searchDepth > 3) {
      throw new IllegalArgumentException("search depth is 1, 2 or 3");
    }
  }

  public CheckOptions withTimeout(long millis) {
    return new CheckOptions(millis, symbolic, searchDepth);
  }

  public CheckOptions withSymbolic(boolean on) {
    return new CheckOptions(timeoutMillis, on, searchDepth);
  }
}
