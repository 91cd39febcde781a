package org.derivx.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job's options do what the CLI's do (budget, variant), its partitioning does not change what
 * it writes, bad input is named by file and line while the rest is checked, and Parquet holds the
 * same steps as the JSON lines.
 */
@ExtendWith(LocalSpark.class)
class CheckJobOptionsTest {
  private static final String HAND = "sample-derivations/hand-written.jsonl";
  private static final String PAPER = "sample-derivations/paper-layout_results.json";
  private static final String SYNTHETIC = "sample-derivations/synthetic.jsonl";

  @TempDir Path tmp;

  private final CheckJobTest runner = new CheckJobTest();

  @BeforeAll
  static void session(SparkSession session) {
    CheckJobTest.session(session);
  }

  private CheckJobTest.Job job(List<String> files, String... options) {
    runner.tmp = tmp;
    return runner.job(files, List.of(options));
  }

  @Test
  void budgetVariantAndPartitionsAreTheClis() {
    // a budget so small that most steps spend it: each step is bounded, and by the same count
    CheckJobTest.Cli cli =
        CheckJobTest.cli("--budget", "200", "--variant", "s*", HAND, PAPER, SYNTHETIC);
    CheckJobTest.Job job =
        job(
            List.of(HAND, PAPER, SYNTHETIC),
            "--budget",
            "200",
            "--variant",
            "s*",
            "--partitions",
            "13");

    assertThat(job.steps()).containsExactlyElementsOf(cli.steps());
    assertThat(job.derivations()).containsExactlyElementsOf(cli.derivations());
    assertThat(job.exit()).isEqualTo(cli.exit());
    assertThat(job.steps())
        .anySatisfy(s -> assertThat(s).contains("\"verdict\":\"UNKNOWN\"", "work budget spent"));
    assertThat(job.derivations())
        .allSatisfy(d -> assertThat(CheckJobTest.read(d).get("variant").asText()).startsWith("s"));
    assertThat(job.summary().get("partitions").asInt()).isGreaterThan(13);
  }

  @Test
  void confirmIsTheClis() {
    CheckJobTest.Cli cli = CheckJobTest.cli("--confirm", "--variant", "s*", HAND);
    CheckJobTest.Job job = job(List.of(HAND), "--confirm", "--variant", "s*");
    assertThat(job.steps()).containsExactlyElementsOf(cli.steps());
    assertThat(job.steps()).anySatisfy(s -> assertThat(s).contains("\"confirmed\":\"symbolic\""));
  }

  @Test
  void badInputIsNamedAndTheRestIsChecked() throws Exception {
    List<String> good = Files.readAllLines(Path.of(HAND), StandardCharsets.UTF_8).subList(0, 3);
    Path clean = Files.write(tmp.resolve("clean.jsonl"), good, StandardCharsets.UTF_8);
    Path dir = Files.createDirectory(tmp.resolve("in"));
    byte[] latin1 =
        "{\"id\": \"é\", \"steps\": [\"x = 1\"]}\n".getBytes(StandardCharsets.ISO_8859_1);
    List<byte[]> lines = new ArrayList<>();
    lines.add((good.get(0) + "\n").getBytes(StandardCharsets.UTF_8));
    lines.add("{\"id\": \"broken\", \"steps\": \n".getBytes(StandardCharsets.UTF_8));
    lines.add((good.get(1) + "\n\n").getBytes(StandardCharsets.UTF_8));
    lines.add(latin1);
    lines.add((good.get(2) + "\n").getBytes(StandardCharsets.UTF_8));
    try (var out = Files.newOutputStream(dir.resolve("bad.jsonl"))) {
      for (byte[] b : lines) {
        out.write(b);
      }
    }
    Files.writeString(dir.resolve("notes.txt"), "x = 1\ny = x\n");
    Files.writeString(dir.resolve("ignored.csv"), "not a dataset");

    CheckJobTest.Cli cli = CheckJobTest.cli(clean.toString());
    CheckJobTest.Job job = job(List.of(dir.toString(), tmp.resolve("missing.jsonl").toString()));

    assertThat(job.steps()).isNotEmpty().containsExactlyElementsOf(cli.steps());
    assertThat(job.derivations()).containsExactlyElementsOf(cli.derivations());
    assertThat(job.exit()).isEqualTo(2);
    assertThat(job.problems())
        .hasSize(4)
        .anySatisfy(
            p -> assertThat(p).contains("\"file\":\"bad.jsonl\",", "\"line\":2", "malformed JSON"))
        .anySatisfy(p -> assertThat(p).contains("\"line\":5", "not UTF-8 text: byte 0xE9"))
        .anySatisfy(p -> assertThat(p).contains("\"file\":\"notes.txt\"", "plain text"))
        .anySatisfy(p -> assertThat(p).contains("missing.jsonl", "no such file"));
    assertThat(job.summary().get("problems").asInt()).isEqualTo(4);
  }

  @Test
  void anExistingOutputIsNotTouched() throws Exception {
    Path out = Files.createDirectory(tmp.resolve("taken"));
    Files.writeString(out.resolve("keep.txt"), "mine");
    int exit =
        CheckJob.run(
            CheckJobTest.spark(),
            new java.io.PrintWriter(new java.io.StringWriter()),
            "--in",
            HAND,
            "--out",
            out.toString());
    assertThat(exit).isEqualTo(2);
    try (var files = Files.list(out)) {
      assertThat(files).containsExactly(out.resolve("keep.txt"));
    }
    int badBudget =
        CheckJob.run(
            CheckJobTest.spark(),
            new java.io.PrintWriter(new java.io.StringWriter()),
            "--in",
            HAND,
            "--out",
            tmp.resolve("new").toString(),
            "--budget",
            "0");
    assertThat(badBudget).isEqualTo(2);
    assertThat(tmp.resolve("new")).doesNotExist();
  }

  @Test
  void parquetHoldsTheSameStepsAndDerivations() {
    CheckJobTest.Job job = job(List.of(HAND, PAPER), "--parquet");

    List<String> fromJson =
        job.steps().stream()
            .map(CheckJobTest::read)
            .map(
                n ->
                    n.get("derivation").asText()
                        + "/"
                        + n.get("variant").asText()
                        + "/"
                        + n.get("step").asInt()
                        + " "
                        + n.get("verdict").asText()
                        + " "
                        + n.path("rule").asText("")
                        + " "
                        + n.get("work").asLong())
            .sorted()
            .toList();
    List<Row> rows = CheckJobTest.rows(job.out().resolve("parquet/steps").toString());
    List<String> fromParquet =
        rows.stream()
            .map(
                r ->
                    r.getAs("derivation")
                        + "/"
                        + r.getAs("variant")
                        + "/"
                        + r.getAs("step")
                        + " "
                        + r.getAs("verdict")
                        + " "
                        + (r.getAs("rule") == null ? "" : r.getAs("rule"))
                        + " "
                        + r.getAs("work"))
            .sorted(Comparator.naturalOrder())
            .toList();
    assertThat(fromParquet).isNotEmpty().containsExactlyElementsOf(fromJson);
    assertThat(rows).anySatisfy(r -> assertThat(r.<Row>getAs("counterexample")).isNotNull());

    List<Row> derivations = CheckJobTest.rows(job.out().resolve("parquet/derivations").toString());
    assertThat(derivations).hasSameSizeAs(job.derivations());
    assertThat(derivations)
        .allSatisfy(
            r ->
                assertThat(r.<scala.collection.Map<String, Long>>getAs("verdicts").size())
                    .isPositive());
  }
}
