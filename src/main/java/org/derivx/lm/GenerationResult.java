package org.derivx.lm;

/** What a generation wrote, how many tokens, and why it stopped. */
public record GenerationResult(String text, int tokens, Stop stop) {
  public enum Stop {
    /** The model ended its text (end-of-sequence token or a stop string). */
    END,
    /** The token bound was reached. */
    LENGTH,
    /** The caller stopped it. */
    CANCELLED
  }
}
