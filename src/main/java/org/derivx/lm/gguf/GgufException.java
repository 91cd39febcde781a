package org.derivx.lm.gguf;

/** A file that is not a readable GGUF file; the message is one sentence without the file name. */
public final class GgufException extends Exception {
  private static final long serialVersionUID = 1L;

  public GgufException(String message) {
    super(message);
  }
}
