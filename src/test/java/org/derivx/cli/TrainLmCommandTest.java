package org.derivx.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.derivx.lm.GenerationRequest;
import org.derivx.lm.ModelFile;
import org.derivx.lm.ModelProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainLmCommandTest {
  @TempDir Path tmp;

  @Test
  void trainsAndWritesAModelTheModelProcessRuns() throws Exception {
    Path data =
        Files.write(
            tmp.resolve("d.jsonl"),
            List.of(
                "{\"id\":\"a\",\"kind\":\"reference\",\"prompt\":{\"premises\":[\"f{(x)} = x^{2}\"],"
                    + "\"goal\":\"g = 2 x\"},\"steps\":[\"f{(x)} = x^{2}\",\"g = 2 x\"]}"));
    Path model = tmp.resolve("m.gguf");
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        DerivxCommand.run(
            new PrintWriter(out, true),
            new PrintWriter(err, true),
            "train-lm",
            data.toString(),
            "--out",
            model.toString(),
            "--vocab",
            "300",
            "--dim",
            "16",
            "--layers",
            "1",
            "--heads",
            "2",
            "--steps",
            "10",
            "--batch",
            "2");
    assertThat(code).as(err.toString()).isZero();
    assertThat(out.toString())
        .contains("1 derivations, vocabulary")
        .contains("step 10/10 loss")
        .contains("wrote");
    ModelFile f = ModelFile.open(model);
    assertThat(f.architecture()).isEqualTo("llama");
    try (ModelProcess p = ModelProcess.start(model, 1)) {
      assertThat(p.generate(GenerationRequest.greedy("Given x = 1\n", 4), t -> {}).tokens())
          .isPositive();
    }
  }

  @Test
  void saveEveryLeavesAModelBehindAtEachCheckpoint() throws Exception {
    Path data =
        Files.write(
            tmp.resolve("d.jsonl"),
            List.of(
                "{\"id\":\"a\",\"kind\":\"reference\",\"prompt\":{\"premises\":[\"y = x\"],"
                    + "\"goal\":\"y + 1 = x + 1\"},\"steps\":[\"y = x\",\"y + 1 = x + 1\"]}"));
    Path model = tmp.resolve("c.gguf");
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        DerivxCommand.run(
            new PrintWriter(out, true),
            new PrintWriter(err, true),
            "train-lm",
            data.toString(),
            "--out",
            model.toString(),
            "--vocab",
            "280",
            "--dim",
            "16",
            "--layers",
            "1",
            "--heads",
            "2",
            "--steps",
            "6",
            "--batch",
            "2",
            "--save-every",
            "2");
    assertThat(code).as(err.toString()).isZero();
    // steps 2 and 4 are checkpoints; step 6 is the model itself
    assertThat(tmp.resolve("c.step2.gguf")).isRegularFile();
    assertThat(tmp.resolve("c.step4.gguf")).isRegularFile();
    assertThat(tmp.resolve("c.step6.gguf")).doesNotExist();
    assertThat(ModelFile.open(tmp.resolve("c.step4.gguf")).architecture()).isEqualTo("llama");
    assertThat(model).isRegularFile();
  }
}
