package org.derivx.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.derivx.derivation.DerivationRecord;
import org.derivx.derivation.ReadProblem;
import org.derivx.derivation.Source;
import org.derivx.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file cut into frames and the frames decoded apart, in any order, give exactly what the file's
 * reader gives: the same records (ids, variants, parsed equations, meta), problems and warnings.
 */
class FramesTest {
  @TempDir Path tmp;

  /** Everything a sink was handed, in order. */
  private static final class Collected implements RecordSink {
    final List<DerivationRecord> records = new ArrayList<>();
    final List<String> problems = new ArrayList<>();
    final List<String> warnings = new ArrayList<>();

    @Override
    public void record(DerivationRecord r) {
      records.add(r);
    }

    @Override
    public void problem(ReadProblem p) {
      problems.add(p.toString());
    }

    @Override
    public void warning(ReadProblem w) {
      warnings.add(w.toString());
    }
  }

  private static Collected read(Path file) throws DatasetException {
    Collected c = new Collected();
    Datasets.stream(file, null, c);
    return c;
  }

  /** Frames cut on one side, decoded on the other in reverse order, then put back in order. */
  private static Collected framed(Path file) throws DatasetException {
    Collected c = new Collected();
    List<Frames.Frame> frames = new ArrayList<>();
    Frames.split(file, null, frames::add, c);
    List<Frames.Frame> reversed = new ArrayList<>(frames);
    Collections.reverse(reversed);
    List<Collected> each = new ArrayList<>();
    for (Frames.Frame f : reversed) {
      Collected one = new Collected();
      Frames.decode(shipped(f), one);
      each.add(0, one);
    }
    for (Collected one : each) {
      c.records.addAll(one.records);
      c.problems.addAll(one.problems);
      c.warnings.addAll(one.warnings);
    }
    return c;
  }

  /** Through Java serialisation, as a cluster ships it. */
  private static Frames.Frame shipped(Frames.Frame f) {
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
        out.writeObject(f);
      }
      try (ObjectInputStream in =
          new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
        return (Frames.Frame) in.readObject();
      }
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  private static void assertSame(Collected framed, Collected read) {
    assertThat(framed.records).isNotEmpty().containsExactlyElementsOf(read.records);
    assertThat(framed.problems).containsExactlyInAnyOrderElementsOf(read.problems);
    assertThat(framed.warnings).containsExactlyElementsOf(read.warnings);
  }

  @Test
  void samplesFramedAreWhatTheReadersRead() throws Exception {
    for (String name :
        List.of("hand-written.jsonl", "synthetic.jsonl", "paper-layout_results.json")) {
      Path file = Path.of("sample-derivations", name);
      assertSame(framed(file), read(file));
    }
  }

  @Test
  void thePapersFileFramedIsWhatItsReaderReads() throws Exception {
    Path file = SharedData.require("chatgpt_results.json");
    Collected framed = framed(file);
    assertSame(framed, read(file));
    assertThat(framed.records).hasSize(100);
  }

  @Test
  void badJsonlLinesAreTheReadersProblems() throws Exception {
    Path file =
        Files.writeString(
            tmp.resolve("bad.jsonl"),
            "{\"id\": \"a\", \"steps\": [\"x = 1\"]}\n"
                + "{\"id\": \"b\", \"steps\": \n"
                + "\n"
                + "null\n"
                + "{\"steps\": [\"x = 1\"]}\n"
                + "{\"id\": \"c\", \"steps\": [\"x = 1\"], \"labels\": [{\"step\": 7,"
                + " \"category\": \"VALID\"}]}\n");
    Collected framed = framed(file);
    assertSame(framed, read(file));
    assertThat(framed.problems)
        .hasSize(2)
        .anySatisfy(p -> assertThat(p).startsWith("bad.jsonl:2: malformed JSON"))
        .anySatisfy(p -> assertThat(p).startsWith("bad.jsonl:5: missing \"id\""));
    assertThat(framed.warnings).singleElement().asString().startsWith("bad.jsonl:6: record c");
  }

