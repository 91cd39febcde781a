package org.derivx.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every command that reads a model folder reports a broken one as bad input: exit 2 and one line
 * naming the file and what is wrong (issue 17, item 8), never "null" or an engine's message.
 */
class BrokenModelTest {
  @TempDir static Path tmp;
  static Path truncated;
  static Path huge;
  static final Path SAMPLE = Path.of("sample-derivations", "synthetic.jsonl");

  @BeforeAll
  static void breakTwoCopies() throws Exception {
    truncated = copy("truncated");
    Path w = truncated.resolve("flagger-0000.params");
    byte[] all = Files.readAllBytes(w);
    Files.write(w, Arrays.copyOf(all, all.length / 3));
    huge = copy("huge");
    Path c = huge.resolve("config.properties");
    Files.writeString(c, Files.readString(c).replace("dim=32", "dim=16384"));
  }

  private static Path copy(String name) throws Exception {
    Path dir = tmp.resolve(name);
    Files.createDirectories(dir);
    for (String f : new String[] {"flagger-0000.params", "vocabulary.txt", "config.properties"}) {
      Files.copy(Path.of("assets", "models", "flagger", f), dir.resolve(f));
    }
    return dir;
  }

  private static void refused(String command, String expected, String... args) {
    InspectCommandTest.Run run = InspectCommandTest.run(args);
    assertThat(run.code()).as(run.err()).isEqualTo(DerivxCommand.BAD_INPUT);
    assertThat(run.err().lines().toList())
        .as(run.err())
        .containsExactly("derivx " + command + ": bad flagger model: " + expected);
  }

  private static String truncatedWeights() {
    return truncated.resolve("flagger-0000.params")
        + ": truncated, or made for a smaller model: 44,958 bytes, but 64 tokens with dim=32,"
        + " heads=4, layers=2, hidden=64 need 31,789 weights (127,156 bytes)";
  }

  private static String hugeConfig() {
    return huge.resolve("config.properties") + ": dim=16384 is out of range (4 to 1024)";
  }

  @Test
  void flag() {
    refused("flag", truncatedWeights(), "flag", SAMPLE.toString(), "--model", truncated.toString());
    refused("flag", hugeConfig(), "flag", SAMPLE.toString(), "--model", huge.toString());
  }

  @Test
  void eval() {
    refused(
        "eval",
        truncatedWeights(),
        "eval",
        SAMPLE.toString(),
        "--against",
        "labels",
        "--judge",
        "flagger",
        "--model",
        truncated.toString());
  }

  @Test
  void calibrate() throws Exception {
    refused(
        "calibrate",
        hugeConfig(),
        "calibrate",
        "--model",
        huge.toString(),
        "--data",
        SAMPLE.toString());
    // nothing was rewritten
    assertThat(Files.readString(huge.resolve("config.properties"))).contains("dim=16384");
  }

  @Test
  void reportWithAModelAskedForByName() {
    refused(
        "report",
        truncatedWeights(),
        "report",
        SAMPLE.toString(),
        "--model",
        truncated.toString(),
        "--out",
        tmp.resolve("report").toString());
    assertThat(tmp.resolve("report")).doesNotExist();
  }

  @Test
  void trainWithSizesOutOfRange() {
    InspectCommandTest.Run run =
        InspectCommandTest.run(
            "train",
            "--data",
            SAMPLE.toString(),
            "--out",
            tmp.resolve("trained").toString(),
            "--dim",
            "16384");
    assertThat(run.code()).as(run.err()).isEqualTo(DerivxCommand.BAD_INPUT);
    assertThat(run.err().lines().toList())
        .containsExactly(
            "derivx train: cannot build this flagger: dim=16384 is out of range (4 to 1024)");
    assertThat(tmp.resolve("trained")).doesNotExist();
  }
}
