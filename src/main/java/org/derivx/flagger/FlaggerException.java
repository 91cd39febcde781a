package org.derivx.flagger;

/** The flagger cannot run: its engine, model or input is not usable. The message says why. */
public final class FlaggerException extends Exception {
  public FlaggerException(String message, Throwable cause) {
    super(message, cause);
  }

  public FlaggerException(String message) {
    super(message);
  }
}
