package org.derivx.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code inject} and {@code silver}: labelled JSONL from real records, and clear bad input. */
class InjectSilverCommandsTest {
  private static final String SAMPLE = "sample-derivations/paper-layout_results.json";

  @TempDir Path dir;

  private static String[] run(int expected, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = DerivxCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    assertThat(code).as(err.toString()).isEqualTo(expected);
    return new String[] {out.toString(), err.toString()};
  }

  private static List<JsonNode> lines(Path f) throws Exception {
    ObjectMapper m = new ObjectMapper();
    return Files.readAllLines(f).stream()
        .map(
            l -> {
              try {
                return m.readTree(l);
              } catch (Exception e) {
                throw new AssertionError(l, e);
              }
            })
        .toList();
  }

  @Test
  void injectWritesTheFirstRecordsReferencesWithCheckerLabels() throws Exception {
    Path out = dir.resolve("inj.jsonl");
    String[] r =
        run(
            0,
            "inject",
            SAMPLE,
            "--records",
            "1",
            "--per-reference",
            "2",
            "--threads",
            "1",
            "--out",
            out.toString());
    assertThat(r[0]).contains("from 1 records").contains("kinds");
    List<JsonNode> all = lines(out);
    assertThat(all).isNotEmpty();
    assertThat(all.stream().map(j -> j.at("/meta/record").asText()).distinct()).hasSize(1);
    for (JsonNode j : all) {
      assertThat(j.at("/meta/source").asText()).isEqualTo("injected");
      assertThat(j.get("labels").size()).isPositive();
    }
  }

  @Test
  void silverLabelsGenerationsWithTheCheckersVerdicts() throws Exception {
    Path out = dir.resolve("silver.jsonl");
    run(0, "silver", SAMPLE, "--noise", "0", "--threads", "1", "--out", out.toString());
    List<JsonNode> all = lines(out);
    assertThat(all).isNotEmpty();
    for (JsonNode j : all) {
      assertThat(j.at("/meta/source").asText()).isEqualTo("silver");
    }
  }

  @Test
  void aBadSplitOrCountIsBadInputNamingIt() {
    Path out = dir.resolve("x.jsonl");
    assertThat(run(2, "inject", SAMPLE, "--split", "test", "--out", out.toString())[1])
        .contains("unknown split 'test'");
    assertThat(run(2, "inject", SAMPLE, "--records", "-1", "--out", out.toString())[1])
        .contains("--records");
    assertThat(run(2, "silver", SAMPLE, "--noise", "2", "--out", out.toString())[1])
        .contains("--noise");
  }
}
