package org.derivx.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.derivx.derivation.DerivationRecord;
import org.derivx.derivation.Equation;
import org.derivx.derivation.ReadProblem;
import org.derivx.derivation.Source;
import org.derivx.io.DatasetException;
import org.derivx.io.Datasets;
import org.derivx.io.Format;
import org.derivx.io.RecordSink;
import org.derivx.latex.LatexParser;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The three readers on any bytes, written to a file. What may happen is documented: the file is
 * refused with a {@link DatasetException} naming it, or its records reach the sink as records,
 * problems (bad input, skipped) and warnings. An internal error, or any other exception, is a
 * finding. The work is bounded by the input: no more frames than lines (or, in JSON, than bytes),
 * no more distinct equations than bytes, every tree within the parser's depth limit; the same
 * outcomes arrive in the same order when two threads decode; and no message leaks Jackson's
 * internals.
 */
class ReadersFuzzTest {
  /** One file for all executions: rewritten each time, removed when the JVM exits. */
  private static final Path FILE = tempFile();

  private static Path tempFile() {
    try {
      Path dir = Files.createTempDirectory("derivx-fuzz");
      dir.toFile().deleteOnExit();
      Path f = dir.resolve("input.data");
      f.toFile().deleteOnExit();
      return f;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Stream<Arguments> resultsJsonSeeds() {
    return FuzzSeeds.resultsJsonFiles();
  }

  static Stream<Arguments> jsonlSeeds() {
    return FuzzSeeds.jsonlFiles();
  }

  static Stream<Arguments> textSeeds() {
    return FuzzSeeds.textFiles();
  }

  @MethodSource("resultsJsonSeeds")
  @FuzzTest(maxDuration = "10m")
  void resultsJson(byte[] data) throws IOException {
    read(data, Format.RESULTS_JSON);
  }

  @MethodSource("jsonlSeeds")
  @FuzzTest(maxDuration = "10m")
  void jsonl(byte[] data) throws IOException {
    read(data, Format.JSONL);
  }

  @MethodSource("textSeeds")
  @FuzzTest(maxDuration = "10m")
  void text(byte[] data) throws IOException {
    read(data, Format.TEXT);
  }

  private static void read(byte[] data, Format format) throws IOException {
    Files.write(FILE, data);
    Outcome one = Outcome.of(format, 1);
    Outcome two = Outcome.of(format, 2);
    assertThat(two.events).as("the same outcomes on two threads").isEqualTo(one.events);
    // the format detector must also cope with the bytes, whichever format it picks
    Outcome.of(null, 1);

    long frames = one.records + one.problems;
    long lines = 1;
    for (byte b : data) {
      if (b == '\n' || b == '\r') {
        lines++;
      }
    }
    long bound = format == Format.RESULTS_JSON ? data.length + 1 : lines;
    assertThat(frames).as("records and problems").isLessThanOrEqualTo(bound);
    assertThat(one.warnings).as("warnings").isLessThanOrEqualTo(data.length + 1L);
    assertThat(one.equations.size()).as("distinct equations").isLessThanOrEqualTo(data.length + 1);
    for (Equation e : one.equations.keySet()) {
      if (e.parsed()) {
        assertThat(Fuzzing.shape(e.tree()).depth()).isLessThanOrEqualTo(LatexParser.MAX_DEPTH);
      }
    }
  }

  /** What one read delivered, in order, as text; internal errors fail the target at once. */
  private static final class Outcome implements RecordSink {
    final List<String> events = new ArrayList<>();
    final Map<Equation, Boolean> equations = new IdentityHashMap<>();
    long records;
    long problems;
    long warnings;

    static Outcome of(Format format, int threads) {
      Outcome o = new Outcome();
      try {
        Datasets.stream(FILE, format, threads, o);
      } catch (DatasetException e) {
        assertThat(e.getMessage()).contains(FILE.getFileName().toString());
        assertClean(e.getMessage());
        o.events.add("refused: " + e.getMessage());
      }
      return o;
    }

    @Override
    public void record(DerivationRecord record) {
      records++;
      events.add("record " + record.id() + " " + record.source().describe());
      record.promptIfAny().ifPresent(p -> p.all().forEach(e -> equations.put(e, true)));
      record
          .variants()
          .forEach(
              v -> {
                v.promptIfAny().ifPresent(p -> p.all().forEach(e -> equations.put(e, true)));
                v.steps().forEach(e -> equations.put(e, true));
              });
    }

    @Override
    public void problem(ReadProblem problem) {
      problems++;
      assertClean(problem.message());
      events.add("problem " + problem);
    }

    @Override
    public void warning(ReadProblem warning) {
      warnings++;
      assertClean(warning.message());
      events.add("warning " + warning);
    }

    @Override
    public void internalError(Source source, Throwable error) {
      throw new AssertionError("internal error reading " + source.describe(), error);
    }

    /**
     * No Jackson internals in a message, unless the input itself holds that text (a message may
     * quote the input: a label written {@code "st[Source:ategory"} is named as written).
     */
    private static void assertClean(String message) {
      assertThat(message).isNotBlank();
      String input;
      try {
        input = new String(Files.readAllBytes(FILE), StandardCharsets.ISO_8859_1);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      for (String internal : List.of("[Source:", "REDACTED")) {
        if (!input.contains(internal)) {
          assertThat(message).doesNotContain(internal);
        }
      }
    }
  }
}
