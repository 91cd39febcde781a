package org.derivx.latex;

/** The one exception the parser throws: where (offset into the normalised text) and what. */
public final class LatexParseException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final int offset;

  public LatexParseException(int offset, String message) {
    super(message, null, false, false);
    this.offset = offset;
  }

  public int offset() {
    return offset;
  }
}
