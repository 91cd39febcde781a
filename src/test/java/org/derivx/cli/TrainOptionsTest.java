package org.derivx.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code train --annotations} keeps the model's sizes: a size option is refused, not ignored. */
class TrainOptionsTest {
  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"--dim", "--layers"})
  void aSizeOptionWithAnnotationsIsRefused(String option) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        DerivxCommand.run(
            new PrintWriter(out, true),
            new PrintWriter(err, true),
            "train",
            "--annotations",
            dir.resolve("lab.derivx.db").toString(),
            option,
            "32",
            "--out",
            dir.resolve("tuned").toString());
    assertThat(code).isEqualTo(DerivxCommand.BAD_INPUT);
    assertThat(err.toString())
        .contains(option + " cannot be given with --annotations")
        .contains("keeps the model's sizes");
    assertThat(dir.resolve("tuned")).doesNotExist();
  }
}
