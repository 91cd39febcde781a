package org.derivx.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import org.derivx.check.run.BatchChecker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code eval} and {@code report} go on past a derivation the checker fails on, and say so. */
class InternalErrorCommandsTest {
  @TempDir Path tmp;

  private static final String LABELLED =
      "{\"id\": \"a\", \"steps\": [\"x = 1\", \"2 x = 2\"], \"labels\": [{\"step\": 2, \"category\":"
          + " \"VALID\"}]}\n"
          + "{\"id\": \"b\", \"steps\": [\"x = 2\", \"2 x = 5\"], \"labels\": [{\"step\": 2,"
          + " \"category\": \"INCORRECT\"}]}\n"
          + "{\"id\": \"c\", \"steps\": [\"x = 3\", \"3 x = 9\"], \"labels\": [{\"step\": 2,"
          + " \"category\": \"VALID\"}]}\n";

  private InspectCommandTest.Run run(String failOn, String... args) {
    UnaryOperator<BatchChecker.Judge> around =
        judge ->
            (job, listener, cancelled) -> {
              if (job.id().equals(failOn)) {
                throw new ArrayIndexOutOfBoundsException("injected");
              }
              return judge.check(job, listener, cancelled);
            };
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        DerivxCommand.run(
            new CliContext(tmp.resolve("logs"), around, id -> {}),
            new PrintWriter(out),
            new PrintWriter(err),
            args);
    return new InspectCommandTest.Run(code, out.toString(), err.toString());
  }

  @Test
  void evalScoresTheOthersAndNamesTheOneItCouldNotCheck() throws Exception {
    Path f = Files.writeString(tmp.resolve("l.jsonl"), LABELLED);
    var r = run("b", "eval", f.toString(), "--against", "labels", "--judge", "check", "--json");
    assertThat(r.code()).isEqualTo(DerivxCommand.INTERNAL_ERROR);
    assertThat(r.err())
        .startsWith(
            "derivx: internal error on l.jsonl:2, record b, variant steps:"
                + " ArrayIndexOutOfBoundsException: injected; details in ");
    assertThat(r.out()).contains("\"check\"");
  }

  @Test
  void reportIsWrittenWithoutTheDerivationItCouldNotCheck() throws Exception {
    Path f = Files.writeString(tmp.resolve("l.jsonl"), LABELLED);
    Path out = tmp.resolve("report");
    var r = run("c", "report", f.toString(), "--no-flagger", "--out", out.toString());
    assertThat(r.code()).isEqualTo(DerivxCommand.INTERNAL_ERROR);
    assertThat(r.err()).contains("internal error on l.jsonl:3, record c, variant steps");
    List<String> derivations = Files.readAllLines(out.resolve("derivations.csv"));
    assertThat(derivations).hasSize(3); // header, a, b
    assertThat(r.out()).contains("(2 derivations)");
  }
}
