package org.derivx.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import org.derivx.derivation.DerivationRecord;
import org.derivx.derivation.ReadProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The JSONL index: each line found by its offset reads back as the reader reads it, whatever the
 * line ends, a byte order mark or blank lines; bad lines are named by line; the summary decode
 * keeps the LaTeX unparsed; a file changed since it was indexed is refused, not misread.
 */
class JsonlIndexTest {
  @TempDir Path dir;

  record Scanned(List<JsonlIndex.Line> lines, List<DerivationRecord> records, List<String> bad) {}

  static Scanned scan(Path file) throws Exception {
    List<JsonlIndex.Line> lines = new ArrayList<>();
    List<DerivationRecord> records = new ArrayList<>();
    List<String> bad = new ArrayList<>();
    RecordSink sink =
        new RecordSink() {
          @Override
          public void record(DerivationRecord r) {
            records.add(r);
          }

          @Override
          public void problem(ReadProblem p) {
            bad.add(p.toString());
          }

          @Override
          public void warning(ReadProblem w) {}
        };
    JsonlIndex.scan(
        file,
        (line, bytes, length) -> {
          lines.add(line);
          JsonlIndex.decodeUnparsed(
              file.getFileName().toString(), line.number(), bytes, length, sink);
        },
        sink);
    return new Scanned(lines, records, bad);
  }

  @Test
  void everyLineReadsBackByItsOffsetAsTheReaderReadsIt() throws Exception {
    Path sample = Path.of("sample-derivations/synthetic.jsonl");
    Scanned s = scan(sample);
    List<DerivationRecord> whole = Datasets.load(sample).records();
    assertThat(s.records()).hasSameSizeAs(whole);
    for (int i = 0; i < whole.size(); i++) {
      DerivationRecord again = JsonlIndex.read(s.lines().get(i));
      assertThat(again).isEqualTo(whole.get(i));
      // the index's own decode: same record, LaTeX kept but not parsed
      assertThat(s.records().get(i).id()).isEqualTo(whole.get(i).id());
      assertThat(s.records().get(i).variants().get(0).step(1).raw())
          .isEqualTo(whole.get(i).variants().get(0).step(1).raw());
      assertThat(s.records().get(i).variants().get(0).step(1).tree()).isNull();
    }
  }

  @Test
  void lineEndsBomAndBlankLinesAreHandledAndBadLinesNamed() throws Exception {
    String a = "{\"id\": \"a\", \"steps\": [\"x = 1\"]}";
    String b = "{\"id\": \"b\", \"steps\": [\"y = 2\"]}";
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    String text = a + "\r\n\r\n   \n{not json\n" + b; // no final line end
    Path f = dir.resolve("mixed.jsonl");
    Files.write(f, concat(bom, text.getBytes(StandardCharsets.UTF_8)));
    Scanned s = scan(f);
    assertThat(s.records()).extracting(DerivationRecord::id).containsExactly("a", "b");
    assertThat(s.bad()).singleElement().asString().contains("mixed.jsonl:4");
    assertThat(s.lines()).extracting(JsonlIndex.Line::number).containsExactly(1L, 4L, 5L);
    assertThat(JsonlIndex.read(s.lines().get(0)).id()).isEqualTo("a");
    assertThat(JsonlIndex.read(s.lines().get(2)).variants().get(0).step(1).raw())
        .isEqualTo("y = 2");
    assertThatThrownBy(() -> JsonlIndex.read(s.lines().get(1)))
        .isInstanceOf(DatasetException.class)
        .hasMessageContaining("mixed.jsonl:4");
  }

  @Test
  void aFileChangedSinceItWasIndexedIsRefused() throws Exception {
    Path f = dir.resolve("f.jsonl");
    Files.writeString(f, "{\"id\": \"a\", \"steps\": [\"x = 1\"]}\n");
    Scanned s = scan(f);
    Files.writeString(f, "{\"id\": \"z\", \"steps\": [\"x = 1\"]}\n{}\n");
    Files.setLastModifiedTime(f, FileTime.fromMillis(0));
    assertThatThrownBy(() -> JsonlIndex.read(s.lines().get(0)))
        .isInstanceOf(DatasetException.class)
        .hasMessageContaining("changed on disk");
  }

  @Test
  void onlyUtf8JsonlIsIndexed() throws Exception {
    Path utf16 = dir.resolve("u16.jsonl");
    Files.write(
        utf16,
        concat(
            new byte[] {(byte) 0xFF, (byte) 0xFE},
            "{\"id\": \"a\", \"steps\": [\"x = 1\"]}\n".getBytes(StandardCharsets.UTF_16LE)));
    assertThat(JsonlIndex.indexable(utf16)).isFalse();
    assertThat(JsonlIndex.indexable(Path.of("sample-derivations/paper-layout_results.json")))
        .isFalse();
    assertThat(JsonlIndex.indexable(Path.of("sample-derivations/synthetic.jsonl"))).isTrue();
  }

  static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
