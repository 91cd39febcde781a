package org.derivx.annotate;

/** The annotation store cannot be opened, read or written. The message says which file and why. */
public final class AnnotationException extends Exception {
  public AnnotationException(String message) {
    super(message);
  }

  public AnnotationException(String message, Throwable cause) {
    super(message, cause);
  }
}
