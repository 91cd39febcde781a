package org.derivx.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.derivx.gui.GuiLauncher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code derivx gui [FILE…] [--snapshot OUT.png] [--id ID] [--variant V] [--step K] [--dark]
 * [--compare]}.
 */
@Command(
    name = "gui",
    mixinStandardHelpOptions = true,
    description = "Open the explorer window (on sample-derivations/ when no FILE is given).")
final class GuiCommand implements Callable<Integer> {
  @Parameters(paramLabel = "FILE", arity = "0..*", description = "Files or folders to open.")
  List<Path> files = new ArrayList<>();

  @Option(
      names = "--snapshot",
      paramLabel = "OUT.png",
      description =
          "Render the window once checked (over 2,000 derivations: once read and the selected one"
              + " checked), write the PNG and exit (works under Xvfb).")
  String snapshot;

  @Option(names = "--id", description = "Select this record (id, or the part after '#').")
  String id;

  @Option(names = "--variant", description = "Select this variant of the record.")
  String variant;

  @Option(names = "--step", description = "Select this step (1-based) of the derivation.")
  Integer step;

  @Option(names = "--dark", description = "Start with the dark theme.")
  boolean dark;

  @Option(names = "--compare", description = "Start with the reference beside the generation.")
  boolean compare;

  @Override
  public Integer call() {
    GuiLauncher.launch(
        files, new GuiLauncher.Options(snapshot, id, variant, step, dark, compare, false));
    return DerivxCommand.OK;
  }
}
