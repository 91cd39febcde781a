package org.derivx.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.derivx.check.run.BatchChecker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code check} streams: output in input order whatever the threads, every record written when one
 * of them fails inside the checker, and each derivation flushed as soon as it is done.
 */
class StreamingCheckTest {
  @TempDir Path tmp;

  /** Latches are deadlock guards, not speed limits: a working run passes them at once. */
  private static final long GUARD_SECONDS = 120;

  private Path file(String name, List<String> ids) throws Exception {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < ids.size(); i++) {
      sb.append("{\"id\": \"")
          .append(ids.get(i))
          .append("\", \"prompt\": {\"premises\": [\"x = ")
          .append(i)
          .append("\"]}, \"steps\": [\"x = ")
          .append(i)
          .append("\", \"y = x + 1\", \"2 x = ")
          .append(i % 3 == 0 ? 2 * i : 2 * i + 1)
          .append("\"]}\n");
    }
    return Files.writeString(tmp.resolve(name), sb.toString());
  }

  private static List<String> ids(int n) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add("r" + i);
    }
    return out;
  }

  private CliContext context(UnaryOperator<BatchChecker.Judge> around, Consumer<String> written) {
    return new CliContext(tmp.resolve("logs"), around, written);
  }

  private static InspectCommandTest.Run run(CliContext c, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = DerivxCommand.run(c, new PrintWriter(out), new PrintWriter(err), args);
    return new InspectCommandTest.Run(code, out.toString(), err.toString());
  }

  /** The JSONL lines without their timings, which differ from run to run. */
  private static List<JsonNode> timeless(String jsonl) throws Exception {
    List<JsonNode> out = new ArrayList<>();
    for (String l : jsonl.split("\n")) {
      if (!l.isBlank()) {
        ObjectNode o = (ObjectNode) new ObjectMapper().readTree(l);
        o.remove("ms");
        out.add(o);
      }
    }
    return out;
  }

  @Test
  void twoThreadsWriteExactlyWhatOneThreadWrites() throws Exception {
    Path f = file("many.jsonl", ids(120));
    var one =
        InspectCommandTest.run("check", "--jsonl", "--no-symbolic", "--threads", "1", f.toString());
    var two =
        InspectCommandTest.run("check", "--jsonl", "--no-symbolic", "--threads", "2", f.toString());
    assertThat(one.code()).isEqualTo(1);
    assertThat(two.code()).isEqualTo(1);
    List<JsonNode> a = timeless(one.out());
    assertThat(a).hasSize(120 * 4);
    assertThat(timeless(two.out())).isEqualTo(a);
  }

  @Test
  void outputFollowsInputOrderWhenALaterRecordFinishesFirst() throws Exception {
    // r0 is held until r3 is checked: r3 finishes first, yet r0 is written first
    CountDownLatch r3Done = new CountDownLatch(1);
    UnaryOperator<BatchChecker.Judge> around =
        judge ->
            (job, listener, cancelled) -> {
              if (job.id().equals("r0")) {
                await(r3Done);
              }
              var report = judge.check(job, listener, cancelled);
              if (job.id().equals("r3")) {
                r3Done.countDown();
              }
              return report;
            };
    Path f = file("order.jsonl", ids(6));
    var r =
        run(
            context(around, id -> {}),
            "check",
            "--jsonl",
            "--no-symbolic",
            "--threads",
            "2",
            f.toString());
    List<String> order =
        timeless(r.out()).stream()
            .filter(n -> n.has("goal"))
            .map(n -> n.get("derivation").asText())
            .toList();
    assertThat(order).containsExactly("r0", "r1", "r2", "r3", "r4", "r5");
  }

  @Test
  void aRecordThatFailsInsideTheCheckerIsMarkedAndEveryOtherIsWritten() throws Exception {
    UnaryOperator<BatchChecker.Judge> around =
        judge ->
            (job, listener, cancelled) -> {
              if (job.id().equals("r2")) {
                throw new NullPointerException("injected");
              }
              return judge.check(job, listener, cancelled);
            };
    Path f = file("mid.jsonl", ids(5));
    var r =
        run(
            context(around, id -> {}),
            "check",
            "--jsonl",
            "--no-symbolic",
            "--threads",
            "2",
            f.toString());
    assertThat(r.code()).isEqualTo(DerivxCommand.INTERNAL_ERROR);
    List<JsonNode> lines = timeless(r.out());
    assertThat(lines.stream().filter(n -> n.has("goal")).map(n -> n.get("derivation").asText()))
        .containsExactly("r0", "r1", "r3", "r4");
    JsonNode error = lines.get(8); // after r0's and r1's three steps and summary
    assertThat(error.get("derivation").asText()).isEqualTo("r2");
    assertThat(error.get("variant").asText()).isEqualTo("steps");
    assertThat(error.get("error").asText())
        .isEqualTo("internal error: NullPointerException: injected");
    Path log = Path.of(error.get("log").asText());
    assertThat(log).startsWith(tmp.resolve("logs")).exists();
    assertThat(Files.readString(log))
        .contains("mid.jsonl:3, record r2, variant steps")
        .contains("java.lang.NullPointerException: injected")
        .contains("\tat org.derivx.");
    // one line on stderr, naming the record and the log; no stack trace there
    assertThat(r.err().lines().filter(l -> l.contains("internal error")))
        .containsExactly(
            "derivx: internal error on mid.jsonl:3, record r2, variant steps: NullPointerException:"
                + " injected; details in "
                + log);
    assertThat(r.err()).doesNotContain("\tat ");
  }

  @Test
  void theOutFileHasTheFirstRecordBeforeTheLastIsChecked() throws Exception {
    Path out = tmp.resolve("out.jsonl");
    CountDownLatch firstWritten = new CountDownLatch(1);
    AtomicReference<String> seenBeforeLast = new AtomicReference<>();
    UnaryOperator<BatchChecker.Judge> around =
        judge ->
            (job, listener, cancelled) -> {
              if (job.id().equals("r4")) {
                await(firstWritten);
                seenBeforeLast.set(read(out));
              }
              return judge.check(job, listener, cancelled);
            };
    Consumer<String> written =
        id -> {
          if (id.equals("r0")) {
            firstWritten.countDown();
          }
        };
    Path f = file("flush.jsonl", ids(5));
    var r =
        run(
            context(around, written),
            "check",
            "--jsonl",
            "--no-symbolic",
            "--threads",
            "2",
            "--out",
            out.toString(),
            f.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(seenBeforeLast.get())
        .contains("\"derivation\":\"r0\",\"variant\":\"steps\",\"kind\":\"generation\"")
        .doesNotContain("\"derivation\":\"r4\"");
    assertThat(timeless(Files.readString(out))).hasSize(20);
  }

  @Test
  void outOfMemoryIsOneSentenceWithTheHeapHintAndItsOwnExitCode() throws Exception {
    UnaryOperator<BatchChecker.Judge> around =
        judge ->
            (job, listener, cancelled) -> {
              if (job.id().equals("r1")) {
                throw new OutOfMemoryError("Java heap space");
              }
              return judge.check(job, listener, cancelled);
            };
    Path f = file("oom.jsonl", ids(3));
    var r = run(context(around, id -> {}), "check", "--jsonl", "--no-symbolic", f.toString());
    assertThat(r.code()).isEqualTo(DerivxCommand.OUT_OF_MEMORY);
    assertThat(r.err().strip().lines().filter(l -> !l.startsWith("checking")))
        .singleElement()
        .satisfies(l -> assertThat(l).startsWith("derivx: out of memory").contains("-Xmx"));
    assertThat(r.err()).doesNotContain("\tat ").doesNotContain("OutOfMemoryError");
  }

  @Test
  void aBugOutsideAnyRecordIsAnInternalErrorWithALog() throws Exception {
    UnaryOperator<BatchChecker.Judge> around =
        judge -> {
          throw new IllegalStateException("wiring bug");
        };
    Path f = file("w.jsonl", ids(1));
    var r = run(context(around, id -> {}), "check", f.toString());
    assertThat(r.code()).isEqualTo(DerivxCommand.INTERNAL_ERROR);
    assertThat(r.err())
        .startsWith("derivx: internal error: IllegalStateException: wiring bug; details in ")
        .doesNotContain("\tat ");
    try (var logs = Files.list(tmp.resolve("logs"))) {
      assertThat(logs.toList())
          .singleElement()
          .satisfies(l -> assertThat(Files.readString(l)).contains("wiring bug"));
    }
  }

  @Test
  void theIssuesNullReproducerIsCheckedNormally() throws Exception {
    Path f =
        Files.writeString(
            tmp.resolve("null.jsonl"),
            "{\"id\": \"a\", \"steps\": [\"x = 1\"], \"meta\": {\"k\": null}}\n");
    var r = InspectCommandTest.run("check", "--jsonl", "--no-symbolic", f.toString());
    assertThat(r.err()).doesNotContain("derivx: null");
    assertThat(r.code()).isZero();
    assertThat(timeless(r.out())).hasSize(2);
  }

  @Test
  void everyCommandsHelpListsTheExitCodes() {
    for (String command : List.of("check", "inspect", "flag", "eval", "report")) {
      var r = InspectCommandTest.run("help", command);
      assertThat(r.out())
          .contains("Exit codes:")
          .contains("2   bad or unreadable input")
          .contains("3   internal error")
          .contains("4   out of memory");
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      if (!latch.await(GUARD_SECONDS, TimeUnit.SECONDS)) {
        throw new AssertionError("never released: the run does not stream");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  private static String read(Path p) {
    try {
      return Files.exists(p) ? Files.readString(p) : "";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
