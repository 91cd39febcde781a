package org.derivx.flagger;

import ai.djl.MalformedModelException;
import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.pytorch.jni.JniUtils;
import ai.djl.training.ParameterStore;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.function.Consumer;
import org.derivx.derivation.Derivation;
import org.derivx.derivation.StepCategory;

/**
 * A trained flagger: vocabulary, network and calibration temperature, saved in one directory
 * ({@code flagger-0000.params}, {@code vocabulary.txt}, {@code config.properties}). {@link
 * #predict} gives, per step, a calibrated probability for each category of {@link
 * StepCategory#JUDGED}, and {@link #uncertain} says when the top one is not to be trusted.
 */
public final class FlaggerModel implements AutoCloseable {
  static final String NAME = "flagger";

  private final Model model;
  private final FlaggerBlock block;
  private final Vocabulary vocabulary;
  private double temperature;
  private float[] bias = new float[StepCategory.JUDGED.size()];
  private double uncertain;

  /** A loaded model predicts through this forward pass in plain Java (null while training). */
  private JavaInference java;

  private FlaggerModel(Model model, FlaggerBlock block, Vocabulary vocabulary, double temperature) {
    this.model = model;
    this.block = block;
    this.vocabulary = vocabulary;
    this.temperature = temperature;
  }

  /** A fresh, untrained network (for training). */
  static FlaggerModel create(Vocabulary v, FlaggerBlock.Config c, Consumer<String> notice)
      throws FlaggerException {
    String sizes = ModelFolder.sizeProblem(c.dim(), c.heads(), c.layers(), c.hidden());
    if (sizes == null && WeightsFile.count(c) > ModelFolder.MAX_WEIGHTS) {
      sizes =
          String.format(
              Locale.ROOT,
              "%,d weights (%,d tokens, %s), more than the %,d allowed",
              WeightsFile.count(c),
              c.vocabulary(),
              ModelFolder.describe(c),
              ModelFolder.MAX_WEIGHTS);
    }
    if (sizes != null) {
      throw new FlaggerException("cannot build this flagger: " + sizes);
    }
    TorchRuntime.engine(notice);
    Model m = Model.newInstance(NAME, "PyTorch");
    FlaggerBlock b = new FlaggerBlock(c);
    m.setBlock(b);
    // only the ids' shape matters: the blocks initialise from it
    b.initialize(
        m.getNDManager(),
        DataType.FLOAT32,
        new Shape(1, 2, 8),
        new Shape(2, 8, 1),
        new Shape(1, 2),
        new Shape(1, 1, 1, 2),
        new Shape(1, 2, Encoding.FEATURES),
        new Shape(2, 8),
        new Shape(1, 2),
        new Shape(2, 1, 1, 8),
        new Shape(2, 1));
    return new FlaggerModel(m, b, v, 1.0);
  }

  /**
   * Loads a model folder. The folder is checked first ({@link ModelFolder}): sizes in range and
   * consistent with the vocabulary and the weights file, so a damaged folder is refused with the
   * file and the reason before anything is allocated.
   */
  public static FlaggerModel load(Path dir, Consumer<String> notice) throws FlaggerException {
    ModelFolder.Contents c = ModelFolder.read(dir);
    FlaggerModel f;
    try {
      f = create(c.vocabulary(), c.config(), notice);
    } catch (RuntimeException e) {
      throw new FlaggerException("cannot build the flagger model of " + dir + ": " + e, e);
    }
    try {
      // exactly the file ModelFolder checked, not whichever epoch is highest
      f.model.load(dir, NAME, Map.of("epoch", "0"));
      // a loaded model only predicts: without gradients PyTorch records no autograd graph, on
      // whatever thread predicts (grad mode is per thread, and only the engine's is off)
      f.block.freezeParameters(true);
      f.java = new JavaInference(f.block);
      f.temperature = c.temperature();
      f.bias = c.bias();
      f.uncertain = c.uncertain();
      return f;
    } catch (IOException | MalformedModelException | RuntimeException e) {
      f.close();
      String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      throw new FlaggerException(
          "cannot load the flagger model from " + dir + ": " + ModelFolder.WEIGHTS + ": " + why, e);
    }
  }

