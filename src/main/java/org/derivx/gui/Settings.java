package org.derivx.gui;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * What the window remembers between runs: recent files, theme, window bounds and divider positions,
 * the Generate panel's model. Stored as JSON in {@code $XDG_CONFIG_HOME/derivx/settings.json}
 * (default {@code ~/.config/derivx/}); the system property {@code derivx.settings} points
 * elsewhere. A missing or unreadable file gives defaults: settings are a convenience, never a
 * reason not to start.
 */
public final class Settings {
  /** The stored values; public fields so Jackson reads and writes them as they are. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public static final class Values {
    public List<String> recent = new ArrayList<>();
    public boolean dark;
    public double x = Double.NaN;
    public double y = Double.NaN;
    public double width;
    public double height;
    public boolean maximized;
    public double[] dividers = {0.24, 0.76};
    public double editorDivider = 0.72;
    public String annotator = "";
    public boolean welcomed;
    public String generateModel = "builtin";
  }

  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private final Path file;
  private final Values values;

  private Settings(Path file, Values values) {
    this.file = file;
    this.values = values;
  }

  /** Settings that are never written (tests, snapshots). */
  public static Settings inMemory() {
    return new Settings(null, new Values());
  }

  /** The user's settings file. */
  public static Settings user() {
    String override = System.getProperty("derivx.settings");
    if (override != null) {
      return load(Path.of(override));
    }
    String xdg = System.getenv("XDG_CONFIG_HOME");
    Path dir =
        xdg != null && !xdg.isBlank()
            ? Path.of(xdg)
            : Path.of(System.getProperty("user.home"), ".config");
    return load(dir.resolve("derivx").resolve("settings.json"));
  }

  public static Settings load(Path file) {
    return load(file, System.err::println);
  }

  /** Reads {@code file}; an unreadable one is named to {@code warn} and the defaults are used. */
  public static Settings load(Path file, Consumer<String> warn) {
    Values v = new Values();
    if (Files.isRegularFile(file)) {
      try {
        v = MAPPER.readValue(file.toFile(), Values.class);
      } catch (IOException e) {
        warn.accept("derivx: ignoring unreadable settings " + file + ": " + e.getMessage());
      }
    }
    return new Settings(file, v);
  }

  public Values values() {
    return values;
  }

  /** Writes atomically (a temporary file, then a rename); failures are reported, not thrown. */
  public void save() {
    if (file == null) {
      return;
    }
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
      MAPPER.writeValue(tmp.toFile(), values);
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      System.err.println("derivx: cannot save settings " + file + ": " + e.getMessage());
    }
  }
}
