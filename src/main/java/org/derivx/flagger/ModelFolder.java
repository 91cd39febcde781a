package org.derivx.flagger;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.derivx.derivation.StepCategory;

/**
 * A model folder's {@code config.properties} and {@code vocabulary.txt}, checked, together with the
 * weights file ({@link WeightsFile}), before anything is allocated: a damaged or hostile folder
 * gives a {@link FlaggerException} naming the file and what is wrong, never an engine error or a
 * multi-gigabyte allocation. The sizes a folder may declare:
 *
 * <ul>
 *   <li>{@code dim} 4–1024, a multiple of {@code heads}; {@code heads} 1–64; {@code layers} 1–16;
 *       {@code hidden} 4–8192; {@code relations} this version's count;
 *   <li>{@code temperature} (optional) 0.01–100; {@code bias} (optional) five numbers in −100–100;
 *       {@code uncertain} (optional) 0–1;
 *   <li>the vocabulary 4–100,000 distinct tokens, starting with the reserved ones;
 *   <li>at most 50 million weights in all (200 MB).
 * </ul>
 */
final class ModelFolder {
  static final String CONFIG = "config.properties";
  static final String VOCABULARY = "vocabulary.txt";
  static final String WEIGHTS = FlaggerModel.NAME + "-0000.params";

  static final int MAX_DIM = 1024;
  static final int MAX_HEADS = 64;
  static final int MAX_LAYERS = 16;
  static final int MAX_HIDDEN = 8192;
  static final int MAX_TOKENS = 100_000;
  static final long MAX_WEIGHTS = 50_000_000L;
  private static final long MAX_CONFIG_BYTES = 64 * 1024;
  private static final long MAX_VOCABULARY_BYTES = 16L * 1024 * 1024;

  /** What a checked folder holds, weights aside. */
  record Contents(
      Vocabulary vocabulary,
      FlaggerBlock.Config config,
      double temperature,
      float[] bias,
      double uncertain) {}

  private ModelFolder() {}

  /** Reads and checks the folder; the weights file is checked against the sizes, not loaded. */
  static Contents read(Path dir) throws FlaggerException {
    if (!Files.isDirectory(dir)) {
      throw bad(dir, Files.exists(dir) ? "not a folder" : "no such folder");
    }
    Path configFile = dir.resolve(CONFIG);
    Properties p = properties(configFile);
    String relations = p.getProperty("relations");
    if (!String.valueOf(Encoding.FEATURES).equals(relations == null ? null : relations.strip())) {
      throw bad(
          configFile,
          "the model was trained for other inputs (relations: "
              + (relations == null ? "none" : relations)
              + ", this version: "
              + Encoding.FEATURES
              + "); retrain it with derivx train");
    }
    int dim = whole(p, configFile, "dim");
    int heads = whole(p, configFile, "heads");
    int layers = whole(p, configFile, "layers");
    int hidden = whole(p, configFile, "hidden");
    String sizes = sizeProblem(dim, heads, layers, hidden);
    if (sizes != null) {
      throw bad(configFile, sizes);
    }
    double temperature = temperature(p, configFile);
    float[] bias = bias(p, configFile);
    double uncertain = uncertain(p, configFile);
    Vocabulary v = vocabulary(dir.resolve(VOCABULARY));
    FlaggerBlock.Config c = new FlaggerBlock.Config(v.size(), dim, heads, layers, hidden);
    long weights = WeightsFile.count(c);
    if (weights > MAX_WEIGHTS) {
      throw bad(
          configFile,
          String.format(
              Locale.ROOT,
              "with the vocabulary's %,d tokens, %s asks for %,d weights, more than the %,d"
                  + " allowed",
              v.size(),
              describe(c),
              weights,
              MAX_WEIGHTS));
    }
    WeightsFile.check(dir.resolve(WEIGHTS), c);
    return new Contents(v, c, temperature, bias, uncertain);
  }

  /**
   * Why these sizes are not a model this version builds, or null if they are. Shared with training,
   * whose options give the same sizes.
   */
  static String sizeProblem(int dim, int heads, int layers, int hidden) {
    String[] keys = {"dim", "heads", "layers", "hidden"};
    int[] values = {dim, heads, layers, hidden};
    int[] min = {4, 1, 1, 4};
    int[] max = {MAX_DIM, MAX_HEADS, MAX_LAYERS, MAX_HIDDEN};
    for (int i = 0; i < keys.length; i++) {
      if (values[i] < min[i] || values[i] > max[i]) {
        return String.format(
            Locale.ROOT, "%s=%d is out of range (%d to %d)", keys[i], values[i], min[i], max[i]);
      }
    }
    if (dim % heads != 0) {
      return "dim=" + dim + " is not a multiple of heads=" + heads;
    }
    return null;
  }

  static String describe(FlaggerBlock.Config c) {
    return String.format(
        Locale.ROOT,
        "dim=%d, heads=%d, layers=%d, hidden=%d",
        c.dim(),
        c.heads(),
        c.layers(),
        c.hidden());
  }

  static FlaggerException bad(Path file, String what) {
    return new FlaggerException("bad flagger model: " + file + ": " + what);
  }

