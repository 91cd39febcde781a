package org.derivx.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.derivx.io.Datasets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateCommandTest {
  @TempDir Path tmp;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return DerivxCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
  }

  @Test
  void writesOurJsonlReproduciblyWhateverTheThreadCount() throws Exception {
    Path a = tmp.resolve("a.jsonl");
    Path b = tmp.resolve("b.jsonl");
    String[] common = {"generate", "--count", "3", "--seed", "9", "--perturb", "EE,SR"};
    assertThat(run(concat(common, "--threads", "1", "--out", a.toString()))).isZero();
    assertThat(run(concat(common, "--threads", "2", "--out", b.toString()))).isZero();
    assertThat(Files.readAllBytes(a)).isEqualTo(Files.readAllBytes(b));
    assertThat(out.toString()).contains("wrote").contains("clean=9");

    List<String> lines = Files.readAllLines(a);
    ObjectMapper m = new ObjectMapper();
    Set<String> ids = new HashSet<>();
    for (String line : lines) {
      JsonNode n = m.readTree(line);
      assertThat(ids.add(n.get("id").asText())).isTrue();
      assertThat(n.get("variant").asText()).isIn("static", "EE", "SR");
      assertThat(n.get("steps").size()).isEqualTo(n.get("operations").size());
      assertThat(n.has("kind") != n.has("labels")).isTrue(); // clean references, or labelled
      assertThat(n.get("prompt").get("premises").size()).isPositive();
    }
    // and our own reader takes it without a problem
    assertThat(Datasets.load(a).problems()).isEmpty();
    assertThat(Datasets.load(a).records()).hasSize(lines.size());
  }

  @Test
  void cleanOnlyAndBadOptions() throws Exception {
    Path f = tmp.resolve("clean.jsonl");
    assertThat(
            run("generate", "--count", "2", "--no-errors", "--noise", "0", "--out", f.toString()))
        .isZero();
    assertThat(Files.readAllLines(f))
        .hasSize(2)
        .allSatisfy(l -> assertThat(l).contains("\"kind\":\"reference\""));
    assertThat(run("generate", "--count", "2", "--perturb", "XX", "--out", f.toString()))
        .isEqualTo(DerivxCommand.BAD_INPUT);
    assertThat(err.toString()).contains("unknown perturbation XX");
    assertThat(run("generate", "--count", "2", "--noise", "1.5", "--out", f.toString()))
        .isEqualTo(DerivxCommand.BAD_INPUT);
    assertThat(err.toString()).contains("noise is a probability");
  }

  private static String[] concat(String[] a, String... b) {
    String[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
