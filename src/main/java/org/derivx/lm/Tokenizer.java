package org.derivx.lm;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * A SentencePiece-style vocabulary as llama.cpp's {@code llama} tokenizer reads it from a GGUF
 * file: {@code <unk>}, {@code <s>}, {@code </s>}, the 256 byte tokens {@code <0x00>}…{@code
 * <0xFF>}, single characters, then merged pieces whose scores order the merges. {@link #encode} is
 * llama.cpp's algorithm (spaces as U+2581, the highest-scoring adjacent pair merged first, ties to
 * the left, characters without a token as byte tokens), so the ids the model is trained on are the
 * ids the runtime feeds it. Immutable.
 */
public final class Tokenizer {
  public static final int UNK = 0;
  public static final int BOS = 1;
  public static final int EOS = 2;
  public static final int FIRST_BYTE = 3;

  /** GGUF token types. */
  public static final int NORMAL = 1;

  public static final int UNKNOWN = 2;
  public static final int CONTROL = 3;
  public static final int BYTE = 6;

  static final String SPACE = "\u2581";

  private final List<String> pieces;
  private final float[] scores;
  private final int[] types;
  private final Map<String, Integer> ids = new HashMap<>();

  public Tokenizer(List<String> pieces, float[] scores, int[] types) {
    if (pieces.size() != scores.length || pieces.size() != types.length) {
      throw new IllegalArgumentException("pieces, scores and types differ in length");
    }
    this.pieces = List.copyOf(pieces);
    this.scores = scores.clone();
    this.types = types.clone();
    for (int i = 0; i < this.pieces.size(); i++) {
      ids.putIfAbsent(this.pieces.get(i), i);
    }
  }

  /** The fixed head of every vocabulary: unknown, begin, end, then the 256 bytes. */
  static List<String> specials() {
    List<String> out = new ArrayList<>(List.of("<unk>", "<s>", "</s>"));
    for (int b = 0; b < 256; b++) {
      out.add(String.format(Locale.ROOT, "<0x%02X>", b));
    }
    return out;
  }

  public int size() {
    return pieces.size();
  }

  public List<String> pieces() {
    return pieces;
  }

  public float[] scores() {
    return scores.clone();
  }

  public int[] types() {
    return types.clone();
  }

  /** Token ids of {@code text}, without begin or end tokens. */
  public int[] encode(String text) {
    String escaped = text.replace(" ", SPACE);
    List<Sym> syms = new ArrayList<>();
    int offs = 0;
    while (offs < escaped.length()) {
      int cp = escaped.codePointAt(offs);
      int n = Character.charCount(cp);
      syms.add(new Sym(offs, n, syms.size() - 1, -1));
      offs += n;
    }
    for (int i = 0; i + 1 < syms.size(); i++) {
      syms.get(i).next = i + 1;
    }
    PriorityQueue<Bigram> queue =
        new PriorityQueue<>(
            (a, b) -> a.score != b.score ? Float.compare(b.score, a.score) : a.left - b.left);
    for (int i = 1; i < syms.size(); i++) {
      bigram(escaped, syms, i - 1, i, queue);
    }
    while (!queue.isEmpty()) {
      Bigram bg = queue.poll();
      Sym l = syms.get(bg.left);
      Sym r = syms.get(bg.right);
      if (l.n == 0 || r.n == 0 || l.n + r.n != bg.size) {
        continue;
      }
      l.n += r.n;
      r.n = 0;
      l.next = r.next;
      if (r.next >= 0) {
        syms.get(r.next).prev = bg.left;
      }
      bigram(escaped, syms, l.prev, bg.left, queue);
      bigram(escaped, syms, bg.left, l.next, queue);
    }
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i != -1 && !syms.isEmpty(); i = syms.get(i).next) {
      Sym s = syms.get(i);
      String piece = escaped.substring(s.start, s.start + s.n);
      Integer id = ids.get(piece);
      if (id != null) {
        out.add(id);
      } else {
        for (byte b : piece.getBytes(StandardCharsets.UTF_8)) {
          Integer bt = ids.get(String.format(Locale.ROOT, "<0x%02X>", b & 0xff));
          out.add(bt != null ? bt : UNK);
        }
      }
    }
    return out.stream().mapToInt(Integer::intValue).toArray();
  }

  private void bigram(String text, List<Sym> syms, int left, int right, PriorityQueue<Bigram> q) {
    if (left < 0 || right < 0) {
      return;
    }
    Sym l = syms.get(left);
    Sym r = syms.get(right);
    String merged = text.substring(l.start, l.start + l.n + r.n);
    Integer id = ids.get(merged);
    if (id == null) {
      return;
    }
    q.add(new Bigram(left, right, scores[id], l.n + r.n));
  }

  /** The text of {@code tokens}, control tokens left out, byte tokens joined into UTF-8. */
  public String decode(int[] tokens) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    for (int t : tokens) {
      if (t < 0 || t >= pieces.size()) {
        continue;
      }
      if (types[t] == BYTE) {
        bytes.write(Integer.parseInt(pieces.get(t).substring(3, 5), 16));
      } else if (types[t] == NORMAL) {
        byte[] b = pieces.get(t).replace(SPACE, " ").getBytes(StandardCharsets.UTF_8);
        bytes.write(b, 0, b.length);
      }
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  /** One symbol of the merge chain: a slice of the text (UTF-16 units) and its neighbours. */
  private static final class Sym {
    final int start;
    int n;
    int prev;
    int next;

    Sym(int start, int n, int prev, int next) {
      this.start = start;
      this.n = n;
      this.prev = prev;
      this.next = next;
    }
  }

  private record Bigram(int left, int right, float score, int size) {}
}
