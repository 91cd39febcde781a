package org.derivx.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.derivx.derivation.Dataset;
import org.derivx.derivation.Derivation;
import org.derivx.derivation.DerivationRecord;
import org.derivx.derivation.Equation;
import org.derivx.derivation.ReadProblem;
import org.derivx.derivation.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile and careless inputs: nulls, encodings, devices, empty files, long lines. */
class ReaderEdgeCasesTest {
  @TempDir Path tmp;

  private Path write(String name, String content) throws Exception {
    return Files.writeString(tmp.resolve(name), content);
  }

  private Path bytes(String name, byte[] content) throws Exception {
    return Files.write(tmp.resolve(name), content);
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  private static final String TWO =
      "{\"id\": \"a\", \"steps\": [\"x = 1\"]}\n{\"id\": \"b\", \"steps\": [\"y = 2\"]}\n";

  @Test
  void nullInMetaReadsAsAbsent() throws Exception {
    // the reproducer: this aborted the whole file with "derivx: null"
    Dataset d =
        Datasets.load(
            write("n.jsonl", "{\"id\": \"a\", \"steps\": [\"x = 1\"], \"meta\": {\"k\": null}}\n"));
    assertThat(d.problems()).isEmpty();
    assertThat(d.records()).singleElement().satisfies(r -> assertThat(r.meta()).isEmpty());
  }

  @Test
  void nullsAnywhereInAJsonlRecordReadAsAbsent() throws Exception {
    String line =
        "{\"id\": \"a\", \"steps\": [\"x = 1\", null, \"y = x\"], \"model\": null, \"variant\": null,"
            + " \"kind\": null, \"reference\": null, \"operations\": null,"
            + " \"prompt\": {\"premises\": [null, \"x = 1\"], \"intermediates\": null, \"goal\": null},"
            + " \"labels\": [null, {\"step\": 1, \"category\": \"VALID\", \"note\": null}],"
            + " \"meta\": {\"k\": null, \"list\": [1, null, {\"z\": null}]}, \"extra\": null,"
            + " \"other\": {\"q\": null}}\n"
            + "{\"id\": \"b\", \"steps\": [\"x = 1\"], \"prompt\": null, \"meta\": null, \"labels\": null}\n"
            + "null\n";
    Dataset d = Datasets.load(write("nulls.jsonl", line));
    assertThat(d.problems()).isEmpty();
    assertThat(d.records()).extracting(DerivationRecord::id).containsExactly("a", "b");
    DerivationRecord a = d.records().get(0);
    Derivation v = a.variants().get(0);
    assertThat(a.variants()).hasSize(1);
    assertThat(v.name()).isEqualTo("steps");
    assertThat(v.perturbation()).isEqualTo("static");
    assertThat(v.steps()).extracting(Equation::raw).containsExactly("x = 1", "y = x");
    assertThat(v.labels()).singleElement().satisfies(l -> assertThat(l.note()).isNull());
    assertThat(a.prompt().premises()).extracting(Equation::raw).containsExactly("x = 1");
    assertThat(a.prompt().goal()).isNull();
    assertThat(a.meta())
        .containsOnly(Map.entry("list", List.of(1, Map.of())), Map.entry("other", Map.of()));
    // a null step moves the later ones up: said, so labels that relied on the numbering are checked
    assertThat(d.warnings())
        .extracting(ReadProblem::toString)
        .containsExactly(
            "nulls.jsonl:1: record a: \"steps\"[1] is null: read as absent (the entries after it"
                + " move up)",
            "nulls.jsonl:1: record a: \"prompt.premises\"[0] is null: read as absent (the entries"
                + " after it move up)");
    assertThat(d.records().get(1).promptIfAny()).isEmpty();
  }

  @Test
  void nullsInTheResultsJsonReadAsAbsent() throws Exception {
    String json =
        "[{\"prompt\": null, \"derivation\": \"x = 1 and y = x\", \"srepr_derivation\": null,"
            + " \"static_gpt-4\": null, \"VR_gpt-4\": \"x = 2\", \"static_rouge\": null,"
            + " \"scores\": {\"a\": null, \"b\": 1}},"
            + " null,"
            + " {\"derivation\": \"x = 1\", \"srepr_derivation\": [[null, \"Symbol('x')\"]]}]";
    Dataset d = Datasets.load(write("r_results.json", json));
    assertThat(d.problems()).isEmpty();
    assertThat(d.records())
        .extracting(DerivationRecord::id)
        .containsExactly("r_results#0", "r_results#2");
    DerivationRecord r = d.records().get(0);
    assertThat(r.variants()).extracting(Derivation::name).containsExactly("derivation", "VR_gpt-4");
    assertThat(r.meta()).containsOnly(Map.entry("scores", Map.of("b", 1)));
    assertThat(d.records().get(1).variants().get(0).annotations()).isEmpty();
    assertThat(d.warnings())
        .singleElement()
        .satisfies(w -> assertThat(w.toString()).contains("element 2").contains("entry 1 is null"));
  }

  @Test
  void aLabelForAMissingStepIsDroppedAndTheRecordKept() throws Exception {
    Dataset d =
        Datasets.load(
            write(
                "l.jsonl",
                "{\"id\": \"k\", \"steps\": [\"x = 1\", \"y = 2\"], \"labels\": [{\"step\": 2,"
                    + " \"category\": \"SKIPPED\"}, {\"step\": 7, \"category\": \"VALID\"},"
                    + " {\"category\": \"VALID\"}]}\n"));
    assertThat(d.problems()).isEmpty();
    assertThat(d.records().get(0).variants().get(0).labels())
        .singleElement()
        .satisfies(l -> assertThat(l.step()).isEqualTo(2));
    assertThat(d.warnings())
        .extracting(ReadProblem::toString)
        .satisfiesExactly(
            w ->
                assertThat(w)
                    .isEqualTo(
                        "l.jsonl:1: record k: label 1 {\"step\":7,\"category\":\"VALID\"} dropped:"
                            + " there is no step 7 (the derivation has 2 steps)"),
            w -> assertThat(w).contains("label 2").contains("needs \"step\""));
  }

  @Test
  void aUtf8ByteOrderMarkIsSkippedAndTheFirstRecordKept() throws Exception {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    Dataset jsonl =
        Datasets.load(bytes("bom.jsonl", concat(bom, TWO.getBytes(StandardCharsets.UTF_8))));
    assertThat(jsonl.problems()).isEmpty();
    assertThat(jsonl.records()).extracting(DerivationRecord::id).containsExactly("a", "b");
    Dataset results =
        Datasets.load(
            bytes(
                "bom.json",
                concat(bom, "[{\"derivation\": \"x = 1\"}]".getBytes(StandardCharsets.UTF_8))));
    assertThat(results.format()).isEqualTo("results-json");
    assertThat(results.records()).hasSize(1);
    Dataset text =
        Datasets.load(bytes("bom.txt", concat(bom, "x = 1\n".getBytes(StandardCharsets.UTF_8))));
    assertThat(text.records().get(0).variants().get(0).step(1).raw()).isEqualTo("x = 1");
  }

  @Test
  void utf16WithAByteOrderMarkIsRead() throws Exception {
    String content = "{\"id\": \"π\", \"steps\": [\"x = \\\\pi\", \"y = π\"]}\n";
    for (var cs : List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
      byte[] bom =
          cs == StandardCharsets.UTF_16LE
              ? new byte[] {(byte) 0xFF, (byte) 0xFE}
              : new byte[] {(byte) 0xFE, (byte) 0xFF};
      Dataset d =
          Datasets.load(bytes("u16-" + cs.name() + ".jsonl", concat(bom, content.getBytes(cs))));
      assertThat(d.format()).isEqualTo("jsonl");
      assertThat(d.problems()).isEmpty();
      assertThat(d.records()).singleElement().satisfies(r -> assertThat(r.id()).isEqualTo("π"));
      assertThat(d.records().get(0).variants().get(0).step(2).raw()).isEqualTo("y = π");
    }
    byte[] json = "[{\"derivation\": \"x = 1\"}]".getBytes(StandardCharsets.UTF_16LE);
    Dataset r =
        Datasets.load(
            bytes("u16_results.json", concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, json)));
    assertThat(r.records()).hasSize(1);
  }

