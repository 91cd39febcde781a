package org.derivx.lm;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Test fixtures written by our own code: a tiny llama-architecture model with random weights (a
 * fixed seed, so the same bytes every time) and a vocabulary learnt from a few equations.
 */
public final class TinyLlama {
  private TinyLlama() {}

  public static final List<String> TEXTS =
      List.of(
          "Given f{(x)} = x^{2} and g = \\frac{d}{d x} f{(x)}, then obtain g = 2 x",
          "f{(x)} = x^{2} and \\frac{d}{d x} f{(x)} = 2 x and g = 2 x",
          "y = \\sin{(x)} and \\frac{d}{d x} y = \\cos{(x)}",
          "\\int x d x = \\frac{x^{2}}{2} + C");

  public static Tokenizer tokenizer() {
    return BpeTrainer.train(TEXTS, 330);
  }

  public static LlamaConfig config(int vocabulary) {
    return new LlamaConfig(vocabulary, 32, 2, 4, 64, 2048, 10000f, 1e-5f);
  }

  /** Random weights of the model's shapes: matrices N(0, 0.2²), norms 1. */
  public static Map<String, float[]> weights(LlamaConfig c, long seed) {
    Random r = new Random(seed);
    Map<String, float[]> out = new LinkedHashMap<>();
    for (Map.Entry<String, int[]> e : LlamaGguf.shapes(c).entrySet()) {
      int n = 1;
      for (int d : e.getValue()) {
        n *= d;
      }
      float[] w = new float[n];
      for (int i = 0; i < n; i++) {
        w[i] = e.getValue().length == 1 ? 1f : (float) (r.nextGaussian() * 0.2);
      }
      out.put(e.getKey(), w);
    }
    return out;
  }

  /** Writes the tiny model to {@code file} and returns its tokenizer. */
  public static Tokenizer write(Path file, boolean f16) throws IOException {
    Tokenizer t = tokenizer();
    LlamaConfig c = config(t.size());
    LlamaGguf.write(file, "tiny-random", c, t, weights(c, 42), f16, Map.of());
    return t;
  }
}
