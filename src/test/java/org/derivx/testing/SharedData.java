package org.derivx.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The published research data in {@code ../shared/data}. Never copied into the project; tests that
 * use it are skipped when it is absent (a fresh clone elsewhere).
 */
public final class SharedData {
  private SharedData() {}

  public static Path dir() {
    String configured = System.getProperty("derivx.shared.data");
    return configured != null ? Path.of(configured) : Path.of("..", "shared", "data");
  }

  /** The file, or the test is skipped. */
  public static Path require(String name) {
    Path p = dir().resolve(name);
    assumeTrue(Files.isRegularFile(p), "shared data " + p + " not present: skipped");
    return p;
  }
}
