package org.derivx.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InspectCommandTest {
  @TempDir Path tmp;

  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = DerivxCommand.run(new PrintWriter(out), new PrintWriter(err), args);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void jsonContract() throws Exception {
    Path f = tmp.resolve("d.jsonl");
    Files.writeString(
        f,
        "{\"id\": \"a\", \"steps\": [\"x = 1\", \"x = \\\\frac{1\"], \"reference\": [\"x = 1\"]}\n");
    Run r = run("inspect", "--json", f.toString());
    assertThat(r.code()).isZero();
    JsonNode j = new ObjectMapper().readTree(r.out());
    assertThat(j.get("records").asInt()).isEqualTo(1);
    assertThat(j.get("equations").asInt()).isEqualTo(3);
    assertThat(j.get("parsed").asInt()).isEqualTo(2);
    assertThat(j.get("byVariant").get("steps").get("equations").asInt()).isEqualTo(2);
    assertThat(j.get("byVariant").get("derivation").get("parsed").asInt()).isEqualTo(1);
    JsonNode failure = j.get("failures").get(0);
    assertThat(failure.get("id").asText()).isEqualTo("a");
    assertThat(failure.get("variant").asText()).isEqualTo("steps");
    assertThat(failure.get("step").asInt()).isEqualTo(2);
    assertThat(failure.get("latex").asText()).isEqualTo("x = \\frac{1");
    assertThat(failure.get("error").asText()).contains("expected '}'");
  }

  @Test
  void tableNamesFailures() throws Exception {
    Path f = tmp.resolve("d.txt");
    Files.writeString(f, "x = 1\nx = |y|\n");
    Run r = run("inspect", f.toString());
    assertThat(r.code()).isZero();
    assertThat(r.out())
        .contains("records: 1")
        .contains("d#0  steps  step 2")
        .contains("absolute values");
  }

  @Test
  void unreadableInputExitsTwo() throws Exception {
    Run missing = run("inspect", tmp.resolve("nope.json").toString());
    assertThat(missing.code()).isEqualTo(2);
    assertThat(missing.err()).contains("no such file");
    assertThat(missing.out()).isEmpty(); // no empty table before the error

    Path bad = tmp.resolve("bad.jsonl");
    Files.writeString(bad, "{\"id\": 1, \"steps\": [\"x = 1\"]}\n{oops\n");
    Run partial = run("inspect", "--json", bad.toString());
    assertThat(partial.code()).isEqualTo(2);
    assertThat(partial.err()).contains("bad.jsonl:2").contains("malformed JSON");
    assertThat(new ObjectMapper().readTree(partial.out()).get("records").asInt()).isEqualTo(1);
  }

  @Test
  void formatOverrideAndUsageErrors() throws Exception {
    Path f = tmp.resolve("d.json");
    Files.writeString(f, "{\"id\": 1}\n");
    assertThat(run("inspect", "--format", "text", f.toString()).code()).isZero();
    Run wrong = run("inspect", "--format", "yaml", f.toString());
    assertThat(wrong.code()).isEqualTo(2);
    assertThat(wrong.err()).contains("unknown format 'yaml'");
    assertThat(run("inspect").code()).isEqualTo(2);
  }
}
