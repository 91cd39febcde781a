package org.derivx.derivation;

/**
 * Something wrong with a record, where, and what: why it could not be read (it is skipped), or what
 * was dropped from it (it is kept). Reported, never silently dropped.
 */
public record ReadProblem(Source source, String message) {
  @Override
  public String toString() {
    return source.describe() + ": " + message;
  }
}
