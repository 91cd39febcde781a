package org.derivx.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.derivx.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code derivx bench gui} on a file with no derivation ends with a clear error instead of waiting
 * forever for a first view that cannot come (it hung until killed). Run as its own JVM, headless
 * (Monocle), since the bench exits the process.
 */
class BenchGuiEndsTest {
  @TempDir Path dir;

  @Test
  void aFileWithNothingToShowEndsTheBenchWithBadInput() throws Exception {
    Path empty = Files.writeString(dir.resolve("empty.jsonl"), "");
    Process p =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                "-Djava.awt.headless=true",
                "-Dprism.order=sw",
                "-Dglass.platform=Monocle",
                "-Dmonocle.platform=Headless",
                "-Duser.home=" + dir,
                Main.class.getName(),
                "bench",
                "gui",
                empty.toString())
            .redirectOutput(dir.resolve("out.txt").toFile())
            .redirectError(dir.resolve("err.txt").toFile())
            .start();
    boolean ended = p.waitFor(120, TimeUnit.SECONDS);
    if (!ended) {
      // ended before JUnit removes the folder it writes in
      p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }
    assertThat(ended).as("the bench ended").isTrue();
    assertThat(p.exitValue()).isEqualTo(2);
    assertThat(Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8))
        .contains("bench gui: nothing to show: the files opened hold no derivation");
  }
}
