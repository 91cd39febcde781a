package org.derivx.flagger;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.derivx.derivation.StepCategory;

/**
 * A flagger's weights file ({@code flagger-0000.params}, DJL's format) checked against the sizes
 * the folder declares, before DJL reads it. DJL trusts the file: it allocates whatever length an
 * array claims and reports a short file as "null". So the file is walked here first, reading only
 * the few bytes around each array (the arrays themselves are skipped): the header, then each
 * parameter in the order {@link FlaggerBlock} declares them, with its name, type, shape and length,
 * up to the end of the file. The block's own metadata between arrays is not interpreted, only
 * bounded.
 */
final class WeightsFile {
  /** One parameter array: where it belongs, DJL's name for it, its shape. */
  record Weight(String label, String name, long[] shape) {
    long count() {
      long n = 1;
      for (long d : shape) {
        n *= d;
      }
      return n;
    }
  }

  /** Metadata between two arrays is a few hundred bytes; anything longer is not this format. */
  private static final int MAX_GAP = 64 * 1024;

  private static final byte[] MAGIC = "DJL@".getBytes(StandardCharsets.US_ASCII);

  private WeightsFile() {}

  /** The network's parameters, in the order DJL saves them (own, then children, depth first). */
  static List<Weight> expected(FlaggerBlock.Config c) {
    List<Weight> w = new ArrayList<>();
    int d = c.dim();
    w.add(new Weight("tokens", "embedding", new long[] {c.vocabulary(), d}));
    w.add(new Weight("positions", "embedding", new long[] {Encoding.MAX_TOKENS, d}));
    w.add(new Weight("roles", "embedding", new long[] {Encoding.ROLES, d}));
    w.add(new Weight("indices", "embedding", new long[] {Encoding.MAX_EQUATIONS, d}));
    linear(w, "relations", d, Encoding.FEATURES);
    layer(w, "reader", c);
    for (int i = 0; i < c.layers(); i++) {
      layer(w, "encoder" + i, c);
    }
    linear(w, "output", StepCategory.JUDGED.size(), d);
    linear(w, "direct", StepCategory.JUDGED.size(), Encoding.FEATURES);
    return w;
  }

  private static void layer(List<Weight> w, String name, FlaggerBlock.Config c) {
    int d = c.dim();
    for (String p : List.of("key", "query", "value", "result")) {
      linear(w, name + ".attention." + p, d, d);
    }
    norm(w, name + ".attentionNorm", d);
    linear(w, name + ".hidden", c.hidden(), d);
    linear(w, name + ".output", d, c.hidden());
    norm(w, name + ".outputNorm", d);
  }

  private static void linear(List<Weight> w, String name, long units, long in) {
    w.add(new Weight(name + ".weight", "weight", new long[] {units, in}));
    w.add(new Weight(name + ".bias", "bias", new long[] {units}));
  }

  private static void norm(List<Weight> w, String name, long d) {
    for (String p : List.of("gamma", "beta", "runningMean", "runningVar")) {
      w.add(new Weight(name + "." + p, p, new long[] {d}));
    }
  }

  /** How many numbers a model of these sizes has. */
  static long count(FlaggerBlock.Config c) {
    return expected(c).stream().mapToLong(Weight::count).sum();
  }

  /** Throws, naming the file and what is wrong, unless it holds exactly {@code c}'s weights. */
  static void check(Path file, FlaggerBlock.Config c) throws FlaggerException {
    List<Weight> expected = expected(c);
    long needed = 4 * count(c);
    long size;
    try {
      if (!Files.isRegularFile(file)) {
        throw ModelFolder.bad(file, Files.exists(file) ? "not a regular file" : "missing");
      }
      size = Files.size(file);
    } catch (IOException e) {
      throw ModelFolder.bad(file, "cannot be read (" + e.getMessage() + ")");
    }
    if (size < needed) {
      throw ModelFolder.bad(
          file,
          String.format(
              Locale.ROOT,
              "truncated, or made for a smaller model: %,d bytes, but %,d tokens with %s need"
                  + " %,d weights (%,d bytes)",
              size,
              c.vocabulary(),
              ModelFolder.describe(c),
              needed / 4,
              needed));
    }
    try (Counting counting = new Counting(Files.newInputStream(file))) {
      DataInputStream in = new DataInputStream(counting);
      header(file, in);
      for (int k = 0; k < expected.size(); k++) {
        Weight w = expected.get(k);
        String which =
            String.format(Locale.ROOT, "weight %d of %d (%s)", k + 1, expected.size(), w.label());
        seek(file, counting, w, which);
        long length = array(file, in, w, which, c);
        if (length > size - counting.position) {
          throw ModelFolder.bad(file, "truncated inside " + which);
        }
        in.skipNBytes(length);
      }
      if (counting.position != size) {
        throw ModelFolder.bad(
            file,
            String.format(
                Locale.ROOT,
                "%,d bytes follow the last weight: damaged, or not made for %s",
                size - counting.position,
                ModelFolder.describe(c)));
      }
    } catch (EOFException e) {
      throw ModelFolder.bad(file, "truncated");
    } catch (IOException e) {
      throw ModelFolder.bad(file, "damaged (" + e.getMessage() + ")");
    }
  }

