package org.derivx.io;

/** A file that cannot be read at all (missing, unreadable, not the format it claims). */
public final class DatasetException extends Exception {
  private static final long serialVersionUID = 1L;

  public DatasetException(String message, Throwable cause) {
    super(message, cause);
  }

  public DatasetException(String message) {
    super(message);
  }
}
