package org.derivx.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.derivx.cli.DerivxCommand;
import org.derivx.testing.SharedData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark job in {@code local[2]} writes what {@code derivx check --jsonl} writes, step for step
 * and derivation for derivation, in the same order (the {@code ms} timings aside), and exits as it
 * does.
 */
@ExtendWith(LocalSpark.class)
class CheckJobTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path SAMPLES = Path.of("sample-derivations");

  private static SparkSession spark;

  @TempDir Path tmp;

  @BeforeAll
  static void session(SparkSession session) {
    spark = session;
  }

  @Test
  void samplesGiveTheCliLinesInItsOrder() {
    String[] files = {
      SAMPLES.resolve("hand-written.jsonl").toString(),
      SAMPLES.resolve("paper-layout_results.json").toString(),
      SAMPLES.resolve("synthetic.jsonl").toString()
    };
    Cli cli = cli(files);
    Job job = job(files);

    assertThat(job.steps()).isNotEmpty().containsExactlyElementsOf(cli.steps());
    assertThat(job.derivations()).containsExactlyElementsOf(cli.derivations());
    assertThat(job.problems()).isEmpty();
    assertThat(job.exit()).isEqualTo(cli.exit());
  }

  @Test
  void paperResultsGiveTheCliLinesInItsOrder() {
    Path chatgpt = SharedData.require("chatgpt_results.json");
    Cli cli = cli(chatgpt.toString());
    Job job = job(chatgpt.toString());

    assertThat(job.steps()).hasSizeGreaterThan(5000).containsExactlyElementsOf(cli.steps());
    assertThat(job.derivations()).containsExactlyElementsOf(cli.derivations());
    assertThat(job.exit()).isEqualTo(cli.exit());
    System.out.println(job.stdout()); // the run's speed, for the log
  }

  // ---------------------------------------------------------------- running both

  record Cli(List<String> steps, List<String> derivations, int exit) {}

  record Job(
      List<String> steps,
      List<String> derivations,
      List<String> problems,
      JsonNode summary,
      String stdout,
      int exit,
      Path out) {}

  static Cli cli(String... files) {
    StringWriter out = new StringWriter();
    List<String> args = new ArrayList<>(List.of("check", "--jsonl", "--threads", "2"));
    args.addAll(List.of(files));
    int exit =
        DerivxCommand.run(
            new PrintWriter(out), new PrintWriter(new StringWriter()), args.toArray(String[]::new));
    List<String> steps = new ArrayList<>();
    List<String> derivations = new ArrayList<>();
    for (String line : out.toString().split("\n")) {
      if (line.isBlank()) {
        continue;
      }
      (read(line).has("step") ? steps : derivations).add(withoutMs(line));
    }
    return new Cli(steps, derivations, exit);
  }

  Job job(String... files) {
    return job(List.of(files), List.of());
  }

  Job job(List<String> files, List<String> options) {
    Path out = tmp.resolve("out-" + System.nanoTime());
    List<String> args = new ArrayList<>();
    for (String f : files) {
      args.add("--in");
      args.add(f);
    }
    args.addAll(List.of("--out", out.toString()));
    args.addAll(options);
    StringWriter stdout = new StringWriter();
    int exit = CheckJob.run(spark, new PrintWriter(stdout), args.toArray(String[]::new));
    Path summary = out.resolve("summary.json");
    return new Job(
        parts(out.resolve("steps")).stream().map(CheckJobTest::withoutMs).toList(),
        parts(out.resolve("derivations")).stream().map(CheckJobTest::withoutMs).toList(),
        parts(out.resolve("problems")),
        Files.exists(summary) ? read(string(summary)) : null,
        stdout.toString(),
        exit,
        out);
  }

  /** The lines of a Spark output folder's part files, in name (= partition) order. */
  static List<String> parts(Path dir) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(dir)) {
      List<String> lines = new ArrayList<>();
      for (Path p :
          s.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList()) {
        lines.addAll(Files.readAllLines(p, StandardCharsets.UTF_8));
      }
      return lines;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String withoutMs(String line) {
    ObjectNode o = (ObjectNode) read(line);
    o.remove("ms");
    return o.toString();
  }

  static JsonNode read(String line) {
    try {
      return JSON.readTree(line);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String string(Path p) {
    try {
      return Files.readString(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static SparkSession spark() {
    return spark;
  }

  static List<Row> rows(String parquet) {
    return spark.read().parquet(parquet).collectAsList();
  }
}
