package org.derivx.derivation;

/** Why an equation did not parse: {@code offset} is a character index into the normalised LaTeX. */
public record ParseError(int offset, String message) {
  @Override
  public String toString() {
    return "at " + offset + ": " + message;
  }
}
