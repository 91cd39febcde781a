package org.derivx;

import java.util.List;
import org.derivx.cli.DerivxCommand;
import org.derivx.gui.GuiLauncher;

/** Entry point. A plain class (not a JavaFX Application) so the jar starts from the classpath. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    if (args.length == 0) {
      // no arguments: the explorer window, on the bundled samples
      GuiLauncher.launch(List.of(), GuiLauncher.Options.NONE);
      return;
    }
    System.exit(DerivxCommand.run(args));
  }
}
