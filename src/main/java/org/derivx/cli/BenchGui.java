package org.derivx.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.derivx.gui.GuiLauncher;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code derivx bench gui [FILE…]}: opens the window (on the samples), prints the time to the first
 * frame, then the frame work while ↓ is held through a 50-step derivation, and exits. Needs a
 * display: run under {@code xvfb-run -a} on a headless machine.
 */
@Command(
    name = "gui",
    mixinStandardHelpOptions = true,
    description = "Time the window: first frame, and holding the down key through 50 steps.")
final class BenchGui implements Callable<Integer> {
  @Parameters(paramLabel = "FILE", arity = "0..*", description = "Open these (default: samples).")
  List<Path> files = new ArrayList<>();

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    if (files.isEmpty() && GuiLauncher.samples() == null) {
      // the window would open empty and the first view never come
      spec.commandLine()
          .getErr()
          .println(
              "derivx bench gui: no bundled samples found (looked for "
                  + GuiLauncher.SAMPLES
                  + " in the working directory and beside the jar); name a FILE to open");
      return DerivxCommand.BAD_INPUT;
    }
    GuiLauncher.launch(files, new GuiLauncher.Options(null, null, null, null, false, false, true));
    return DerivxCommand.OK;
  }
}
