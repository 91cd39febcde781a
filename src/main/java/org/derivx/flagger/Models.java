package org.derivx.flagger;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.function.Consumer;

/**
 * Finds the trained flagger: a directory given by the user, else {@code assets/models/flagger}
 * under the working directory (a source checkout), else the copy inside the jar, unpacked once next
 * to the natives in the cache directory. Nothing is downloaded.
 */
public final class Models {
  /** Where the project keeps its trained model. */
  public static final Path PROJECT_DIR = Path.of("assets", "models", "flagger");

  static final List<String> FILES =
      List.of("flagger-0000.params", "vocabulary.txt", "config.properties");

  private Models() {}

  public static FlaggerModel load(Path dir, Consumer<String> notice) throws FlaggerException {
    return FlaggerModel.load(locate(dir), notice);
  }

  public static Path locate(Path dir) throws FlaggerException {
    if (dir != null) {
      return dir;
    }
    if (Files.isRegularFile(PROJECT_DIR.resolve("config.properties"))) {
      return PROJECT_DIR;
    }
    Path unpacked = TorchRuntime.cacheDir().resolve("model");
    try {
      Files.createDirectories(unpacked);
      for (String f : FILES) {
        try (InputStream in = Models.class.getResourceAsStream("/assets/models/flagger/" + f)) {
          if (in == null) {
            throw new FlaggerException(
                "no trained flagger: not in " + PROJECT_DIR + " nor inside the jar (" + f + ")");
          }
          // whole files only: another process may be loading the model from here right now
          Path part = Files.createTempFile(unpacked, f, ".part");
          Files.copy(in, part, StandardCopyOption.REPLACE_EXISTING);
          Files.move(
              part,
              unpacked.resolve(f),
              StandardCopyOption.REPLACE_EXISTING,
              StandardCopyOption.ATOMIC_MOVE);
        }
      }
    } catch (IOException e) {
      throw new FlaggerException("cannot unpack the flagger model into " + unpacked, e);
    }
    return unpacked;
  }
}