  @Test
  void malformedResultsJsonKeepsTheElementsBeforeIt() throws Exception {
    Path file =
        Files.writeString(
            tmp.resolve("r_results.json"),
            "[{\"derivation\": \"x = 1 and y = x\"}, null, {\"derivation\": \"a = b\"}, {oops");
    Collected framed = framed(file);
    assertSame(framed, read(file));
    assertThat(framed.records)
        .extracting(DerivationRecord::id)
        .containsExactly("r_results#0", "r_results#2");
    assertThat(framed.problems).singleElement().asString().contains("element 3: malformed JSON");
  }

  @Test
  void plainTextIsNotFramed() throws Exception {
    Path file = Files.writeString(tmp.resolve("d.txt"), "x = 1\ny = x\n");
    assertThatThrownBy(() -> Frames.split(file, null, f -> {}, new Collected()))
        .isInstanceOf(DatasetException.class)
        .hasMessageContaining("plain text");
  }

  @Test
  void linesFromRawBytesAreDecodedStrictly() {
    byte[] good = "{\"id\": \"a\", \"steps\": [\"x = 1\"]}".getBytes(StandardCharsets.UTF_8);
    byte[] bom = new byte[good.length + 3];
    bom[0] = (byte) 0xEF;
    bom[1] = (byte) 0xBB;
    bom[2] = (byte) 0xBF;
    System.arraycopy(good, 0, bom, 3, good.length);

    Collected first = new Collected();
    Frames.decodeLine("d.jsonl", 1, bom, bom.length, first);
    assertThat(first.records)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.id()).isEqualTo("a");
              assertThat(r.source()).isEqualTo(Source.line("d.jsonl", 1));
            });

    Collected later = new Collected(); // a byte order mark is only skipped at the file's start
    Frames.decodeLine("d.jsonl", 2, bom, bom.length, later);
    assertThat(later.problems).singleElement().asString().startsWith("d.jsonl:2: malformed JSON");

    byte[] latin1 = "{\"id\": \"é\"}".getBytes(StandardCharsets.ISO_8859_1);
    Collected bad = new Collected();
    Frames.decodeLine("d.jsonl", 3, latin1, latin1.length, bad);
    assertThat(bad.problems)
        .containsExactly(
            "d.jsonl:3: not UTF-8 text: byte 0xE9 at byte 8 of the line"
                + " (save the file as UTF-8)");

    byte[] nul = "{\"id\": \"a\u0000\"}".getBytes(StandardCharsets.UTF_8);
    Collected withNul = new Collected();
    Frames.decodeLine("d.jsonl", 4, nul, nul.length, withNul);
    assertThat(withNul.problems).singleElement().asString().contains("byte 0x00 at byte 9");

    Collected blank = new Collected();
    Frames.decodeLine("d.jsonl", 5, "  ".getBytes(StandardCharsets.UTF_8), 2, blank);
    assertThat(blank.records).isEmpty();
    assertThat(blank.problems).isEmpty();

    // only the first `length` bytes are the line (a reused buffer holds more)
    byte[] longer =
        (new String(good, StandardCharsets.UTF_8) + "garbage").getBytes(StandardCharsets.UTF_8);
    Collected prefix = new Collected();
    Frames.decodeLine("d.jsonl", 6, longer, good.length, prefix);
    assertThat(prefix.records).hasSize(1);
  }

  @Test
  void formatsAreDetectedFromAFilesFirstBytes() {
    assertThat(FormatDetector.detect(" \n[{".getBytes(StandardCharsets.UTF_8)))
        .isEqualTo(Format.RESULTS_JSON);
    assertThat(FormatDetector.detect("{\"id\"".getBytes(StandardCharsets.UTF_8)))
        .isEqualTo(Format.JSONL);
    assertThat(FormatDetector.detect("x = 1".getBytes(StandardCharsets.UTF_8)))
        .isEqualTo(Format.TEXT);
    assertThat(FormatDetector.detect(new byte[0])).isEqualTo(Format.TEXT);
    assertThat(FormatDetector.detect(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '{'}))
        .isEqualTo(Format.JSONL);
    assertThat(FormatDetector.detect(new byte[] {(byte) 0xFF, (byte) 0xFE, '[', 0}))
        .isEqualTo(Format.RESULTS_JSON);
    assertThat(FormatDetector.detect(new byte[] {(byte) 0xFE, (byte) 0xFF, 0, '{'}))
        .isEqualTo(Format.JSONL);
  }
}