  public void save(Path dir) throws IOException {
    Files.createDirectories(dir);
    model.save(dir, NAME);
    vocabulary.save(dir.resolve("vocabulary.txt"));
    saveConfig(dir);
  }

  /** Rewrites only {@code config.properties} (sizes, temperature, offsets): the weights stay. */
  public void saveConfig(Path dir) throws IOException {
    Properties p = new Properties();
    FlaggerBlock.Config c = block.config();
    p.setProperty("dim", String.valueOf(c.dim()));
    p.setProperty("heads", String.valueOf(c.heads()));
    p.setProperty("layers", String.valueOf(c.layers()));
    p.setProperty("hidden", String.valueOf(c.hidden()));
    p.setProperty("relations", String.valueOf(Encoding.FEATURES));
    p.setProperty("temperature", String.format(Locale.ROOT, "%.4f", temperature));
    StringBuilder bs = new StringBuilder();
    for (float x : bias) {
      bs.append(bs.length() == 0 ? "" : ",").append(String.format(Locale.ROOT, "%.3f", x));
    }
    p.setProperty("bias", bs.toString());
    p.setProperty("uncertain", String.format(Locale.ROOT, "%.2f", uncertain));
    try (OutputStream out = Files.newOutputStream(dir.resolve("config.properties"))) {
      p.store(out, "derivx flagger");
    }
  }

  Model model() {
    return model;
  }

  FlaggerBlock block() {
    return block;
  }

  public Vocabulary vocabulary() {
    return vocabulary;
  }

  public double temperature() {
    return temperature;
  }

  void setTemperature(double t) {
    temperature = t;
  }

  /**
   * Makes a loaded model trainable again (fine-tuning): gradients on, and predictions through the
   * network's own layers, since the plain-Java copy would not follow the changing weights.
   */
  void thaw() {
    // running statistics of batch norms never take gradients (PyTorch refuses them)
    block.freezeParameters(
        false,
        p ->
            p.getType() != Parameter.Type.RUNNING_MEAN
                && p.getType() != Parameter.Type.RUNNING_VAR);
    java = null;
  }

  /** Per-category offsets added to the scores after the temperature (see {@link Calibration}). */
  public float[] bias() {
    return bias.clone();
  }

  void setBias(float[] b) {
    bias = b.clone();
  }

  /**
   * The calibrated threshold below which a step's top category is uncertain (0: never), fitted by
   * {@link Calibration} and saved as {@code uncertain} in {@code config.properties}.
   */
  public double uncertainBelow() {
    return uncertain;
  }

  void setUncertainBelow(double u) {
    uncertain = u;
  }

  /**
   * True when the flagger is not sure of this step: the top category's probability (of {@code
   * probabilities}, one step's output of {@link #predict}) is below {@link #uncertainBelow}. The
   * window's diamond then says "uncertain" instead of a category.
   */
  public boolean uncertain(float[] probabilities) {
    float top = 0;
    for (float p : probabilities) {
      top = Math.max(top, p);
    }
    return top < uncertain;
  }

  /**
   * Per derivation, per step: probabilities in {@link StepCategory#JUDGED} order. Each derivation's
   * evidence is computed first (a light check, on all cores), then the network runs in batches.
   */
  public List<float[][]> predict(List<Derivation> derivations) {
    return predictEncodings(encode(derivations));
  }

  /** The network's inputs for {@code derivations}: tokens, relations and evidence (all cores). */
  public List<Encoding> encode(List<Derivation> derivations) {
    if (derivations.size() == 1) {
      return List.of(Encoding.of(derivations.get(0), vocabulary));
    }
    return derivations.parallelStream().map(d -> Encoding.of(d, vocabulary)).toList();
  }

