package org.derivx.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.derivx.derivation.Dataset;
import org.derivx.derivation.DerivationRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Found by fuzzing (ReadersFuzzTest, jsonl): a file whose last line has no line break made the
 * decoder be used after its flush, and the whole file failed with "Current state = FLUSHED, new
 * state = CODING_END". The end of a text is now said as often as it is asked for.
 */
class LastLineTest {
  @TempDir Path tmp;

  @Test
  void aJsonlFileWithoutAFinalLineBreakKeepsItsLastRecord() throws Exception {
    Path f =
        Files.writeString(
            tmp.resolve("a.jsonl"),
            "{\"id\": \"a\", \"steps\": [\"x = 1\"]}\n{\"id\": \"b\", \"steps\": [\"y = 2\"]}");
    Dataset d = Datasets.load(f);
    assertThat(d.problems()).isEmpty();
    assertThat(d.records()).extracting(DerivationRecord::id).containsExactly("a", "b");
  }

  @Test
  void aTextFileWithoutAFinalLineBreakKeepsItsLastStep() throws Exception {
    Path f = Files.writeString(tmp.resolve("a.txt"), "x = 1\nx + 1 = 2");
    Dataset d = Datasets.load(f, Format.TEXT);
    assertThat(d.records())
        .singleElement()
        .satisfies(r -> assertThat(r.variants().get(0).size()).isEqualTo(2));
  }

  @Test
  void aBadLastLineIsAProblemNotAFailureOfTheFile() throws Exception {
    Path f =
        Files.writeString(tmp.resolve("b.jsonl"), "{\"id\": \"a\", \"steps\": [\"x = 1\"]}\n1d");
    Dataset d = Datasets.load(f);
    assertThat(d.records()).extracting(DerivationRecord::id).containsExactly("a");
    assertThat(d.problems())
        .singleElement()
        .satisfies(p -> assertThat(p.toString()).contains("b.jsonl:2"));
  }

  @Test
  void theEndIsSaidAgainAfterItWasReached() throws Exception {
    for (String text : new String[] {"", "x", "x\n", "\u00e9\ud83d\ude00"}) {
      Path f = Files.write(tmp.resolve("t.txt"), text.getBytes(StandardCharsets.UTF_8));
      try (Reader r = TextInput.open(f)) {
        char[] buf = new char[8];
        StringBuilder sb = new StringBuilder();
        int n;
        while ((n = r.read(buf, 0, buf.length)) >= 0) {
          sb.append(buf, 0, n);
        }
        assertThat(sb.toString()).isEqualTo(text);
        assertThat(r.read(buf, 0, buf.length)).isEqualTo(-1);
        assertThat(r.read(buf, 0, 1)).isEqualTo(-1);
        assertThat(r.read()).isEqualTo(-1);
      }
    }
  }
}