  @Test
  void otherBytesAreNotUtf8TextNamedByOffsetAndEarlierRecordsAreKept() throws Exception {
    byte[] good = TWO.getBytes(StandardCharsets.UTF_8);
    byte[] latin1 =
        "{\"id\": \"c\", \"steps\": [\"é = 1\"]}\n".getBytes(StandardCharsets.ISO_8859_1);
    Path f = bytes("latin1.jsonl", concat(good, latin1));
    int offset = good.length + new String(latin1, StandardCharsets.ISO_8859_1).indexOf('é');
    List<DerivationRecord> seen = new ArrayList<>();
    assertThatThrownBy(() -> Datasets.stream(f, null, collect(seen)))
        .isInstanceOf(DatasetException.class)
        .hasMessage(
            f.getFileName()
                + ": not UTF-8 text: byte 0xE9 at byte offset "
                + offset
                + " (save the file as UTF-8)");
    assertThat(seen).extracting(DerivationRecord::id).containsExactly("a", "b");
  }

  @Test
  void utf16WithoutAByteOrderMarkIsNotUtf8Text() throws Exception {
    Path f = bytes("u16.jsonl", TWO.getBytes(StandardCharsets.UTF_16LE));
    assertThatThrownBy(() -> Datasets.load(f))
        .isInstanceOf(DatasetException.class)
        .hasMessageContaining("not UTF-8 text: byte 0x00 at byte offset 1");
    Path results = bytes("u16_results.json", "[{}]".getBytes(StandardCharsets.UTF_16BE));
    assertThatThrownBy(() -> Datasets.load(results, Format.RESULTS_JSON))
        .hasMessageContaining("not UTF-8 text: byte 0x00 at byte offset 0");
  }

