package org.derivx.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** generate → train → flag → eval, with a tiny model: the commands' output contracts. */
class FlaggerCommandsTest {
  @TempDir static Path dir;
  static Path data;
  static Path model;

  private static String[] run(int expected, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = DerivxCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    assertThat(code).as(err.toString()).isEqualTo(expected);
    return new String[] {out.toString(), err.toString()};
  }

  @BeforeAll
  static void trainATinyModel() {
    data = dir.resolve("synth.jsonl");
    model = dir.resolve("model");
    run(0, "generate", "--count", "4", "--seed", "3", "--out", data.toString());
    String[] r =
        run(
            0,
            "train",
            "--data",
            data.toString(),
            "--out",
            model.toString(),
            "--epochs",
            "1",
            "--dim",
            "16",
            "--layers",
            "1",
            "--held-out",
            data.toString());
    assertThat(r[0]).contains("epoch 1").contains("macro-F1");
  }

  @Test
  void trainWritesWeightsVocabularyConfigAndModelCard() throws Exception {
    assertThat(model.resolve("vocabulary.txt")).exists();
    assertThat(model.resolve("config.properties")).exists();
    assertThat(model.resolve("flagger-0000.params")).exists();
    assertThat(Files.readString(model.resolve("MODEL_CARD.md")))
        .contains("## Data")
        .contains("## Architecture")
        .contains("## Metrics")
        .contains("expected calibration error")
        .contains("Held-out set");
  }

  @Test
  void calibrateRefitsTemperatureAndOffsetsOnACopy() throws Exception {
    Path copy = dir.resolve("calibrated");
    Files.createDirectories(copy);
    for (String f :
        new String[] {
          "vocabulary.txt", "config.properties", "flagger-0000.params", "MODEL_CARD.md"
        }) {
      Files.copy(model.resolve(f), copy.resolve(f));
    }
    Path other = dir.resolve("other.jsonl");
    run(0, "generate", "--count", "2", "--seed", "5", "--out", other.toString());
    String[] r =
        run(
            0,
            "calibrate",
            "--model",
            copy.toString(),
            "--data",
            other.toString(),
            "--held-out",
            data.toString());
    assertThat(r[0])
        .contains("Held-out set, calibrated")
        .contains("earliest-error F1")
        .containsPattern(
            "expected calibration error \\(10 bins\\) 0\\.\\d{4} over \\d+ labelled steps");
    assertThat(r[0]).contains("temperature").contains("macro-F1 of the top category");
    Matcher m = Pattern.compile("category ([0-9.]+) before, ([0-9.]+) after").matcher(r[0]);
    assertThat(m.find()).isTrue();
    // offsets are chosen only if they help; the temperature alone keeps the top category
    assertThat(Double.parseDouble(m.group(2)))
        .isGreaterThanOrEqualTo(Double.parseDouble(m.group(1)));
    assertThat(Files.readString(copy.resolve("config.properties"))).contains("bias=0.000,");
    assertThat(Files.readString(copy.resolve("MODEL_CARD.md"))).contains("## Calibration");
    // only the configuration changes: no second weights file
    try (var files = Files.list(copy)) {
      assertThat(files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".params")))
          .containsExactly("flagger-0000.params");
    }
    // the calibrated model loads and flags
    run(
        0,
        "eval",
        other.toString(),
        "--against",
        "labels",
        "--judge",
        "flagger",
        "--model",
        copy.toString());
  }

  @Test
  void flagPrintsOneObjectPerStepWithAllProbabilities() throws Exception {
    StringWriter out = new StringWriter();
    int code =
        DerivxCommand.run(
            new PrintWriter(out, true),
            new PrintWriter(new StringWriter(), true),
            "flag",
            data.toString(),
            "--model",
            model.toString(),
            "--jsonl");
    assertThat(code).isIn(0, 1);
    List<String> lines = out.toString().lines().toList();
    assertThat(lines).isNotEmpty();
    ObjectMapper m = new ObjectMapper();
    for (String l : lines) {
      JsonNode n = m.readTree(l);
      assertThat(n.get("derivation").asText()).startsWith("synth-3-");
      assertThat(n.get("step").asInt()).isPositive();
      assertThat(n.get("verdict").asText())
          .isIn("VALID", "SKIPPED", "REDUNDANT", "IRRELEVANT", "INCORRECT");
      double sum = 0;
      for (String c : List.of("VALID", "SKIPPED", "REDUNDANT", "IRRELEVANT", "INCORRECT")) {
        sum += n.get("probs").get(c).asDouble();
      }
      assertThat(sum).isBetween(0.99, 1.01);
    }
  }

  @Test
  void flagGivesTheSameNumbersOnOneThreadAsOnAllCores() {
    StringWriter all = new StringWriter();
    StringWriter one = new StringWriter();
    PrintWriter quiet = new PrintWriter(new StringWriter(), true);
    int a =
        DerivxCommand.run(
            new PrintWriter(all, true),
            quiet,
            "flag",
            data.toString(),
            "--model",
            model.toString(),
            "--jsonl");
    int b =
        DerivxCommand.run(
            new PrintWriter(one, true),
            quiet,
            "flag",
            data.toString(),
            "--model",
            model.toString(),
            "--jsonl",
            "--threads",
            "1");
    assertThat(a).isIn(0, 1).isEqualTo(b);
    assertThat(one.toString()).isNotBlank().isEqualTo(all.toString());
    assertThat(run(2, "flag", data.toString(), "--threads", "-1")[1])
        .contains("'-1': must be 0 (all cores) to 32767 threads");
    // more than a ForkJoinPool takes: bad input, not an internal error
    assertThat(run(2, "flag", data.toString(), "--threads", "40000")[1])
        .contains("'40000': must be 0 (all cores) to 32767 threads");
  }

  @Test
  void evalScoresFlaggerAndCheckerAgainstLabels() throws Exception {
    String[] r =
        run(
            0,
            "eval",
            data.toString(),
            "--against",
            "labels",
            "--model",
            model.toString(),
            "--json");
    JsonNode n = new ObjectMapper().readTree(r[0]);
    assertThat(n.has("flagger")).isTrue();
    // the labels were confirmed by the checker when generated: it agrees with all of them
    assertThat(n.get("check").get("macroF1").asDouble()).isEqualTo(1.0);
    assertThat(n.get("check").get("earliestErrorF1").asDouble()).isEqualTo(1.0);
    assertThat(n.get("check").get("falseAlarmRate").asDouble()).isEqualTo(0.0);
    String[] t = run(0, "eval", data.toString(), "--against", "check", "--model", model.toString());
    assertThat(t[0]).contains("flagger against checker").contains("confusion");
  }

  @Test
  void outputThatEndsWithoutANewlineIsFlushed() {
    // eval's table is printed with print(): it was lost when the JVM exited unflushed
    var bytes = new ByteArrayOutputStream();
    int code =
        DerivxCommand.run(
            new PrintWriter(bytes, true),
            new PrintWriter(new StringWriter(), true),
            "eval",
            data.toString(),
            "--against",
            "labels",
            "--judge",
            "check");
    assertThat(code).isZero();
    assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("checker against labels");
  }

  @Test
  void aMissingModelIsBadInput() {
    String[] r = run(2, "flag", data.toString(), "--model", dir.resolve("nope").toString());
    assertThat(r[1]).contains("bad flagger model: " + dir.resolve("nope") + ": no such folder");
  }
}
