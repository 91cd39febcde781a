package org.derivx.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.derivx.testing.Golden;
import org.junit.jupiter.api.Test;

/**
 * Every sample step's verdict and counted work are those of the golden table: work decides where a
 * budget runs out, so a change meant only to save time must not move it by one unit.
 */
class CheckWorkGoldenTest {
  private static final List<String> FILES =
      List.of("hand-written.jsonl", "paper-layout_results.json", "plain.txt", "synthetic.jsonl");

  @Test
  void everySampleStepCountsTheWorkOfTheGoldenTable() throws Exception {
    ObjectMapper json = new ObjectMapper();
    List<String> actual = new ArrayList<>();
    for (String f : FILES) {
      var r =
          InspectCommandTest.run("check", "sample-derivations/" + f, "--jsonl", "--threads", "1");
      assertThat(r.code()).as(f + ": " + r.err()).isIn(0, 1);
      for (String line : r.out().split("\n")) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode x = json.readTree(line);
        if (x.has("step")) {
          actual.add(
              String.join(
                  "\t",
                  f,
                  x.get("derivation").asText(),
                  x.get("variant").asText(),
                  x.get("step").asText(),
                  x.get("verdict").asText(),
                  x.get("work").asText()));
        }
      }
    }
    List<String> golden =
        Golden.table("/golden/sample-work.tsv").stream().map(c -> String.join("\t", c)).toList();
    assertThat(actual).hasSize(189).containsExactlyElementsOf(golden);
  }
}