  @Test
  void anEmptyFileHasNoRecords() throws Exception {
    for (String content : List.of("", "\n\n  \n", "[]", "[null]", "# only a comment\n")) {
      Path f = write("empty" + content.length() + ".jsonl", content);
      assertThatThrownBy(() -> Datasets.load(f))
          .isInstanceOf(DatasetException.class)
          .hasMessageContaining("no records");
    }
    Path nul = write("null.jsonl", "null\n\n");
    assertThatThrownBy(() -> Datasets.load(nul, Format.JSONL)).hasMessageContaining("no records");
  }

  @Test
  void devicesArePlainlyRefusedAndNeverRead() throws Exception {
    Path zero = Path.of("/dev/zero");
    if (Files.exists(zero)) {
      assertThatThrownBy(() -> Datasets.load(zero))
          .isInstanceOf(DatasetException.class)
          .hasMessageContaining("not a regular file");
      assertThatThrownBy(() -> Datasets.load(zero, Format.JSONL))
          .hasMessageContaining("not a regular file");
    }
    assertThatThrownBy(() -> Datasets.load(tmp))
        .isInstanceOf(DatasetException.class)
        .hasMessageContaining("is a directory");
    assertThatThrownBy(() -> Datasets.load(tmp.resolve("nope.jsonl")))
        .hasMessageContaining("no such file");
  }

  @Test
  void jacksonInternalsDoNotLeakIntoMessages() throws Exception {
    Dataset d =
        Datasets.load(
            write(
                "j.jsonl",
                "{\"id\": \"a\", \"steps\": [\"x = 1\"]}\n{\"id\": \"b\", \"steps\": [\"x\"\n"
                    + "{\"id\": \"c\", \"steps\": [\"x = 1\"], \"meta\": {\"n\": 1e999999999}}\n"));
    assertThat(d.problems()).isNotEmpty();
    Dataset deep =
        Datasets.load(write("deep.jsonl", "{\"id\": \"a\", \"meta\": " + "[".repeat(300) + "\n"));
    assertThat(deep.problems())
        .singleElement()
        .satisfies(
            p ->
                assertThat(p.message())
                    .isEqualTo(
                        "malformed JSON: Document nesting depth (201) exceeds the maximum allowed"
                            + " (200)"));
    assertThat(d.problems())
        .allSatisfy(
            p ->
                assertThat(p.message())
                    .doesNotContain("[Source")
                    .doesNotContain("through reference chain")
                    .doesNotContain("REDACTED"));
    Path cut = write("cut.json", "[{\"derivation\": \"x = 1\"}, {\"derivation\": tru");
    assertThat(Datasets.load(cut).problems())
        .singleElement()
        .satisfies(
            p -> assertThat(p.message()).doesNotContain("[Source").doesNotContain("REDACTED"));
  }

