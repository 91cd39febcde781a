package org.derivx.lm.gguf;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a GGUF file (version 3, little-endian): metadata, tensor descriptions, then the tensor
 * data, each tensor aligned to {@link #ALIGNMENT} bytes. Tensors are F32 or F16. Shapes are given
 * in GGML's order, fastest dimension first: a PyTorch weight of shape (out, in) is {@code (in,
 * out)} here, with the same bytes.
 */
public final class GgufWriter {
  public static final int ALIGNMENT = 32;

  private static final byte[] MAGIC = {'G', 'G', 'U', 'F'};

  private final Map<String, Object> metadata = new LinkedHashMap<>();
  private final List<Tensor> tensors = new ArrayList<>();

  private record Tensor(String name, long[] shape, GgmlType type, float[] data) {}

  /** A string, boolean, Integer (u32), Float (f32), List of String, float[] or int[] value. */
  public GgufWriter put(String key, Object value) {
    if (!(value instanceof String
        || value instanceof Boolean
        || value instanceof Integer
        || value instanceof Float
        || value instanceof List<?>
        || value instanceof float[]
        || value instanceof int[])) {
      throw new IllegalArgumentException("unsupported metadata value for " + key + ": " + value);
    }
    metadata.put(key, value);
    return this;
  }

  /** A tensor of F32 values (or F16 when {@code type} says so), shape fastest dimension first. */
  public GgufWriter tensor(String name, GgmlType type, float[] data, long... shape) {
    if (type != GgmlType.F32 && type != GgmlType.F16) {
      throw new IllegalArgumentException("only F32 and F16 tensors are written: " + type);
    }
    long n = 1;
    for (long d : shape) {
      n *= d;
    }
    if (n != data.length) {
      throw new IllegalArgumentException(
          name + ": " + data.length + " values for a shape of " + n + " elements");
    }
    tensors.add(new Tensor(name, shape.clone(), type, data));
    return this;
  }

  public void write(Path file) throws IOException {
    try (OutputStream raw = Files.newOutputStream(file);
        OutputStream out = new BufferedOutputStream(raw, 1 << 16)) {
      Sink s = new Sink(out);
      s.bytes(MAGIC);
      s.u32(3);
      s.u64(tensors.size());
      s.u64(metadata.size());
      for (Map.Entry<String, Object> e : metadata.entrySet()) {
        s.string(e.getKey());
        value(s, e.getValue());
      }
      long offset = 0;
      for (Tensor t : tensors) {
        s.string(t.name());
        s.u32(t.shape().length);
        for (long d : t.shape()) {
          s.u64(d);
        }
        s.u32(t.type().id());
        s.u64(offset);
        offset = align(offset + t.type().bytes(t.data().length));
      }
      s.pad();
      for (Tensor t : tensors) {
        if (t.type() == GgmlType.F32) {
          for (float f : t.data()) {
            s.f32(f);
          }
        } else {
          for (float f : t.data()) {
            s.u16(Half.fromFloat(f));
          }
        }
        s.pad();
      }
    }
  }

  private static long align(long n) {
    return (n + ALIGNMENT - 1) / ALIGNMENT * ALIGNMENT;
  }

  private static void value(Sink s, Object v) throws IOException {
    if (v instanceof String str) {
      s.u32(GgufValueType.STRING);
      s.string(str);
    } else if (v instanceof Boolean b) {
      s.u32(GgufValueType.BOOL);
      s.u8(b ? 1 : 0);
    } else if (v instanceof Integer i) {
      s.u32(GgufValueType.UINT32);
      s.u32(i);
    } else if (v instanceof Float f) {
      s.u32(GgufValueType.FLOAT32);
      s.f32(f);
    } else if (v instanceof float[] fs) {
      s.u32(GgufValueType.ARRAY);
      s.u32(GgufValueType.FLOAT32);
      s.u64(fs.length);
      for (float f : fs) {
        s.f32(f);
      }
    } else if (v instanceof int[] is) {
      s.u32(GgufValueType.ARRAY);
      s.u32(GgufValueType.INT32);
      s.u64(is.length);
      for (int i : is) {
        s.u32(i);
      }
    } else {
      List<?> list = (List<?>) v;
      s.u32(GgufValueType.ARRAY);
      s.u32(GgufValueType.STRING);
      s.u64(list.size());
      for (Object o : list) {
        s.string((String) o);
      }
    }
  }

  /** Little-endian output that counts its bytes, for the alignment padding. */
  private static final class Sink {
    private final OutputStream out;
    private final ByteBuffer buf = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN);
    private long written;

    Sink(OutputStream out) {
      this.out = out;
    }

    void bytes(byte[] b) throws IOException {
      out.write(b);
      written += b.length;
    }

    void u8(int v) throws IOException {
      out.write(v);
      written++;
    }

    void u16(short v) throws IOException {
      buf.clear();
      buf.putShort(v);
      out.write(buf.array(), 0, 2);
      written += 2;
    }

    void u32(long v) throws IOException {
      buf.clear();
      buf.putInt((int) v);
      out.write(buf.array(), 0, 4);
      written += 4;
    }

    void u64(long v) throws IOException {
      buf.clear();
      buf.putLong(v);
      out.write(buf.array(), 0, 8);
      written += 8;
    }

    void f32(float v) throws IOException {
      buf.clear();
      buf.putFloat(v);
      out.write(buf.array(), 0, 4);
      written += 4;
    }

    void string(String s) throws IOException {
      byte[] b = s.getBytes(StandardCharsets.UTF_8);
      u64(b.length);
      bytes(b);
    }

    void pad() throws IOException {
      while (written % ALIGNMENT != 0) {
        u8(0);
      }
    }
  }
}
