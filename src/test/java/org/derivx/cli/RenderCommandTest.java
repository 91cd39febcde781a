package org.derivx.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RenderCommandTest {
  static final String SAMPLE = "sample-derivations/hand-written.jsonl";
  @TempDir Path tmp;
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return DerivxCommand.run(new PrintWriter(new StringWriter()), new PrintWriter(err, true), args);
  }

  @Test
  void writesPngAndSvgFigures() throws Exception {
    Path png = tmp.resolve("fig.png");
    Path svg = tmp.resolve("fig.svg");
    assertThat(run("render", SAMPLE, "--id", "incorrect-step", "--out", png.toString())).isZero();
    assertThat(run("render", SAMPLE, "--id", "2", "--out", svg.toString())).isZero();
    assertThat(Files.readAllBytes(png)).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
    // text is drawn as outlines, so the figure needs no fonts to display
    assertThat(Files.readString(svg)).contains("<svg").contains("<path").doesNotContain("<text");
  }

  @Test
  void unknownRecordOrVariantOrExtensionIsBadInput() {
    assertThat(run("render", SAMPLE, "--id", "nope", "--out", tmp.resolve("a.png").toString()))
        .isEqualTo(DerivxCommand.BAD_INPUT);
    assertThat(err.toString()).contains("no record with id nope");
    assertThat(
            run(
                "render",
                SAMPLE,
                "--id",
                "incorrect-step",
                "--variant",
                "x",
                "--out",
                tmp.resolve("b.png").toString()))
        .isEqualTo(DerivxCommand.BAD_INPUT);
    assertThat(err.toString()).contains("has no variant 'x'");
    assertThat(
            run(
                "render",
                SAMPLE,
                "--id",
                "incorrect-step",
                "--out",
                tmp.resolve("c.pdf").toString()))
        .isEqualTo(DerivxCommand.BAD_INPUT);
    assertThat(err.toString()).contains(".png or .svg");
  }
}
