package org.derivx.flagger;

import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.ParameterStore;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.function.Consumer;
import org.derivx.derivation.Derivation;

/**
 * A trained flagger: vocabulary, network and calibration temperature, saved in one directory
 * ({@code flagger-0000.params}, {@code vocabulary.txt}, {@code config.properties}). {@link
 * #predict} gives, per step, a calibrated probability for each {@link Category}.
 */
public final class FlaggerModel implements AutoCloseable {
  static final String NAME = "flagger";

  private final Model model;
  private final FlaggerBlock block;
  private final Vocabulary vocabulary;
  private double temperature;

  private FlaggerModel(Model model, FlaggerBlock block, Vocabulary vocabulary, double temperature) {
    this.model = model;
    this.block = block;
    this.vocabulary = vocabulary;
    this.temperature = temperature;
  }

  /** A fresh, untrained network (for training). */
  static FlaggerModel create(Vocabulary v, FlaggerBlock.Config c, Consumer<String> notice)
      throws FlaggerException {
    TorchRuntime.engine(notice);
    Model m = Model.newInstance(NAME, "PyTorch");
    FlaggerBlock b = new FlaggerBlock(c);
    m.setBlock(b);
    b.initialize(
        m.getNDManager(),
        DataType.FLOAT32,
        new Shape(1, 2, 8),
        new Shape(1, 2, 8),
        new Shape(1, 2),
        new Shape(1, 2));
    return new FlaggerModel(m, b, v, 1.0);
  }

  public static FlaggerModel load(Path dir, Consumer<String> notice) throws FlaggerException {
    try {
      Properties p = new Properties();
      try (InputStream in = Files.newInputStream(dir.resolve("config.properties"))) {
        p.load(in);
      }
      Vocabulary v = Vocabulary.load(dir.resolve("vocabulary.txt"));
      FlaggerBlock.Config c =
          new FlaggerBlock.Config(
              v.size(),
              Integer.parseInt(p.getProperty("dim")),
              Integer.parseInt(p.getProperty("heads")),
              Integer.parseInt(p.getProperty("layers")),
              Integer.parseInt(p.getProperty("hidden")));
      FlaggerModel f = create(v, c, notice);
      f.model.load(dir, NAME);
      f.temperature = Double.parseDouble(p.getProperty("temperature", "1"));
      return f;
    } catch (IOException | ai.djl.MalformedModelException | RuntimeException e) {
      throw new FlaggerException(
          "cannot load the flagger model from " + dir + ": " + e.getMessage(), e);
    }
  }

  public void save(Path dir) throws IOException {
    Files.createDirectories(dir);
    model.save(dir, NAME);
    vocabulary.save(dir.resolve("vocabulary.txt"));
    Properties p = new Properties();
    FlaggerBlock.Config c = block.config();
    p.setProperty("dim", String.valueOf(c.dim()));
    p.setProperty("heads", String.valueOf(c.heads()));
    p.setProperty("layers", String.valueOf(c.layers()));
    p.setProperty("hidden", String.valueOf(c.hidden()));
    p.setProperty("temperature", String.format(Locale.ROOT, "%.4f", temperature));
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

  /** Per derivation, per step: probabilities in {@link Category} order. */
  public List<float[][]> predict(List<Derivation> derivations) {
    List<Encoding> enc = derivations.stream().map(d -> Encoding.of(d, vocabulary)).toList();
    return predictEncoded(enc, temperature);
  }

  /** Inference batch size: attention memory grows with batch × length². */
  static final int BATCH = 32;

  /** Step scores, softmaxed at temperature {@code t}, in batches. */
  List<float[][]> predictEncoded(List<Encoding> all, double t) {
    List<float[][]> out = new ArrayList<>();
    for (int i = 0; i < all.size(); i += BATCH) {
      out.addAll(predictBatch(all.subList(i, Math.min(all.size(), i + BATCH)), t));
    }
    return out;
  }

  private List<float[][]> predictBatch(List<Encoding> batch, double t) {
    List<float[][]> out = new ArrayList<>();
    try (NDManager m = model.getNDManager().newSubManager()) {
      NDList in = Batches.inputs(m, batch);
      NDArray logits = block.forward(new ParameterStore(m, false), in, false).head().div((float) t);
      float[] probs = logits.softmax(-1).toFloatArray();
      int len = (int) logits.getShape().get(1);
      int classes = Category.values().length;
      for (int i = 0; i < batch.size(); i++) {
        Encoding e = batch.get(i);
        float[][] steps = new float[e.steps()][classes];
        for (int k = 0; k < e.steps(); k++) {
          System.arraycopy(probs, (i * len + e.firstStep() + k) * classes, steps[k], 0, classes);
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
