package org.derivx.lm.gguf;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a GGUF file's header (versions 2 and 3) without trusting it: every length and count is
 * checked against the bytes left before anything is allocated, so a corrupt or hostile file is
 * refused with a sentence, never an out-of-memory error or a hang. Tensor data is not read, only
 * checked to lie within the file. llama.cpp itself reports such files less clearly (or crashes).
 */
public final class GgufReader {
  private static final long MAX_COUNT = 1L << 24;
  private static final int WINDOW = 1 << 16;

  private final FileChannel ch;
  private final long size;
  private final ByteBuffer buf = ByteBuffer.allocate(WINDOW).order(ByteOrder.LITTLE_ENDIAN);
  private long bufStart;

  private GgufReader(FileChannel ch) throws IOException {
    this.ch = ch;
    this.size = ch.size();
    buf.limit(0);
  }

  public static GgufFile read(Path file) throws IOException, GgufException {
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
      return new GgufReader(ch).header();
    }
  }

  private GgufFile header() throws IOException, GgufException {
    if (size < 4) {
      throw new GgufException(
          "it is not a GGUF model file (" + size + " bytes; a GGUF file starts with 'GGUF')");
    }
    byte[] magic = bytes(4);
    if (magic[0] != 'G' || magic[1] != 'G' || magic[2] != 'U' || magic[3] != 'F') {
      throw new GgufException(
          String.format(
              Locale.ROOT,
              "it is not a GGUF model file (it starts with bytes %02X %02X %02X %02X, not"
                  + " 'GGUF'); convert the model with llama.cpp's convert_hf_to_gguf.py",
              magic[0],
              magic[1],
              magic[2],
              magic[3]));
    }
    long version = u32();
    if (version != 2 && version != 3) {
      throw new GgufException(
          "it is GGUF version " + version + "; this runtime reads versions 2 and 3");
    }
    long tensorCount = count(u64(), 8, "tensors");
    long kvCount = count(u64(), 8, "metadata entries");
    Map<String, Object> meta = new HashMap<>();
    for (long i = 0; i < kvCount; i++) {
      String key = string();
      long type = u32();
      meta.put(key, value(type, key));
    }
    long alignment = meta.get("general.alignment") instanceof Long a ? a : 32;
    if (alignment <= 0 || alignment > 1 << 20 || (alignment & (alignment - 1)) != 0) {
      throw new GgufException("its general.alignment " + alignment + " is not a power of two");
    }
    List<long[]> shapes = new ArrayList<>();
    List<String> names = new ArrayList<>();
    List<Long> types = new ArrayList<>();
    List<Long> offsets = new ArrayList<>();
    for (long i = 0; i < tensorCount; i++) {
      names.add(string());
      long dims = u32();
      if (dims < 1 || dims > 4) {
        throw new GgufException(
            "tensor '" + names.get(names.size() - 1) + "' has " + dims + " dimensions (1 to 4)");
      }
      long[] shape = new long[(int) dims];
      for (int d = 0; d < dims; d++) {
        shape[d] = u64();
        if (shape[d] < 0 || shape[d] > 1L << 40) {
          throw new GgufException(
              "tensor '" + names.get(names.size() - 1) + "' has a corrupt shape");
        }
      }
      shapes.add(shape);
      types.add(u32());
      offsets.add(u64());
    }
    long dataStart = (position() + alignment - 1) / alignment * alignment;
    List<GgufFile.TensorInfo> tensors = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      tensors.add(tensor(names.get(i), shapes.get(i), types.get(i), offsets.get(i), dataStart));
    }
    return new GgufFile(version, meta, tensors, size);
  }

  private GgufFile.TensorInfo tensor(String name, long[] shape, long typeId, long rel, long start)
      throws GgufException {
    GgmlType type = GgmlType.of(typeId);
    if (type == null) {
      throw new GgufException(
          "tensor '"
              + name
              + "' has tensor type "
              + typeId
              + ", which this runtime's llama.cpp does not know (a newer or retired format)");
    }
    long n;
    try {
      n = 1;
      for (long d : shape) {
        n = Math.multiplyExact(n, d);
      }
    } catch (ArithmeticException e) {
      throw new GgufException("tensor '" + name + "' has a corrupt shape");
    }
    long bytes = type.bytes(n);
    if (bytes < 0 || !type.fitsRow(shape[0])) {
      throw new GgufException(
          "tensor '" + name + "' has rows that are not whole " + type + " blocks (corrupt)");
    }
    long offset = start + rel;
    if (rel < 0 || offset < start || offset + bytes > size || offset + bytes < offset) {
      throw new GgufException(
          String.format(
              Locale.ROOT,
              "it is truncated: tensor '%s' needs bytes up to %d but the file has %d",
              name,
              offset + bytes,
              size));
    }
    return new GgufFile.TensorInfo(name, shape, type, offset, bytes);
  }

  private Object value(long type, String key) throws IOException, GgufException {
    return switch ((int) type) {
      case GgufValueType.UINT8 -> (long) (byte1() & 0xff);
      case GgufValueType.INT8 -> (long) byte1();
      case GgufValueType.UINT16 -> (long) (u16() & 0xffff);
      case GgufValueType.INT16 -> (long) (short) u16();
      case GgufValueType.UINT32 -> u32();
      case GgufValueType.INT32 -> (long) (int) u32();
      case GgufValueType.FLOAT32 -> (double) Float.intBitsToFloat((int) u32());
      case GgufValueType.BOOL -> byte1() != 0;
      case GgufValueType.STRING -> string();
      case GgufValueType.UINT64, GgufValueType.INT64 -> u64();
      case GgufValueType.FLOAT64 -> Double.longBitsToDouble(u64());
      case GgufValueType.ARRAY -> array(key);
      default ->
          throw new GgufException("metadata '" + key + "' has an unknown value type " + type);
    };
  }

  private List<Object> array(String key) throws IOException, GgufException {
    long type = u32();
    if (type == GgufValueType.ARRAY) {
      throw new GgufException("metadata '" + key + "' is an array of arrays (not supported)");
    }
    int each = GgufValueType.size(type);
    long n = count(u64(), each > 0 ? each : 8, "values of '" + key + "'");
    List<Object> out = new ArrayList<>((int) Math.min(n, 1 << 20));
    for (long i = 0; i < n; i++) {
      out.add(value(type, key));
    }
    return out;
  }

  /** A count that the rest of the file could hold at {@code minBytes} per item. */
  private long count(long n, int minBytes, String what) throws GgufException {
    long left = size - position();
    if (n < 0 || n > MAX_COUNT || n > left / minBytes) {
      throw new GgufException(
          "it is truncated or corrupt: it claims " + Long.toUnsignedString(n) + " " + what);
    }
    return n;
  }

  private String string() throws IOException, GgufException {
    long n = u64();
    if (n < 0 || n > size - position()) {
      throw new GgufException(
          "it is truncated or corrupt: a string of " + Long.toUnsignedString(n) + " bytes");
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes((int) n)))
          .toString();
    } catch (CharacterCodingException e) {
      throw new GgufException("it holds a string that is not UTF-8 (corrupt)");
    }
  }

  private long position() {
    return bufStart + buf.position();
  }

  private void need(int n) throws IOException, GgufException {
    if (buf.remaining() >= n) {
      return;
    }
    long pos = position();
    if (pos + n > size) {
      throw new GgufException(
          "it is truncated: its header ends at byte " + size + " in the middle of an entry");
    }
    buf.clear();
    ch.position(pos);
    bufStart = pos;
    while (buf.position() < Math.min(WINDOW, size - pos)) {
      if (ch.read(buf) < 0) {
        break;
      }
    }
    buf.flip();
    if (buf.remaining() < n) {
      throw new GgufException("it is truncated: it ends at byte " + size);
    }
  }

  private byte[] bytes(int n) throws IOException, GgufException {
    byte[] out = new byte[n];
    int done = 0;
    while (done < n) {
      int chunk = Math.min(n - done, WINDOW);
      need(chunk);
      buf.get(out, done, chunk);
      done += chunk;
    }
    return out;
  }

  private byte byte1() throws IOException, GgufException {
    need(1);
    return buf.get();
  }

  private int u16() throws IOException, GgufException {
    need(2);
    return buf.getShort();
  }

  private long u32() throws IOException, GgufException {
    need(4);
    return buf.getInt() & 0xffffffffL;
  }

  private long u64() throws IOException, GgufException {
    need(8);
    return buf.getLong();
  }
}
