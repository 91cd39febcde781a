package org.derivx.flagger;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The flagger's fixed token vocabulary, saved with the model ({@code vocabulary.txt}, one token per
 * line, the line number is the id). The first ids are reserved: padding, unknown, the derivation
 * start and the step marker.
 */
public final class Vocabulary {
  public static final String PAD = "[PAD]";
  public static final String UNK = "[UNK]";
  public static final String CLS = "[CLS]";
  public static final String STEP = "[STEP]";
  static final List<String> RESERVED = List.of(PAD, UNK, CLS, STEP);

  private final List<String> tokens;
  private final Map<String, Integer> ids = new HashMap<>();

  public Vocabulary(List<String> tokens) {
    if (!tokens.subList(0, RESERVED.size()).equals(RESERVED)) {
      throw new IllegalArgumentException("a vocabulary starts with " + RESERVED);
    }
    this.tokens = List.copyOf(tokens);
    for (int i = 0; i < tokens.size(); i++) {
      ids.put(tokens.get(i), i);
    }
  }

  /** Reserved tokens, then every token seen at least {@code minCount} times, by frequency. */
  public static Vocabulary build(Map<String, Integer> counts, int minCount) {
    List<String> out = new ArrayList<>(RESERVED);
    counts.entrySet().stream()
        .filter(e -> e.getValue() >= minCount && !RESERVED.contains(e.getKey()))
        .sorted(
            Map.Entry.<String, Integer>comparingByValue()
                .reversed()
                .thenComparing(Map.Entry.comparingByKey()))
        .forEach(e -> out.add(e.getKey()));
    return new Vocabulary(out);
  }

  public int id(String token) {
    return ids.getOrDefault(token, 1);
  }

  public int size() {
    return tokens.size();
  }

  public List<String> tokens() {
    return tokens;
  }

  public void save(Path file) throws IOException {
    Files.write(file, tokens, StandardCharsets.UTF_8);
  }

  public static Vocabulary load(Path file) throws IOException {
    return new Vocabulary(Files.readAllLines(file, StandardCharsets.UTF_8));
  }
}
