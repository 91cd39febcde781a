package org.derivx.flagger.lm;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.assertj.core.data.Offset;
import org.derivx.flagger.TorchRuntime;
import org.derivx.lm.GenerationRequest;
import org.derivx.lm.LlamaConfig;
import org.derivx.lm.LlamaGguf;
import org.derivx.lm.ModelProcess;
import org.derivx.lm.TinyLlama;
import org.derivx.lm.Tokenizer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A model trained with DJL and exported by our writer computes in llama.cpp what it computed in
 * DJL: next-token probabilities agree to 1e-3 and greedy generations are identical. llama.cpp's
 * side of the probabilities is its final hidden state (LAST pooling) times the exported output
 * matrix: the binding's own setNProbs aborts the process in 4.2.0.
 */
class ExportEquivalenceTest {
  @TempDir static Path dir;
  static Tokenizer tokenizer;
  static LlamaConfig config;
  static Map<String, float[]> weights;
  static Path gguf;

  static final List<String> PROMPTS =
      List.of("Given f{(x)} = x^{2}\n", "Given y = \\sin{(x)}\n", "Given \\int x d x\n");

  @BeforeAll
  static void trainAndExport() throws Exception {
    TorchRuntime.engine(s -> {});
    tokenizer = TinyLlama.tokenizer();
    config = new LlamaConfig(tokenizer.size(), 32, 2, 4, 64, 256, 10000f, 1e-7f);
    List<LmTrainer.Example> data = new ArrayList<>();
    for (String t : TinyLlama.TEXTS) {
      data.add(LmTrainer.example(tokenizer, "Given " + t.substring(0, 12) + "\n", t));
    }
    try (NDManager m = NDManager.newBaseManager();
        LlamaTorch model = LlamaTorch.init(m, config, 5)) {
      LmTrainer.train(model, data, new LmTrainer.Settings(40, 4, 256, 3e-3, 9), s -> {});
      weights = model.weights();
    }
    gguf = dir.resolve("trained.gguf");
    LlamaGguf.write(gguf, "trained-tiny", config, tokenizer, weights, false, Map.of());
  }

  @Test
  void nextTokenProbabilitiesAgreeTo1e3() throws Exception {
    float[] out = weights.get("output.weight");
    try (NDManager m = NDManager.newBaseManager();
        LlamaTorch model = LlamaTorch.of(m, config, weights);
        ModelProcess llama = ModelProcess.startForHiddenStates(gguf, 1)) {
      for (String prompt : PROMPTS) {
        double[] djl = softmax(lastLogits(m, model, withBos(tokenizer.encode(prompt))));
        float[] h = llama.lastHidden(prompt);
        assertThat(h).hasSize(config.dim());
        double[] hidden = unitToNormed(h, weights.get("output_norm.weight"));
        double[] logits = new double[config.vocabulary()];
        for (int v = 0; v < logits.length; v++) {
          for (int i = 0; i < hidden.length; i++) {
            logits[v] += out[v * hidden.length + i] * hidden[i];
          }
        }
        double[] cpp = softmax(logits);
        for (int v = 0; v < cpp.length; v++) {
          assertThat(cpp[v]).as(prompt + " token " + v).isCloseTo(djl[v], within(1e-3));
        }
        assertThat(argmax(cpp)).isEqualTo(argmax(djl));
      }
    }
  }

  @Test
  void greedyGenerationsAreIdentical() throws Exception {
    try (NDManager m = NDManager.newBaseManager();
        LlamaTorch model = LlamaTorch.of(m, config, weights);
        ModelProcess llama = ModelProcess.start(gguf, 1)) {
      for (String prompt : PROMPTS) {
        int[] ids = withBos(tokenizer.encode(prompt));
        List<Integer> gen = new ArrayList<>();
        for (int n = 0; n < 24; n++) {
          int next = argmax(lastLogits(m, model, ids));
          if (next == Tokenizer.EOS) {
            break;
          }
          gen.add(next);
          ids = Arrays.copyOf(ids, ids.length + 1);
          ids[ids.length - 1] = next;
        }
        String djl = tokenizer.decode(gen.stream().mapToInt(Integer::intValue).toArray());
        String cpp = llama.generate(GenerationRequest.greedy(prompt, 24), t -> {}).text();
        assertThat(cpp).as(prompt).isEqualTo(djl);
        assertThat(djl).isNotEmpty();
      }
    }
  }

  /**
   * The binding returns the final-norm state divided by its length. The RMS norm's output is
   * sqrt(d)·g⊙u with u the unit residual (up to the factor sqrt(ms/(ms+eps)), 1 within 1e-6 at eps
   * 1e-7), so u is the unit vector along h/g and the state is recovered exactly.
   */
  private static double[] unitToNormed(float[] h, float[] g) {
    double[] u = new double[h.length];
    double n = 0;
    for (int i = 0; i < h.length; i++) {
      u[i] = h[i] / g[i];
      n += u[i] * u[i];
    }
    double scale = Math.sqrt(h.length) / Math.sqrt(n);
    for (int i = 0; i < h.length; i++) {
      u[i] = g[i] * u[i] * scale;
    }
    return u;
  }

  private static Offset<Double> within(double d) {
    return Offset.offset(d);
  }

  private static int[] withBos(int[] ids) {
    int[] out = new int[ids.length + 1];
    out[0] = Tokenizer.BOS;
    System.arraycopy(ids, 0, out, 1, ids.length);
    return out;
  }

  private static double[] lastLogits(NDManager parent, LlamaTorch model, int[] ids) {
    try (NDManager m = parent.newSubManager()) {
      NDArray logits = model.logits(m.create(ids, new Shape(1, ids.length)));
      float[] all = logits.toFloatArray();
      int v = model.config().vocabulary();
      double[] last = new double[v];
      for (int i = 0; i < v; i++) {
        last[i] = all[(ids.length - 1) * v + i];
      }
      return last;
    }
  }

  private static double[] softmax(double[] x) {
    double max = Arrays.stream(x).max().orElse(0);
    double[] e = Arrays.stream(x).map(v -> Math.exp(v - max)).toArray();
    double sum = Arrays.stream(e).sum();
    return Arrays.stream(e).map(v -> v / sum).toArray();
  }

  private static int argmax(double[] x) {
    int best = 0;
    for (int i = 1; i < x.length; i++) {
      if (x[i] > x[best]) {
        best = i;
      }
    }
    return best;
  }
}
