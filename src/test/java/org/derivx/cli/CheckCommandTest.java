package org.derivx.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {
  @TempDir Path tmp;

  private Path write(String name, String content) throws Exception {
    Path f = tmp.resolve(name);
    Files.writeString(f, content);
    return f;
  }

  private static final String GOOD =
      "{\"id\": \"ok\", \"prompt\": {\"premises\": [\"f{(x)} = x^{2}\"], \"goal\":"
          + " \"\\\\frac{d}{d x} f{(x)} = 2 x\"}, \"steps\": [\"f{(x)} = x^{2}\","
          + " \"\\\\frac{d}{d x} f{(x)} = \\\\frac{d}{d x} x^{2}\","
          + " \"\\\\frac{d}{d x} f{(x)} = 2 x\"]}\n";

  private static final String WRONG =
      "{\"id\": \"bad\", \"prompt\": {\"premises\": [\"f{(x)} = x^{2}\"]}, \"steps\":"
          + " [\"f{(x)} = x^{2}\", \"\\\\frac{d}{d x} f{(x)} = x\"]}\n";

  private static List<JsonNode> lines(String jsonl) throws Exception {
    List<JsonNode> out = new ArrayList<>();
    for (String l : jsonl.split("\n")) {
      if (!l.isBlank()) {
        out.add(new ObjectMapper().readTree(l));
      }
    }
    return out;
  }

  @Test
  void confirmAddsSymjasConfirmationAndChangesNothingElse() throws Exception {
    Path f = write("g.jsonl", GOOD);
    var plain = InspectCommandTest.run("check", "--jsonl", "--threads", "1", f.toString());
    var confirmed =
        InspectCommandTest.run("check", "--jsonl", "--confirm", "--threads", "1", f.toString());
    assertThat(plain.code()).isZero();
    assertThat(confirmed.code()).isZero();
    List<JsonNode> a = lines(plain.out());
    List<JsonNode> b = lines(confirmed.out());
    assertThat(a.get(1).has("confirmed")).isFalse();
    assertThat(b.get(1).get("confirmed").asText()).isEqualTo("symbolic");
    for (int i = 0; i < a.size(); i++) {
      var x = (ObjectNode) a.get(i);
      var y = (ObjectNode) b.get(i);
      x.remove(List.of("ms", "confirmed"));
      y.remove(List.of("ms", "confirmed"));
      assertThat(y).isEqualTo(x);
    }
  }

  @Test
  void jsonlHasOneObjectPerStepThenOnePerDerivation() throws Exception {
    var r =
        InspectCommandTest.run(
            "check", "--jsonl", "--threads", "1", write("g.jsonl", GOOD).toString());
    assertThat(r.code()).isZero();
    List<JsonNode> out = lines(r.out());
    assertThat(out).hasSize(4);
    JsonNode step2 = out.get(1);
    assertThat(step2.get("derivation").asText()).isEqualTo("ok");
    assertThat(step2.get("variant").asText()).isEqualTo("steps");
    assertThat(step2.get("step").asInt()).isEqualTo(2);
    assertThat(step2.get("verdict").asText()).isEqualTo("VALID");
    assertThat(step2.get("rule").asText()).isEqualTo("differentiate");
    assertThat(step2.get("uses").get(0).asInt()).isEqualTo(1);
    assertThat(step2.get("latex").asText()).startsWith("\\frac{d}{d x}");
    assertThat(step2.has("detail")).isTrue();
    assertThat(step2.get("ms").isNumber()).isTrue();
    JsonNode summary = out.get(3);
    assertThat(summary.get("goal").asText()).isEqualTo("REACHED");
    assertThat(summary.get("verdicts").get("VALID").asInt()).isEqualTo(2);
  }

  @Test
  void errorVerdictsExitOneAndTheTableCountsThem() throws Exception {
    var r = InspectCommandTest.run("check", write("b.jsonl", GOOD + WRONG).toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out()).contains("INCORRECT").contains("steps").contains("total");
    assertThat(r.out().lines().filter(l -> l.startsWith("total")).findFirst().orElseThrow())
        .matches("total\\s+5\\s+0\\s+2\\s+1\\s+.*");
  }

  @Test
  void csvToAFileKeepsTheTableOnStdout() throws Exception {
    Path csv = tmp.resolve("out.csv");
    var r =
        InspectCommandTest.run(
            "check", "--csv", "--out", csv.toString(), write("g.jsonl", GOOD).toString());
    assertThat(r.code()).isZero();
    List<String> rows = Files.readAllLines(csv);
    assertThat(rows.get(0)).isEqualTo("derivation,variant,step,verdict,rule,uses,detail,ms,latex");
    assertThat(rows).hasSize(4);
    assertThat(rows.get(3)).startsWith("ok,steps,3,VALID,evaluate_derivatives,2,");
    assertThat(r.out()).contains("total");
  }

  @Test
  void variantGlobSelectsAndAnEmptySelectionIsBadInput() throws Exception {
    Path f = write("g.jsonl", GOOD);
    assertThat(InspectCommandTest.run("check", "--variant", "st*", f.toString()).code()).isZero();
    var none = InspectCommandTest.run("check", "--variant", "nothing", f.toString());
    assertThat(none.code()).isEqualTo(2);
    assertThat(none.err()).contains("nothing to check");
  }

  @Test
  void badInputExitsTwoButChecksWhatItCould() throws Exception {
    Path f = write("mixed.jsonl", GOOD + "{oops\n");
    var r = InspectCommandTest.run("check", "--jsonl", f.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("mixed.jsonl:2");
    assertThat(lines(r.out())).hasSize(4);
    assertThat(InspectCommandTest.run("check", tmp.resolve("none.json").toString()).code())
        .isEqualTo(2);
    assertThat(InspectCommandTest.run("check", "--budget", "0", f.toString()).code()).isEqualTo(2);
  }
}
