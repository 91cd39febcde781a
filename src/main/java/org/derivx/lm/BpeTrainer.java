package org.derivx.lm;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Chooses a {@link Tokenizer}'s pieces by byte-pair merging on a corpus: texts are split into words
 * at spaces (a space stays at the front of the word after it, as SentencePiece does), and the most
 * frequent adjacent pair is merged until the vocabulary has the size asked for. Ties go to the pair
 * that sorts first, so the result depends only on the texts. Each merged piece scores below the
 * ones merged before it.
 */
public final class BpeTrainer {
  private BpeTrainer() {}

  public static Tokenizer train(List<String> texts, int vocabularySize) {
    Map<String, Integer> words = new HashMap<>();
    TreeMap<String, Integer> chars = new TreeMap<>();
    for (String t : texts) {
      String e = t.replace(" ", Tokenizer.SPACE);
      int start = 0;
      for (int i = 1; i <= e.length(); i++) {
        if (i == e.length() || e.startsWith(Tokenizer.SPACE, i)) {
          words.merge(e.substring(start, i), 1, Integer::sum);
          start = i;
        }
      }
      e.codePoints().forEach(cp -> chars.merge(new String(Character.toChars(cp)), 1, Integer::sum));
    }
    List<String> pieces = new ArrayList<>(Tokenizer.specials());
    List<Float> scores = new ArrayList<>();
    List<Integer> types = new ArrayList<>();
    for (int i = 0; i < pieces.size(); i++) {
      scores.add(0f);
      types.add(
          i == Tokenizer.UNK ? Tokenizer.UNKNOWN : i < 3 ? Tokenizer.CONTROL : Tokenizer.BYTE);
    }
    for (String c : chars.keySet()) {
      pieces.add(c);
      scores.add(0f);
      types.add(Tokenizer.NORMAL);
    }
    List<List<String>> split = new ArrayList<>();
    List<Integer> counts = new ArrayList<>();
    new TreeMap<>(words)
        .forEach(
            (w, n) -> {
              List<String> s = new ArrayList<>();
              w.codePoints().forEach(cp -> s.add(new String(Character.toChars(cp))));
              split.add(s);
              counts.add(n);
            });
    int rank = 0;
    while (pieces.size() < vocabularySize) {
      Map<String, long[]> pairs = new LinkedHashMap<>();
      Map<String, String[]> parts = new HashMap<>();
      for (int w = 0; w < split.size(); w++) {
        List<String> s = split.get(w);
        for (int i = 0; i + 1 < s.size(); i++) {
          String key = s.get(i) + "\u0000" + s.get(i + 1);
          pairs.computeIfAbsent(key, k -> new long[1])[0] += counts.get(w);
          parts.putIfAbsent(key, new String[] {s.get(i), s.get(i + 1)});
        }
      }
      String best = null;
      long bestCount = 1; // a pair seen once is not worth a token
      for (Map.Entry<String, long[]> e : pairs.entrySet()) {
        long n = e.getValue()[0];
        if (n > bestCount || (n == bestCount && best != null && e.getKey().compareTo(best) < 0)) {
          best = e.getKey();
          bestCount = n;
        }
      }
      if (best == null) {
        break;
      }
      String[] ab = parts.get(best);
      String merged = ab[0] + ab[1];
      for (List<String> s : split) {
        for (int i = 0; i + 1 < s.size(); i++) {
          if (s.get(i).equals(ab[0]) && s.get(i + 1).equals(ab[1])) {
            s.set(i, merged);
            s.remove(i + 1);
          }
        }
      }
      if (!pieces.contains(merged)) {
        pieces.add(merged);
        scores.add(-(float) ++rank);
        types.add(Tokenizer.NORMAL);
      }
    }
    float[] sc = new float[scores.size()];
    int[] ty = new int[types.size()];
    for (int i = 0; i < sc.length; i++) {
      sc[i] = scores.get(i);
      ty[i] = types.get(i);
    }
    return new Tokenizer(pieces, sc, ty);
  }
}
