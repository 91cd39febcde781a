package org.derivx.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.derivx.derivation.Dataset;
import org.derivx.derivation.DerivationRecord;
import org.derivx.io.Datasets;
import org.derivx.lm.TinyLlama;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateWithCommandTest {
  @TempDir static Path tmp;
  static Path tiny;
  static Path prompts;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @BeforeAll
  static void fixtures() throws Exception {
    tiny = tmp.resolve("tiny.gguf");
    TinyLlama.write(tiny, true);
    prompts =
        Files.write(
            tmp.resolve("prompts.jsonl"),
            List.of(
                "{\"id\":\"a\",\"kind\":\"reference\",\"prompt\":{\"premises\":[\"f{(x)} = x^{2}\"],"
                    + "\"goal\":\"g = 2 x\"},\"steps\":[\"f{(x)} = x^{2}\",\"g = 2 x\"]}",
                "{\"id\":\"b\",\"kind\":\"reference\",\"prompt\":{\"premises\":[\"y = \\\\sin{(x)}\"],"
                    + "\"goal\":\"z = \\\\cos{(x)}\"},\"steps\":[\"y = \\\\sin{(x)}\",\"z = \\\\cos{(x)}\"]}"));
  }

  private int run(String... args) {
    return DerivxCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
  }

  @Test
  void streamsCheckedEquationsAndWritesJsonlThatTheOtherCommandsRead() throws Exception {
    Path o = tmp.resolve("gen.jsonl");
    int code =
        run(
            "generate-with",
            "--model",
            tiny.toString(),
            "--grammar",
            "--max-tokens",
            "30",
            "--threads",
            "1",
            prompts.toString(),
            "--out",
            o.toString());
    assertThat(code).as(err.toString()).isZero();
    String text = out.toString();
    // random weights write no equations, but every step is printed with its verdict as it completes
    assertThat(text).containsPattern("a static step 1: .+  \\[[A-Z]+\\]");
    assertThat(text).contains("b static: ").contains("wrote 2 derivations");
    // llama.cpp's own output stays in the model process's log
    assertThat(text + err).doesNotContain("llama").doesNotContain("Extracted");

    Dataset d = Datasets.load(o);
    assertThat(d.problems()).isEmpty();
    assertThat(d.records()).extracting(DerivationRecord::id).containsExactly("a", "b");
    DerivationRecord a = d.records().get(0);
    assertThat(a.variant("static_tiny")).isPresent();
    assertThat(a.variants()).anyMatch(v -> v.isReference());
    assertThat(Files.readString(o)).contains("\"seed\":1").contains("\"grammar\":true");

    // the same settings write the same file
    Path again = tmp.resolve("again.jsonl");
    run(
        "generate-with",
        "--model",
        tiny.toString(),
        "--grammar",
        "--max-tokens",
        "30",
        prompts.toString(),
        "--out",
        again.toString());
    assertThat(Files.readString(again)).isEqualTo(Files.readString(o));

    assertThat(run("check", o.toString())).isIn(0, 1);
  }

  @Test
  void aBadModelFileIsOneSentenceAndExitTwo() throws Exception {
    Path bad = Files.writeString(tmp.resolve("weights.gguf"), "not a model");
    int code =
        run(
            "generate-with",
            "--model",
            bad.toString(),
            prompts.toString(),
            "--out",
            tmp.resolve("x.jsonl").toString());
    assertThat(code).isEqualTo(2);
    assertThat(err.toString().strip())
        .startsWith("derivx generate-with: weights.gguf: it is not a GGUF model file")
        .doesNotContain("\n");
  }

  @Test
  void benchGenerateReportsItsFigures() {
    int code =
        run(
            "bench",
            "generate",
            "--model",
            tiny.toString(),
            "--prompts",
            "2",
            "--max-tokens",
            "8",
            "--threads",
            "1",
            prompts.toString());
    assertThat(code).as(err.toString()).isZero();
    assertThat(out.toString())
        .contains("model tiny-random (llama, ")
        .contains("process start and load")
        .containsPattern("2 prompts, \\d+ tokens: \\d+ tokens/s on 1 threads")
        .contains("time to first equation: p50");
  }
}
