package org.derivx.gui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Application;

/** Starts the explorer from a plain main class; with no files it opens the bundled samples. */
public final class GuiLauncher {
  /** Where the bundled samples live, relative to the working directory or the install. */
  static final Path SAMPLES = Path.of("sample-derivations");

  private GuiLauncher() {}

  public static void launch(
      List<Path> files, String snapshot, String id, String variant, Integer step) {
    List<String> args = new ArrayList<>();
    if (snapshot != null) {
      args.add("--snapshot=" + snapshot);
    }
    if (id != null) {
      args.add("--id=" + id);
    }
    if (variant != null) {
      args.add("--variant=" + variant);
    }
    if (step != null) {
      args.add("--step=" + step);
    }
    List<Path> open = files.isEmpty() && Files.isDirectory(SAMPLES) ? List.of(SAMPLES) : files;
    open.forEach(f -> args.add(f.toString()));
    Application.launch(DerivxApp.class, args.toArray(String[]::new));
  }
}
