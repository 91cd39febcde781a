package org.derivx.gui;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Application;
import org.derivx.render.AwtFonts;

/** Starts the explorer from a plain main class; with no files it opens the bundled samples. */
public final class GuiLauncher {
  /** Where the bundled samples live, relative to the working directory or the install. */
  public static final Path SAMPLES = Path.of("sample-derivations");

  private GuiLauncher() {}

  /**
   * What to show first: a snapshot file to write and exit, a record, variant and step to select,
   * the dark theme, the side-by-side comparison. All optional (null or false).
   */
  public record Options(
      String snapshot,
      String id,
      String variant,
      Integer step,
      boolean dark,
      boolean compare,
      boolean bench) {
    public static final Options NONE = new Options(null, null, null, null, false, false, false);
  }

  /**
   * The bundled samples: in the working directory (a source checkout), else beside the app's jar
   * (the installed package) or beside the jar's folder (a source build run from elsewhere); null if
   * none has them.
   */
  public static Path samples() {
    if (Files.isDirectory(SAMPLES)) {
      return SAMPLES;
    }
    try {
      Path jar =
          Path.of(GuiLauncher.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      // beside the jar (installed), or beside its folder (a source build's target/derivx.jar)
      Path dir = jar.getParent();
      for (Path at : new Path[] {dir, dir.getParent()}) {
        if (at != null && Files.isDirectory(at.resolve(SAMPLES))) {
          return at.resolve(SAMPLES);
        }
      }
      return null;
    } catch (URISyntaxException | RuntimeException e) {
      return null;
    }
  }

  public static void launch(List<Path> files, Options o) {
    List<String> args = new ArrayList<>();
    if (o.snapshot() != null) {
      args.add("--snapshot=" + o.snapshot());
    }
    if (o.id() != null) {
      args.add("--id=" + o.id());
    }
    if (o.variant() != null) {
      args.add("--variant=" + o.variant());
    }
    if (o.step() != null) {
      args.add("--step=" + o.step());
    }
    if (o.dark()) {
      args.add("--theme=dark");
    }
    if (o.compare()) {
      args.add("--view=compare");
    }
    if (o.bench()) {
      args.add("--bench=true");
    }
    Path samples = samples();
    List<Path> open = files.isEmpty() && samples != null ? List.of(samples) : files;
    open.forEach(f -> args.add(f.toString()));
    AwtFonts.start(); // before JavaFX starts: the two must not start fontconfig at once
    Application.launch(DerivxApp.class, args.toArray(String[]::new));
  }
}
