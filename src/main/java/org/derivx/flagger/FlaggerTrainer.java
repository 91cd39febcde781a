package org.derivx.flagger;

import ai.djl.engine.Engine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.derivx.derivation.Derivation;
import org.derivx.derivation.Label;
import org.derivx.derivation.StepCategory;

/**
 * Trains a flagger with DJL's training API: vocabulary from the training derivations,
 * class-weighted cross-entropy at the labelled steps, Adam, the epoch with the best validation
 * macro-F1 kept, then a temperature fitted on the validation set so the probabilities are
 * calibrated. Validation is held apart by group (a record: its perturbations, injected errors and
 * generations stay together), one group in ten, chosen by the seed. The seed fixes the split, the
 * data order and the initial weights; PyTorch's multi-threaded CPU kernels may still differ in the
 * last bits between runs.
 */
public final class FlaggerTrainer {
  /** Training settings. */
  public record Settings(
      int epochs, int batch, float learningRate, long seed, FlaggerBlock.Config sizes) {
    public static Settings defaults(long seed) {
      return new Settings(8, 32, 1e-3f, seed, new FlaggerBlock.Config(0, 64, 4, 2, 128));
    }
  }

  /**
   * One training derivation: its group (the record it belongs to; groups are never split between
   * training and validation) and how many times an epoch shows it (a small source made to count).
   */
  public record Example(Derivation derivation, String group, int repeat) {
    public Example {
      if (repeat < 1) {
        throw new IllegalArgumentException("repeat must be at least 1: " + repeat);
      }
    }
  }

  /** What training measured, for the model card. */
  public record Report(
      int trainSteps,
      int validationSteps,
      int bestEpoch,
      double validationMacroF1,
      double temperature,
      double eceBefore,
      double eceAfter,
      double seconds,
      double stepsPerSecond,
      List<String> log) {}

  private FlaggerTrainer() {}

  /**
   * Trains on {@code data} (unlabelled references count as all VALID; unlabelled steps of other
   * derivations are not trained on), holding out one group in ten for validation.
   */
  public static FlaggerModel train(
      List<Example> data, Settings s, Consumer<String> progress, Report[] report)
      throws FlaggerException {
    List<Example> training = new ArrayList<>();
    List<Example> validation = new ArrayList<>();
    for (Example e : data) {
      (validates(e.group(), s.seed()) ? validation : training).add(e);
    }
    if (training.isEmpty() || validation.isEmpty()) {
      // too few groups to hold one apart: one derivation in ten instead
      training.clear();
      validation.clear();
      for (int i = 0; i < data.size(); i++) {
        (i % 10 == 0 ? validation : training).add(data.get(i));
      }
    }
    Map<String, Integer> counts = new HashMap<>();
    for (Example e : training) {
      Encoding.parts(e.derivation())
          .forEach(p -> p.tokens().forEach(t -> counts.merge(t, 1, Integer::sum)));
    }
    Vocabulary v = Vocabulary.build(counts, 2);
    FlaggerBlock.Config sizes =
        new FlaggerBlock.Config(
            v.size(), s.sizes().dim(), s.sizes().heads(), s.sizes().layers(), s.sizes().hidden());
    progress.accept(
        "computing the evidence of " + data.size() + " derivations (a light check of each)");
    List<Encoding> train = encode(training, v, true);
    List<Encoding> val = encode(validation, v, false);
    TorchRuntime.engine(progress);
    Engine.getInstance().setRandomSeed((int) s.seed());
    FlaggerModel model = FlaggerModel.create(v, sizes, progress);
    Path bestDir;
    try {
      bestDir = Files.createTempDirectory("derivx-flagger-best");
    } catch (IOException e) {
      throw new FlaggerException("cannot create a temporary directory: " + e.getMessage(), e);
    }
    Epochs.Outcome o;
    try {
      o = Epochs.run(model, train, val, s, progress, bestDir);
    } finally {
      model.close();
    }
    FlaggerModel kept;
    try {
      kept = FlaggerModel.load(bestDir, progress); // the weights are in memory once loaded
    } finally {
      removeTemporary(bestDir, progress);
    }
    double eceBefore = Scores.ece(kept.predictEncoded(val, 1.0), val);
    double t = fitTemperature(kept, val);
    kept.setTemperature(t);
    double eceAfter = Scores.ece(kept.predictEncoded(val, t), val);
    report[0] =
        new Report(
            labelledSteps(train),
            labelledSteps(val),
            o.bestEpoch(),
            o.best(),
            t,
            eceBefore,
            eceAfter,
            o.seconds(),
            o.stepsSeen() / o.seconds(),
            o.log());
    return kept;
  }

  /** Deletes a temporary model folder; a failure is said, not thrown (the model is loaded). */
  static void removeTemporary(Path dir, Consumer<String> progress) {
    try (var paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    } catch (IOException e) {
      progress.accept("could not delete the temporary folder " + dir + ": " + e.getMessage());
    }
  }

  /** One group in ten, by a hash of the group and the seed. */
  static boolean validates(String group, long seed) {
    long h = (group.hashCode() * 0x9E3779B97F4A7C15L) ^ (seed * 0xC2B2AE3D27D4EB4FL);
    h ^= h >>> 29;
    return Math.floorMod(h * 0xBF58476D1CE4E5B9L, 10L) == 0;
  }

  /** Encodings (evidence on all cores), each repeated as its example asks if {@code repeats}. */
  static List<Encoding> encode(List<Example> examples, Vocabulary v, boolean repeats) {
    List<Encoding> once =
        examples.parallelStream().map(e -> Encoding.of(withLabels(e.derivation()), v)).toList();
    List<Encoding> out = new ArrayList<>();
    for (int i = 0; i < examples.size(); i++) {
      for (int r = 0; r < (repeats ? examples.get(i).repeat() : 1); r++) {
        out.add(once.get(i));
      }
    }
    return out;
  }

  static int labelledSteps(List<Encoding> data) {
    int n = 0;
    for (Encoding e : data) {
      for (int l : e.labels()) {
        n += l >= 0 ? 1 : 0;
      }
    }
    return n;
  }

  /** Unlabelled references (checker-verified synthetic derivations) are all VALID. */
  public static Derivation withLabels(Derivation d) {
    if (!d.labels().isEmpty() || !d.isReference()) {
      return d;
    }
    List<Label> all = new ArrayList<>();
    for (int k = 1; k <= d.size(); k++) {
      all.add(new Label(k, "VALID", null));
    }
    return new Derivation(
        d.name(),
        d.kind(),
        d.model(),
        d.perturbation(),
        d.prompt(),
        d.steps(),
        d.annotations(),
        all);
  }

  /** Inverse square-root frequency, so rare error classes count without drowning VALID. */
  static float[] classWeights(List<Encoding> data) {
    int c = StepCategory.JUDGED.size();
    double[] n = new double[c];
    for (Encoding e : data) {
      for (int l : e.labels()) {
        if (l >= 0) {
          n[l]++;
        }
      }
    }
    double total = Arrays.stream(n).sum();
    float[] w = new float[c];
    for (int i = 0; i < c; i++) {
      w[i] = n[i] == 0 ? 0 : (float) Math.sqrt(total / (c * n[i]));
    }
    return w;
  }

  /** The temperature with the lowest validation negative log-likelihood (one forward pass). */
  static double fitTemperature(FlaggerModel model, List<Encoding> val) {
    return Calibration.temperature(model.logits(val), val);
  }
}
