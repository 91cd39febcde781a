package org.derivx.flagger;

import ai.djl.engine.Engine;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Starts DJL's PyTorch engine offline, from the native libraries in the {@code pytorch-native-cpu}
 * jar on the class path. They are unpacked once into a predictable cache directory: {@code
 * $DJL_CACHE_DIR} if set, else {@code $XDG_CACHE_HOME/derivx/djl}, else {@code
 * ~/.cache/derivx/djl}. Nothing is ever downloaded ({@code ai.djl.offline=true}).
 */
public final class TorchRuntime {
  private static Engine engine;

  private TorchRuntime() {}

  /** Where DJL keeps its unpacked natives. */
  public static Path cacheDir() {
    String set = System.getProperty("DJL_CACHE_DIR", System.getenv("DJL_CACHE_DIR"));
    if (set != null && !set.isBlank()) {
      return Path.of(set);
    }
    String xdg = System.getenv("XDG_CACHE_HOME");
    Path base =
        xdg != null && !xdg.isBlank()
            ? Path.of(xdg)
            : Path.of(System.getProperty("user.home"), ".cache");
    return base.resolve("derivx").resolve("djl");
  }

  /** True once the natives have been unpacked (later starts take well under a second). */
  public static boolean nativesUnpacked() {
    return Files.isDirectory(cacheDir().resolve("pytorch"));
  }

  /**
   * The engine, started on first use. {@code notice} hears about the one-time unpacking before it
   * happens (the CLI prints it, the window shows it in the status bar).
   */
  public static synchronized Engine engine(Consumer<String> notice) throws FlaggerException {
    if (engine != null) {
      return engine;
    }
    Path cache = cacheDir();
    System.setProperty("DJL_CACHE_DIR", cache.toString());
    System.setProperty("ai.djl.offline", "true");
    if (!nativesUnpacked()) {
      notice.accept(
          "Unpacking the PyTorch native libraries into " + cache + " (first start only)\u2026");
    }
    try {
      Files.createDirectories(cache);
      engine = Engine.getEngine("PyTorch");
      return engine;
    } catch (Exception | UnsatisfiedLinkError | ExceptionInInitializerError e) {
      throw new FlaggerException(
          "cannot start the PyTorch engine (natives unpacked into "
              + cache
              + "): "
              + e.getMessage()
              + ". Check that the directory is writable and has about 500 MB free, and that"
              + " pytorch-native-cpu for this platform is on the class path; set DJL_CACHE_DIR"
              + " to use another directory.",
          e);
    }
  }
}
