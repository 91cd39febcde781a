package org.derivx.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bombs in one file, between good records: a JSON null, towers of powers past the
 * parser's depth, derivatives nested 24 deep, 200 KB of trailing parentheses, 600 KB of "ab ab".
 * `check` writes every good record's verdicts, judges the bombs (unparseable, or within their work
 * budget), and ends; nothing is timed.
 */
class BombFileTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void everyGoodRecordIsWrittenBesideTheBombs(@TempDir Path dir) throws Exception {
    List<String> steps =
        List.of(
            "x = " + "y^".repeat(1500) + "y",
            "x = y" + "^{2}".repeat(1500),
            "y = " + "\\frac{d}{d x} (".repeat(24) + "\\omega" + ")".repeat(24),
            "x = y" + ")".repeat(200_000),
            "x = " + "ab ".repeat(200_000));
    List<String> lines = new ArrayList<>();
    lines.add(good("good-0"));
    int i = 0;
    for (String bomb : steps) {
      ObjectNode o = JSON.createObjectNode();
      o.put("id", "bomb-" + i++);
      o.putObject("prompt").putArray("premises").add("y = x");
      o.putArray("steps").add(bomb).add("y + 1 = x + 1");
      lines.add(JSON.writeValueAsString(o));
      lines.add(good("good-" + i));
    }
    lines.add(
        "{\"id\": \"nulls\", \"steps\": [\"x = 1\"], \"meta\": {\"k\": null}, \"model\": null}");
    Path file = dir.resolve("bombs.jsonl");
    Files.write(file, lines, StandardCharsets.UTF_8);
    Path out = dir.resolve("out.jsonl");

    var r =
        InspectCommandTest.run(
            "check", "--jsonl", "--out", out.toString(), "--budget", "200000", file.toString());

    assertThat(r.code()).isEqualTo(DerivxCommand.FINDINGS);
    Set<String> written = new LinkedHashSet<>();
    for (String line : Files.readAllLines(out, StandardCharsets.UTF_8)) {
      JsonNode o = JSON.readTree(line);
      assertThat(o.has("error")).as(line).isFalse();
      written.add(o.get("derivation").asText());
      if (o.has("step") && o.get("derivation").asText().startsWith("bomb")) {
        long most = 200_000L * 11 + 2;
        assertThat(o.get("work").asLong()).isLessThanOrEqualTo(most);
      }
    }
    for (int k = 0; k <= steps.size(); k++) {
      assertThat(written).contains("good-" + k);
    }
    assertThat(written).contains("nulls");
    for (int k = 0; k < steps.size(); k++) {
      assertThat(written).contains("bomb-" + k);
    }
  }

  private static String good(String id) throws Exception {
    ObjectNode o = JSON.createObjectNode();
    o.put("id", id);
    o.putObject("prompt").putArray("premises").add("f{(x)} = x^{2}");
    o.putArray("steps")
        .add("f{(x)} = x^{2}")
        .add("\\frac{d}{d x} f{(x)} = \\frac{d}{d x} x^{2}")
        .add("\\frac{d}{d x} f{(x)} = 2 x");
    return JSON.writeValueAsString(o);
  }
}
