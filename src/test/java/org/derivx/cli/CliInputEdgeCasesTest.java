package org.derivx.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the commands say about broken, empty, odd and hostile inputs. */
class CliInputEdgeCasesTest {
  @TempDir Path tmp;

  private static final String TWO =
      "{\"id\": \"a\", \"steps\": [\"x = 1\"]}\n{\"id\": \"b\", \"steps\": [\"y = \\\\frac{1\"]}\n";

  private Path write(String name, String content) throws Exception {
    return Files.writeString(tmp.resolve(name), content);
  }

  @Test
  void anEmptyFileSaysNoRecordsAndExitsTwo() throws Exception {
    Path empty = write("empty.jsonl", "");
    for (String command : new String[] {"inspect", "check"}) {
      var r = InspectCommandTest.run(command, empty.toString());
      assertThat(r.code()).as(command).isEqualTo(2);
      assertThat(r.err()).as(command).contains("empty.jsonl: no records");
    }
  }

  @Test
  void aThreadCountOutOfRangeIsBadInputForEveryCommandThatTakesOne() throws Exception {
    Path two = write("two.jsonl", TWO);
    Path out = tmp.resolve("out.jsonl");
    String[][] commands = {
      {"check", two.toString()},
      {"inspect", two.toString()},
      {"flag", two.toString()},
      {"eval", two.toString()},
      {"report", two.toString(), "--out", tmp.resolve("report").toString()},
      {"inject", two.toString(), "--out", out.toString()},
      {"silver", two.toString(), "--out", out.toString()},
      {"generate", "--count", "1", "--out", out.toString()},
      {"bench", "check", two.toString()}
    };
    for (String[] command : commands) {
      for (String n : new String[] {"-1", "40000", "many"}) {
        String[] args = java.util.Arrays.copyOf(command, command.length + 2);
        args[command.length] = "--threads";
        args[command.length + 1] = n;
        var r = InspectCommandTest.run(args);
        String what = String.join(" ", args);
        assertThat(r.code()).as(what).isEqualTo(2);
        assertThat(r.err()).as(what).contains("--threads").contains("'" + n + "'");
      }
    }
    // 0 is all cores wherever it is taken
    assertThat(InspectCommandTest.run("check", two.toString(), "--threads", "0").code()).isIn(0, 1);
  }

  @Test
  void aMissingFilePrintsItsErrorAndNoEmptyTable() {
    var r = InspectCommandTest.run("inspect", tmp.resolve("missing.json").toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("missing.json: no such file");
    assertThat(r.out()).isEmpty();
    var json = InspectCommandTest.run("inspect", "--json", tmp.resolve("missing.json").toString());
    assertThat(json.out()).isEmpty();
  }

  @Test
  void aDeviceIsRefusedInsteadOfReadForever() {
    Path zero = Path.of("/dev/zero");
    if (!Files.exists(zero)) {
      return;
    }
    for (String command : new String[] {"inspect", "check"}) {
      var r = InspectCommandTest.run(command, zero.toString());
      assertThat(r.code()).isEqualTo(2);
      assertThat(r.err()).contains("/dev/zero: not a regular file").doesNotContain("no such file");
    }
  }

  @Test
  void aByteOrderMarkDoesNotCostTheFirstRecord() throws Exception {
    byte[] body = TWO.getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[body.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(body, 0, withBom, 3, body.length);
    Path f = Files.write(tmp.resolve("bom.jsonl"), withBom);
    var r = InspectCommandTest.run("inspect", f.toString());
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("records: 2");
  }

  @Test
  void latin1IsNotUtf8TextNamedByOffset() throws Exception {
    Path f =
        Files.write(
            tmp.resolve("l1.txt"), "x = 1\n\ny = é\n".getBytes(StandardCharsets.ISO_8859_1));
    var r = InspectCommandTest.run("inspect", f.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("l1.txt: not UTF-8 text: byte 0xE9 at byte offset 11");
    assertThat(r.out()).contains("records: 1"); // the derivation before it
  }

  @Test
  void inspectStreamsFailuresThenCountsAndJsonHasTheSameContract() throws Exception {
    Path f = write("two.jsonl", TWO);
    var table = InspectCommandTest.run("inspect", f.toString());
    assertThat(table.code()).isZero();
    String out = table.out();
    assertThat(out.indexOf("equations that do not parse:")).isLessThan(out.indexOf("records: 2"));
    assertThat(out).contains("b  steps  step 1");
  }

  @Test
  void aLabelForAMissingStepWarnsAndTheRecordIsChecked() throws Exception {
    Path f =
        write(
            "lab.jsonl",
            "{\"id\": \"k\", \"steps\": [\"x = 1\"], \"labels\": [{\"step\": 3, \"category\":"
                + " \"VALID\"}]}\n");
    var r = InspectCommandTest.run("check", "--jsonl", "--no-symbolic", f.toString());
    assertThat(r.code()).isZero();
    assertThat(r.err())
        .contains("derivx: warning: lab.jsonl:1: record k: label 0")
        .contains("dropped: there is no step 3");
    assertThat(r.out().lines().count()).isEqualTo(2);
  }

  @Test
  void anInternalErrorInInspectNamesTheRecordAndTheRestIsCounted() throws Exception {
    Path f = write("three.jsonl", TWO + "{\"id\": \"c\", \"steps\": [\"z = 3\"]}\n");
    CliContext c =
        new CliContext(
            tmp.resolve("logs"),
            UnaryOperator.identity(),
            id -> {
              if (id.equals("b")) {
                throw new IllegalStateException("injected");
              }
            });
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        DerivxCommand.run(c, new PrintWriter(out), new PrintWriter(err), "inspect", f.toString());
    assertThat(code).isEqualTo(3);
    assertThat(err.toString())
        .startsWith(
            "derivx: internal error on three.jsonl:2, record b: IllegalStateException: injected;"
                + " details in "
                + tmp.resolve("logs"));
    assertThat(out.toString()).contains("records: 3");
  }
}
