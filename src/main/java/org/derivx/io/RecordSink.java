package org.derivx.io;

import org.derivx.derivation.DerivationRecord;
import org.derivx.derivation.ReadProblem;
import org.derivx.derivation.Source;

/**
 * Receives records as a reader streams them, in file order and on the thread that called the
 * reader. Every record ends in exactly one of {@link #record} (possibly after warnings), {@link
 * #problem} or {@link #internalError}.
 */
public interface RecordSink {
  void record(DerivationRecord record);

  /** A record that does not follow the format: skipped (bad input). */
  void problem(ReadProblem problem);

  /**
   * Something dropped from a record that is kept (a label for a step that does not exist, a null
   * entry); the record follows.
   */
  void warning(ReadProblem warning);

  /**
   * A bug met while reading the record at {@code source}: not bad input. The record is skipped; by
   * default the error is rethrown, which ends the file.
   */
  default void internalError(Source source, Throwable error) {
    if (error instanceof RuntimeException e) {
      throw e;
    }
    if (error instanceof Error e) {
      throw e;
    }
    throw new IllegalStateException("reading " + source, error);
  }
}