  /** {@link #predict} on inputs {@link #encode} made. */
  public List<float[][]> predictEncodings(List<Encoding> encodings) {
    return predictEncoded(encodings, temperature);
  }

  /** Inference batch size: attention memory grows with batch × length². */
  static final int BATCH = 32;

  /** Step scores, softmaxed at temperature {@code t} after the offsets, in batches. */
  List<float[][]> predictEncoded(List<Encoding> all, double t) {
    List<float[][]> out = new ArrayList<>();
    for (float[][] d : logits(all)) {
      float[][] p = new float[d.length][];
      for (int k = 0; k < d.length; k++) {
        p[k] = softmax(d[k], t, bias);
      }
      out.add(p);
    }
    return out;
  }

  /** PyTorch's intra-op threads as last set here; -1 before the first call. */
  private static int threads = -1;

  /**
   * One intra-op thread for a single derivation, every core for more: on a few hundred small
   * operations the hand-off between threads costs more than it saves (single-step p50 on 2 cores,
   * 1.3 → 1.05 ms), while batches gain from both cores. Set only when the kind of call changes, and
   * never when the user chose a number with {@code -Dai.djl.pytorch.num_threads}.
   */
  private static synchronized void threadsFor(int derivations) {
    if (System.getProperty("ai.djl.pytorch.num_threads") != null) {
      return;
    }
    int want = derivations <= 1 ? 1 : Runtime.getRuntime().availableProcessors();
    if (want != threads) {
      JniUtils.setNumThreads(want);
      threads = want;
    }
  }

  /** The network's raw step scores (before temperature and offsets), in batches. */
  List<float[][]> logits(List<Encoding> all) {
    if (java != null) {
      return java.logits(all);
    }
    return padded(all);
  }

  /** {@link #logits} in padded batches through the block, as in training: the reference. */
  List<float[][]> padded(List<Encoding> all) {
    threadsFor(all.size());
    List<float[][]> out = new ArrayList<>();
    for (int i = 0; i < all.size(); i += BATCH) {
      out.addAll(logitsBatch(all.subList(i, Math.min(all.size(), i + BATCH))));
    }
    return out;
  }

  /** Softmax of {@code z / t + b}; five classes, so plain Java beats two more native calls. */
  static float[] softmax(float[] z, double t, float[] b) {
    double max = Double.NEGATIVE_INFINITY;
    double[] x = new double[z.length];
    for (int c = 0; c < z.length; c++) {
      x[c] = z[c] / t + b[c];
      max = Math.max(max, x[c]);
    }
    double sum = 0;
    for (int c = 0; c < z.length; c++) {
      x[c] = Math.exp(x[c] - max);
      sum += x[c];
    }
    float[] p = new float[z.length];
    for (int c = 0; c < z.length; c++) {
      p[c] = (float) (x[c] / sum);
    }
    return p;
  }

  private List<float[][]> logitsBatch(List<Encoding> batch) {
    List<float[][]> out = new ArrayList<>();
    try (NDManager m = model.getNDManager().newSubManager()) {
      NDList in = Batches.inputs(m, batch);
      ParameterStore ps = new ParameterStore(m, false);
      NDArray logits = block.forward(ps, in, false).head();
      float[] all = logits.toFloatArray();
      int len = (int) logits.getShape().get(1);
      int classes = StepCategory.JUDGED.size();
      for (int i = 0; i < batch.size(); i++) {
        Encoding e = batch.get(i);
        float[][] steps = new float[e.steps()][classes];
        for (int k = 0; k < e.steps(); k++) {
          System.arraycopy(all, (i * len + e.firstStep() + k) * classes, steps[k], 0, classes);
        }
        out.add(steps);
      }
    }
    return out;
  }

  @Override
  public void close() {
    model.close();
  }
}
