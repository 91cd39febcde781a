package org.derivx.lm;

/**
 * A model that cannot be used, or a model process that failed: the message is one sentence a user
 * can act on, naming the file. {@link #crashed} tells a process that died (it is restarted on the
 * next request) from a model that was refused.
 */
public final class ModelException extends Exception {
  private static final long serialVersionUID = 1L;

  private final boolean crashed;

  public ModelException(String message, boolean crashed) {
    super(message);
    this.crashed = crashed;
  }

  public ModelException(String message) {
    this(message, false);
  }

  public boolean crashed() {
    return crashed;
  }
}
