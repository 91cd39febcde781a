package org.derivx.lm.gguf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.derivx.lm.LlamaConfig;
import org.derivx.lm.LlamaGguf;
import org.derivx.lm.TinyLlama;
import org.derivx.lm.Tokenizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GgufRoundTripTest {
  @TempDir Path dir;

  @Test
  void metadataAndTensorsReadBackAsWritten() throws Exception {
    Path f = dir.resolve("a.gguf");
    new GgufWriter()
        .put("general.architecture", "llama")
        .put("n", 7)
        .put("x", 0.5f)
        .put("b", true)
        .put("words", List.of("a", "bé", ""))
        .put("fs", new float[] {1f, -2f})
        .put("is", new int[] {3, -4})
        .tensor("m", GgmlType.F16, new float[] {1, 2, 3, 4, 5, 6}, 3, 2)
        .tensor("v", GgmlType.F32, new float[] {0.25f}, 1)
        .write(f);
    GgufFile g = GgufReader.read(f);
    assertThat(g.version()).isEqualTo(3);
    assertThat(g.string("general.architecture")).contains("llama");
    assertThat(g.integer("n")).contains(7L);
    assertThat(g.number("x")).contains(0.5);
    assertThat(g.bool("b")).contains(true);
    assertThat(g.strings("words")).containsExactly("a", "bé", "");
    assertThat(g.metadata().get("fs")).isEqualTo(List.of(1.0, -2.0));
    assertThat(g.metadata().get("is")).isEqualTo(List.of(3L, -4L));
    GgufFile.TensorInfo m = g.tensor("m").orElseThrow();
    assertThat(m.shape()).containsExactly(3, 2);
    assertThat(m.type()).isEqualTo(GgmlType.F16);
    assertThat(m.offset() % GgufWriter.ALIGNMENT).isZero();
    assertThat(readF16(f, m)).containsExactly(1, 2, 3, 4, 5, 6);
    GgufFile.TensorInfo v = g.tensor("v").orElseThrow();
    assertThat(v.offset() % GgufWriter.ALIGNMENT).isZero();
    assertThat(v.offset()).isGreaterThanOrEqualTo(m.offset() + m.bytes());
  }

  @Test
  void halfPrecisionRoundsToNearestEven() {
    assertThat(Half.toFloat(Half.fromFloat(1f / 3))).isEqualTo(0.33325195f);
    assertThat(Half.toFloat(Half.fromFloat(65504f))).isEqualTo(65504f);
    assertThat(Half.toFloat(Half.fromFloat(1e6f))).isInfinite();
    assertThat(Half.toFloat(Half.fromFloat(6e-8f))).isEqualTo(5.9604645e-8f); // subnormal
    assertThat(Float.isNaN(Half.toFloat(Half.fromFloat(Float.NaN)))).isTrue();
    for (int h = 0; h < 0x7c00; h++) { // every finite half survives the round trip
      assertThat(Half.fromFloat(Half.toFloat((short) h))).isEqualTo((short) h);
    }
  }

  @Test
  void aTinyLlamaHasEveryTensorOfItsShape() throws Exception {
    Path f = dir.resolve("tiny.gguf");
    Tokenizer t = TinyLlama.write(f, true);
    GgufFile g = GgufReader.read(f);
    LlamaConfig c = TinyLlama.config(t.size());
    assertThat(g.string("general.architecture")).contains("llama");
    assertThat(g.strings("tokenizer.ggml.tokens")).isEqualTo(t.pieces());
    assertThat(g.parameters()).isEqualTo(c.parameters());
    for (Map.Entry<String, int[]> e : LlamaGguf.shapes(c).entrySet()) {
      GgufFile.TensorInfo ti = g.tensor(e.getKey()).orElseThrow();
      int[] s = e.getValue();
      long[] ggml = s.length == 2 ? new long[] {s[1], s[0]} : new long[] {s[0]};
      assertThat(ti.shape()).as(e.getKey()).containsExactly(ggml);
      assertThat(ti.type()).isEqualTo(s.length == 2 ? GgmlType.F16 : GgmlType.F32);
    }
  }

  @Test
  void brokenFilesAreRefusedWithOneSentence() throws Exception {
    Path f = dir.resolve("tiny.gguf");
    TinyLlama.write(f, false);
    byte[] all = Files.readAllBytes(f);

    Path text = Files.writeString(dir.resolve("notes.gguf"), "hello, not a model\n");
    assertThatThrownBy(() -> GgufReader.read(text))
        .isInstanceOf(GgufException.class)
        .hasMessageContaining("not a GGUF model file");

    Path empty = Files.write(dir.resolve("empty.gguf"), new byte[0]);
    assertThatThrownBy(() -> GgufReader.read(empty)).hasMessageContaining("not a GGUF model file");

    Path cut = Files.write(dir.resolve("cut.gguf"), Arrays.copyOf(all, all.length / 2));
    assertThatThrownBy(() -> GgufReader.read(cut)).hasMessageContaining("truncated");

    Path header = Files.write(dir.resolve("head.gguf"), Arrays.copyOf(all, 200));
    assertThatThrownBy(() -> GgufReader.read(header)).hasMessageContaining("truncated");

    byte[] huge = all.clone(); // a tensor count of 2^62 must not allocate anything
    ByteBuffer.wrap(huge).order(ByteOrder.LITTLE_ENDIAN).putLong(8, 1L << 62);
    Path lying = Files.write(dir.resolve("lying.gguf"), huge);
    assertThatThrownBy(() -> GgufReader.read(lying)).hasMessageContaining("claims");

    byte[] v9 = all.clone();
    ByteBuffer.wrap(v9).order(ByteOrder.LITTLE_ENDIAN).putInt(4, 9);
    Path future = Files.write(dir.resolve("v9.gguf"), v9);
    assertThatThrownBy(() -> GgufReader.read(future)).hasMessageContaining("version 9");
  }

  private static float[] readF16(Path f, GgufFile.TensorInfo t) throws IOException {
    try (FileChannel ch = FileChannel.open(f, StandardOpenOption.READ)) {
      ByteBuffer b = ByteBuffer.allocate((int) t.bytes()).order(ByteOrder.LITTLE_ENDIAN);
      ch.read(b, t.offset());
      b.flip();
      float[] out = new float[(int) t.elements()];
      for (int i = 0; i < out.length; i++) {
        out[i] = Half.toFloat(b.getShort());
      }
      return out;
    }
  }
}