  @Test
  void anOverlongLineIsSkippedWithoutBeingHeld() throws Exception {
    Lines lines = new Lines(new StringReader("short\n" + "x".repeat(50) + "\r\nafter\rlast"), 20);
    assertThat(lines.next()).isEqualTo(new Lines.Line(1, "short", false));
    assertThat(lines.next()).isEqualTo(new Lines.Line(2, "", true));
    assertThat(lines.next()).isEqualTo(new Lines.Line(3, "after", false));
    assertThat(lines.next()).isEqualTo(new Lines.Line(4, "last", false));
    assertThat(lines.next()).isNull();
  }

  @Test
  void decodingOnSeveralThreadsKeepsFileOrderAndEveryProblem() throws Exception {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 3000; i++) {
      sb.append(
          i % 97 == 5
              ? "{oops\n"
              : "{\"id\": " + i + ", \"steps\": [\"x = " + i + "\", \"y = x + " + i + "\"]}\n");
    }
    Path f = write("many.jsonl", sb.toString());
    List<String> one = events(f, 1);
    List<String> four = events(f, 4);
    assertThat(four).hasSize(3000).isEqualTo(one);
  }

  private static List<String> events(Path f, int threads) throws Exception {
    List<String> out = new ArrayList<>();
    Datasets.stream(
        f,
        null,
        threads,
        new RecordSink() {
          @Override
          public void record(DerivationRecord r) {
            out.add(r.id() + " " + r.variants().get(0).step(2).normalized());
          }

          @Override
          public void problem(ReadProblem p) {
            out.add(p.toString());
          }

          @Override
          public void warning(ReadProblem w) {
            out.add("warning " + w);
          }
        });
    return out;
  }

  @Test
  void aBugWhileReadingOneRecordIsAnInternalErrorAndTheOthersAreRead() throws Exception {
    // a sink that fails on a record must see the failure itself (never a "bad record")
    Path f = write("two.jsonl", TWO);
    List<String> got = new ArrayList<>();
    RecordSink failing =
        new RecordSink() {
          @Override
          public void record(DerivationRecord r) {
            if (r.id().equals("a")) {
              throw new IllegalArgumentException("the consumer's own bug");
            }
            got.add(r.id());
          }

          @Override
          public void problem(ReadProblem p) {
            got.add("problem " + p);
          }

          @Override
          public void warning(ReadProblem w) {
            got.add("warning " + w);
          }
        };
    assertThatThrownBy(() -> Datasets.stream(f, null, failing))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the consumer's own bug");
    assertThat(got).isEmpty();

    Decoded bug =
        Decoded.decode(
            Source.line("x.jsonl", 3),
            w -> {
              throw new NullPointerException("a bug");
            });
    List<String> seen = new ArrayList<>();
    RecordSink sink =
        new RecordSink() {
          @Override
          public void record(DerivationRecord r) {
            seen.add("record");
          }

          @Override
          public void problem(ReadProblem p) {
            seen.add("problem");
          }

          @Override
          public void warning(ReadProblem w) {
            seen.add("warning");
          }

          @Override
          public void internalError(Source source, Throwable error) {
            seen.add(source + " " + error.getMessage());
          }
        };
    bug.deliver(sink);
    assertThat(seen).containsExactly("x.jsonl:3 a bug");
  }

  private static RecordSink collect(List<DerivationRecord> into) {
    return new RecordSink() {
      @Override
      public void record(DerivationRecord r) {
        into.add(r);
      }

      @Override
      public void problem(ReadProblem p) {
        throw new AssertionError(p.toString());
      }

      @Override
      public void warning(ReadProblem w) {
        throw new AssertionError(w.toString());
      }
    };
  }
}
