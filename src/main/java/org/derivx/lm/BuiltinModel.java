package org.derivx.lm;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The model that ships: {@code assets/models/derivx-lm.gguf} in a source checkout, else the copy in
 * the jar, unpacked once into the cache directory (llama.cpp maps a file, not a stream).
 */
public final class BuiltinModel {
  public static final String FILE = "derivx-lm.gguf";
  public static final Path PROJECT_FILE = Path.of("assets", "models", FILE);

  private BuiltinModel() {}

  /** {@code builtin} names the shipped model; anything else is a path. */
  public static Path resolve(String name) throws ModelException {
    return name.equals("builtin") ? locate() : Path.of(name);
  }

  public static Path locate() throws ModelException {
    if (Files.isRegularFile(PROJECT_FILE)) {
      return PROJECT_FILE;
    }
    try (InputStream in = BuiltinModel.class.getResourceAsStream("/assets/models/" + FILE)) {
      if (in == null) {
        throw new ModelException(
            "the built-in model is not installed (" + PROJECT_FILE + " nor inside the jar)");
      }
      Path dir = cacheDir();
      Files.createDirectories(dir);
      Path target = dir.resolve(FILE);
      Path part = Files.createTempFile(dir, FILE, ".part");
      Files.copy(in, part, StandardCopyOption.REPLACE_EXISTING);
      Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      return target;
    } catch (IOException e) {
      throw new ModelException("cannot unpack the built-in model: " + e.getMessage());
    }
  }

  private static Path cacheDir() {
    String xdg = System.getenv("XDG_CACHE_HOME");
    Path base =
        xdg != null && !xdg.isBlank()
            ? Path.of(xdg)
            : Path.of(System.getProperty("user.home"), ".cache");
    return base.resolve("derivx").resolve("models");
  }
}