  /** The file's bytes, if it is a regular file no larger than {@code max}. */
  static byte[] bytes(Path file, long max) throws FlaggerException {
    try {
      if (!Files.isRegularFile(file)) {
        throw bad(file, Files.exists(file) ? "not a regular file" : "missing");
      }
      long size = Files.size(file);
      if (size > max) {
        throw bad(
            file, String.format(Locale.ROOT, "%,d bytes, more than the %,d allowed", size, max));
      }
      try (InputStream in = Files.newInputStream(file)) {
        return in.readNBytes((int) max + 1);
      }
    } catch (NoSuchFileException e) {
      throw bad(file, "missing");
    } catch (IOException e) {
      throw bad(file, "cannot be read (" + e.getMessage() + ")");
    }
  }

  private static Properties properties(Path file) throws FlaggerException {
    byte[] b = bytes(file, MAX_CONFIG_BYTES);
    if (indexOf(b, (byte) 0) >= 0) {
      throw bad(file, "binary data, not a model configuration");
    }
    Properties p = new Properties();
    try {
      p.load(new ByteArrayInputStream(b));
    } catch (IllegalArgumentException | IOException e) {
      // Properties says "Malformed \\uxxxx encoding." and no more
      throw bad(file, "not a model configuration (a malformed \\u escape)");
    }
    return p;
  }

  private static int indexOf(byte[] b, byte x) {
    for (int i = 0; i < b.length; i++) {
      if (b[i] == x) {
        return i;
      }
    }
    return -1;
  }

  private static int whole(Properties p, Path file, String key) throws FlaggerException {
    String s = p.getProperty(key);
    if (s == null) {
      throw bad(file, "no " + key + "= line");
    }
    try {
      return Integer.parseInt(s.strip());
    } catch (NumberFormatException e) {
      throw bad(file, key + "=" + abbreviate(s) + " is not a whole number");
    }
  }

  private static double temperature(Properties p, Path file) throws FlaggerException {
    String s = p.getProperty("temperature");
    if (s == null) {
      return 1;
    }
    double t = number(s, file, "temperature");
    if (!(t >= 0.01 && t <= 100)) {
      throw bad(file, "temperature=" + abbreviate(s) + " is out of range (0.01 to 100)");
    }
    return t;
  }

  private static double uncertain(Properties p, Path file) throws FlaggerException {
    String s = p.getProperty("uncertain");
    if (s == null) {
      return 0;
    }
    double u = number(s, file, "uncertain");
    if (!(u >= 0 && u <= 1)) {
      throw bad(file, "uncertain=" + abbreviate(s) + " is out of range (0 to 1)");
    }
    return u;
  }

  private static float[] bias(Properties p, Path file) throws FlaggerException {
    float[] out = new float[StepCategory.JUDGED.size()];
    String s = p.getProperty("bias");
    if (s == null) {
      return out;
    }
    String[] parts = s.split(",", -1);
    if (parts.length != out.length) {
      throw bad(file, "bias has " + parts.length + " numbers, not " + out.length);
    }
    for (int i = 0; i < out.length; i++) {
      double b = number(parts[i], file, "bias");
      if (!(b >= -100 && b <= 100)) {
        throw bad(file, "bias " + abbreviate(parts[i]) + " is out of range (-100 to 100)");
      }
      out[i] = (float) b;
    }
    return out;
  }

  private static double number(String s, Path file, String key) throws FlaggerException {
    try {
      return Double.parseDouble(s.strip());
    } catch (NumberFormatException e) {
      throw bad(file, key + " " + abbreviate(s) + " is not a number");
    }
  }

  private static Vocabulary vocabulary(Path file) throws FlaggerException {
    byte[] b = bytes(file, MAX_VOCABULARY_BYTES);
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(b))
              .toString();
    } catch (CharacterCodingException e) {
      throw bad(file, "not UTF-8 text");
    }
    List<String> tokens = text.lines().toList();
    if (tokens.size() < Vocabulary.RESERVED.size()
        || !tokens.subList(0, Vocabulary.RESERVED.size()).equals(Vocabulary.RESERVED)) {
      throw bad(file, "does not start with the reserved tokens " + Vocabulary.RESERVED);
    }
    if (tokens.size() > MAX_TOKENS) {
      throw bad(
          file,
          String.format(
              Locale.ROOT, "%,d tokens, more than the %,d allowed", tokens.size(), MAX_TOKENS));
    }
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < tokens.size(); i++) {
      Integer before = seen.putIfAbsent(tokens.get(i), i + 1);
      if (before != null) {
        throw bad(
            file,
            "line "
                + (i + 1)
                + " repeats the token '"
                + abbreviate(tokens.get(i))
                + "' of line "
                + before);
      }
    }
    return new Vocabulary(tokens);
  }

  static String abbreviate(String s) {
    String t = s.strip();
    return t.length() <= 40 ? t : t.substring(0, 40) + "…";
  }

  static String shape(long... dims) {
    return Arrays.toString(dims).replace('[', '(').replace(']', ')');
  }
}
