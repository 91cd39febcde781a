package org.derivx.derivation;

/** A record that could not be read, where, and why. Reported, never silently dropped. */
public record ReadProblem(Source source, String message) {
  @Override
  public String toString() {
    return source.describe() + ": " + message;
  }
}