  private static void header(Path file, DataInputStream in) throws IOException, FlaggerException {
    byte[] magic = new byte[MAGIC.length];
    in.readFully(magic);
    if (!Arrays.equals(magic, MAGIC)) {
      throw ModelFolder.bad(file, "not a DJL weights file (it does not start with DJL@)");
    }
    in.readInt(); // DJL's format version: DJL checks it
    String name = in.readUTF();
    if (!name.equals(FlaggerModel.NAME)) {
      throw ModelFolder.bad(
          file, "holds the weights of '" + ModelFolder.abbreviate(name) + "', not of the flagger");
    }
    String type = in.readUTF();
    if (!type.equals("FLOAT32")) {
      throw ModelFolder.bad(
          file, "holds " + ModelFolder.abbreviate(type) + " weights, the flagger's are FLOAT32");
    }
  }

  /**
   * Reads up to and including the start of {@code w}'s array: DJL writes the char 'P', a version
   * byte, the parameter's name (modified UTF-8), then the array, which starts with "NDAR".
   */
  private static void seek(Path file, Counting in, Weight w, String which)
      throws IOException, FlaggerException {
    byte[] name = w.name().getBytes(StandardCharsets.UTF_8);
    byte[] pattern = new byte[3 + 2 + name.length + 6];
    pattern[1] = 'P';
    pattern[2] = 1;
    pattern[3] = (byte) (name.length >> 8);
    pattern[4] = (byte) name.length;
    System.arraycopy(name, 0, pattern, 5, name.length);
    System.arraycopy(new byte[] {0, 4, 'N', 'D', 'A', 'R'}, 0, pattern, 5 + name.length, 6);
    byte[] window = new byte[pattern.length];
    long start = in.position;
    for (long read = 0; ; read++) {
      int b = in.read();
      if (b < 0) {
        throw ModelFolder.bad(file, "truncated: " + which + " is missing");
      }
      System.arraycopy(window, 1, window, 0, window.length - 1);
      window[window.length - 1] = (byte) b;
      if (read + 1 >= pattern.length && Arrays.equals(window, pattern)) {
        return;
      }
      if (read >= MAX_GAP) {
        throw ModelFolder.bad(
            file,
            String.format(
                Locale.ROOT,
                "damaged, or not a flagger's weights: no %s after byte %,d",
                which,
                start));
      }
    }
  }

  /** Reads an array's header (after "NDAR") and returns its data length, checked. */
  private static long array(
      Path file, DataInputStream in, Weight w, String which, FlaggerBlock.Config c)
      throws IOException, FlaggerException {
    int version = in.readInt();
    if (version < 1 || version > 3) {
      throw ModelFolder.bad(file, which + " is damaged (array format " + version + ")");
    }
    if (version > 1 && in.readByte() == 1) {
      in.readUTF(); // the array's own name, unused
    }
    in.readUTF(); // sparse format
    String type = in.readUTF();
    if (!type.equals("FLOAT32")) {
      throw ModelFolder.bad(
          file, which + " holds " + ModelFolder.abbreviate(type) + " numbers, not FLOAT32");
    }
    int dims = in.readInt();
    if (dims < 0 || dims > 8) {
      throw ModelFolder.bad(file, which + " is damaged (" + dims + " dimensions)");
    }
    long[] shape = new long[dims];
    for (int i = 0; i < dims; i++) {
      shape[i] = in.readLong();
    }
    int layout = in.readInt();
    if (layout < 0 || layout > 8) {
      throw ModelFolder.bad(file, which + " is damaged (layout of " + layout + ")");
    }
    in.skipNBytes(2L * layout);
    if (version > 2) {
      in.readByte(); // byte order
    }
    long length = in.readInt();
    if (!Arrays.equals(shape, w.shape())) {
      String source =
          w.label().equals("tokens")
              ? c.vocabulary() + " tokens in " + ModelFolder.VOCABULARY + " and dim=" + c.dim()
              : ModelFolder.describe(c) + " in " + ModelFolder.CONFIG;
      throw ModelFolder.bad(
          file,
          which
              + " has shape "
              + ModelFolder.shape(shape)
              + ", but "
              + source
              + " need "
              + ModelFolder.shape(w.shape()));
    }
    if (length != 4 * w.count()) {
      throw ModelFolder.bad(
          file,
          String.format(
              Locale.ROOT, "%s is damaged: %,d bytes for %,d numbers", which, length, w.count()));
    }
    return length;
  }

  /** Counts the bytes read, so that lengths are checked against what is left of the file. */
  private static final class Counting extends FilterInputStream {
    long position;

    Counting(InputStream in) {
      super(new BufferedInputStream(in));
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        position++;
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        position += n;
      }
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      long s = super.skip(n);
      position += s;
      return s;
    }
  }
}
