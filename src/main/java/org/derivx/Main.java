package org.derivx;

import org.derivx.cli.DerivxCommand;

/** Entry point. A plain class (not a JavaFX Application) so the jar starts from the classpath. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(DerivxCommand.run(args));
  }
}
