package org.derivx.flagger.lm;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.derivx.lm.LlamaConfig;
import org.derivx.lm.Tokenizer;

/**
 * Trains a {@link LlamaTorch} on (prompt, answer) pairs the paper's way: the loss is on the
 * answer's tokens and the end token only, the prompt is context. Adam with a linear warm-up and a
 * cosine decay; batches drawn with a seeded random, so a run is reproducible (up to the engine's
 * own non-determinism in floating-point sums).
 */
public final class LmTrainer {
  /** The training settings. */
  public record Settings(int steps, int batch, int maxLength, double learningRate, long seed) {}

  /** One example: prompt tokens (with the begin token) then answer tokens (with the end token). */
  public record Example(int[] prompt, int[] answer) {
    public int length() {
      return prompt.length + answer.length;
    }
  }

  private LmTrainer() {}

  public static Example example(Tokenizer t, String prompt, String answer) {
    int[] p = t.encode(prompt);
    int[] a = t.encode(answer);
    int[] withBos = new int[p.length + 1];
    withBos[0] = Tokenizer.BOS;
    System.arraycopy(p, 0, withBos, 1, p.length);
    int[] withEos = Arrays.copyOf(a, a.length + 1);
    withEos[a.length] = Tokenizer.EOS;
    return new Example(withBos, withEos);
  }

  /** A fresh model of sizes {@code c} trained on {@code data}: its weights, for export. */
  public static Map<String, float[]> trainNew(
      LlamaConfig c, List<Example> data, Settings s, Consumer<String> progress) {
    return trainNew(c, data, s, progress, 0, (step, w) -> {});
  }

  /**
   * As {@link #trainNew(LlamaConfig, List, Settings, Consumer)}, handing the weights to {@code
   * checkpoint} every {@code every} steps (0: never), so a long run leaves a usable model behind.
   */
  public static Map<String, float[]> trainNew(
      LlamaConfig c,
      List<Example> data,
      Settings s,
      Consumer<String> progress,
      int every,
      BiConsumer<Integer, Map<String, float[]>> checkpoint) {
    try (NDManager m = NDManager.newBaseManager();
        LlamaTorch model = LlamaTorch.init(m, c, s.seed())) {
      train(model, data, s, progress, every, checkpoint);
      return model.weights();
    }
  }

  /** Trains {@code model} in place; {@code progress} hears every 10th step's loss. */
  public static void train(
      LlamaTorch model, List<Example> data, Settings s, Consumer<String> progress) {
    train(model, data, s, progress, 0, (step, w) -> {});
  }

  private static void train(
      LlamaTorch model,
      List<Example> data,
      Settings s,
      Consumer<String> progress,
      int every,
      BiConsumer<Integer, Map<String, float[]>> checkpoint) {
    List<Example> usable = new ArrayList<>();
    for (Example e : data) {
      if (e.length() <= s.maxLength()) {
        usable.add(e);
      }
    }
    if (usable.isEmpty()) {
      throw new IllegalArgumentException("no example fits in " + s.maxLength() + " tokens");
    }
    // batches of similar length (a random window of the examples sorted by length): little of
    // a batch is padding, which on a CPU is most of the saving
    usable.sort(Comparator.comparingInt(Example::length));
    Random r = new Random(s.seed());
    Map<String, NDArray[]> adam = new HashMap<>();
    NDManager root = model.parameters().values().iterator().next().getManager();
    model.parameters().forEach((k, w) -> adam.put(k, new NDArray[] {w.zerosLike(), w.zerosLike()}));
    double avg = Double.NaN;
    long start = System.nanoTime();
    for (int step = 1; step <= s.steps(); step++) {
      try (NDManager m = root.newSubManager()) {
        int size = Math.min(s.batch(), usable.size());
        int from = r.nextInt(usable.size() - size + 1);
        List<Example> batch = usable.subList(from, from + size);
        int t = batch.stream().mapToInt(Example::length).max().orElse(1) - 1;
        int v = model.config().vocabulary();
        int[] in = new int[batch.size() * t];
        int[] target = new int[batch.size() * t];
        float[] mask = new float[batch.size() * t];
        for (int b = 0; b < batch.size(); b++) {
          Example e = batch.get(b);
          int[] all = concat(e.prompt(), e.answer());
          for (int i = 0; i < t; i++) {
            in[b * t + i] = i < all.length ? all[i] : Tokenizer.EOS;
            target[b * t + i] = i + 1 < all.length ? all[i + 1] : Tokenizer.EOS;
            mask[b * t + i] = i + 1 < all.length && i + 1 >= e.prompt().length ? 1f : 0f;
          }
        }
        NDArray ids = m.create(in, new Shape(batch.size(), t));
        NDArray tgt =
            m.create(target, new Shape(batch.size(), t)).oneHot(v).toType(DataType.FLOAT32, false);
        NDArray msk = m.create(mask, new Shape(batch.size(), t));
        double lossValue;
        try (GradientCollector gc = Engine.getInstance().newGradientCollector()) {
          NDArray logits = model.logits(ids);
          NDArray nll = logits.logSoftmax(2).mul(tgt).sum(new int[] {2}).neg();
          NDArray loss = nll.mul(msk).sum().div(msk.sum());
          gc.backward(loss);
          lossValue = loss.getFloat();
        }
        double lr = rate(s, step);
        double b1 = 0.9;
        double b2 = 0.98;
        for (Map.Entry<String, NDArray> p : model.parameters().entrySet()) {
          NDArray w = p.getValue();
          NDArray g = w.getGradient();
          g.attach(m); // temporaries live in the step's manager (first operands decide)
          NDArray[] mv = adam.get(p.getKey());
          mv[0].muli(b1).addi(g.mul(1 - b1));
          mv[1].muli(b2).addi(g.square().mul(1 - b2));
          NDArray mh = mv[0].div(1 - Math.pow(b1, step));
          mh.attach(m);
          NDArray vh = mv[1].div(1 - Math.pow(b2, step));
          vh.attach(m);
          NDArray update = mh.div(vh.sqrt().add(1e-8));
          if (w.getShape().dimension() == 2) {
            NDArray decay = w.mul(0.01); // weight decay on matrices
            decay.attach(m);
            update = update.add(decay);
          }
          w.subi(update.mul(lr));
          g.muli(0);
        }
        avg = Double.isNaN(avg) ? lossValue : 0.95 * avg + 0.05 * lossValue;
        if (step % 10 == 0 || step == s.steps()) {
          progress.accept(
              String.format(
                  Locale.ROOT,
                  "step %d/%d loss %.4f lr %.2e (%.0f s)",
                  step,
                  s.steps(),
                  avg,
                  lr,
                  (System.nanoTime() - start) / 1e9));
        }
      }
      if (every > 0 && step % every == 0 && step < s.steps()) {
        checkpoint.accept(step, model.weights());
      }
    }
  }

  private static double rate(Settings s, int step) {
    int warm = Math.max(1, s.steps() / 20);
    if (step <= warm) {
      return s.learningRate() * step / warm;
    }
    double f = (double) (step - warm) / Math.max(1, s.steps() - warm);
    return s.learningRate() * (0.1 + 0.9 * 0.5 * (1 + Math.cos(Math.PI * f)));
  }

  private static int[] concat(int[] a, int[] b) {
    int[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
