package org.derivx.flagger;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.GradientCollector;
import ai.djl.training.Trainer;
import ai.djl.training.loss.Loss;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import org.derivx.derivation.Derivation;
import org.derivx.derivation.StepCategory;

/**
 * Trains a flagger with DJL's training API: vocabulary from the training derivations,
 * class-weighted cross-entropy at the step markers, Adam, the epoch with the best validation
 * macro-F1 kept, then a temperature fitted on the validation set so the probabilities are
 * calibrated. The seed fixes the split, the data order and the initial weights; PyTorch's
 * multi-threaded CPU kernels may still differ in the last bits between runs.
 */
public final class FlaggerTrainer {
  /** Training settings. */
  public record Settings(
      int epochs, int batch, float learningRate, long seed, FlaggerBlock.Config sizes) {
    public static Settings defaults(long seed) {
      return new Settings(8, 32, 1e-3f, seed, new FlaggerBlock.Config(0, 64, 4, 2, 128));
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
   * Trains on {@code data} (derivations with labels on every step; unlabelled references count as
   * all VALID), holding out 10% for validation.
   */
  public static FlaggerModel train(
      List<Derivation> data, Settings s, Consumer<String> progress, Report[] report)
      throws FlaggerException {
    List<Derivation> labelled = data.stream().map(FlaggerTrainer::withLabels).toList();
    List<Derivation> shuffled = new ArrayList<>(labelled);
    Collections.shuffle(shuffled, new Random(s.seed()));
    int cut = Math.max(1, shuffled.size() / 10);
    List<Derivation> validation = shuffled.subList(0, cut);
    List<Derivation> training = shuffled.subList(cut, shuffled.size());

    Map<String, Integer> counts = new HashMap<>();
    for (Derivation d : training) {
      Encoding.parts(d).forEach(p -> p.tokens().forEach(t -> counts.merge(t, 1, Integer::sum)));
    }
    Vocabulary v = Vocabulary.build(counts, 2);
    FlaggerBlock.Config sizes =
        new FlaggerBlock.Config(
            v.size(), s.sizes().dim(), s.sizes().heads(), s.sizes().layers(), s.sizes().hidden());
    TorchRuntime.engine(progress);
    Engine.getInstance().setRandomSeed((int) s.seed());
    FlaggerModel model = FlaggerModel.create(v, sizes, progress);
    List<Encoding> train = training.stream().map(d -> Encoding.of(d, v)).toList();
    List<Encoding> val = validation.stream().map(d -> Encoding.of(d, v)).toList();
    float[] weights = classWeights(train);

    DefaultTrainingConfig config =
        new DefaultTrainingConfig(Loss.l2Loss()) // unused: the masked loss is computed below
            .optOptimizer(
                Optimizer.adam().optLearningRateTracker(Tracker.fixed(s.learningRate())).build());
    List<String> log = new ArrayList<>();
    double best = -1;
    int bestEpoch = 0;
    java.nio.file.Path bestDir;
    try {
      bestDir = java.nio.file.Files.createTempDirectory("derivx-flagger-best");
    } catch (java.io.IOException e) {
      throw new FlaggerException("cannot create a temporary directory: " + e.getMessage(), e);
    }
    long start = System.nanoTime();
    long stepsSeen = 0;
    try (Trainer trainer = model.model().newTrainer(config)) {
      Random order = new Random(s.seed());
      for (int epoch = 1; epoch <= s.epochs(); epoch++) {
        List<Encoding> epochData = new ArrayList<>(train);
        Collections.shuffle(epochData, order);
        double lossSum = 0;
        int batches = 0;
        for (int i = 0; i < epochData.size(); i += s.batch()) {
          List<Encoding> batch = epochData.subList(i, Math.min(epochData.size(), i + s.batch()));
          try (NDManager m = trainer.getManager().newSubManager();
              GradientCollector gc = trainer.newGradientCollector()) {
            NDList in = Batches.inputs(m, batch);
            NDList target = Batches.targets(m, batch, weights);
            NDArray logits = trainer.forward(in).head();
            NDArray logp = logits.logSoftmax(-1);
            NDArray picked = logp.mul(target.get(0)).sum(new int[] {2});
            NDArray w = target.get(1);
            NDArray loss = picked.mul(w).sum().neg().div(w.sum().add(1e-6f));
            gc.backward(loss);
            lossSum += loss.getFloat();
          }
          trainer.step();
          batches++;
          stepsSeen += batch.stream().mapToInt(Encoding::steps).sum();
        }
        double f1 = Scores.macroF1(model.predictEncoded(val, 1.0), val);
        String line =
            String.format(
                java.util.Locale.ROOT,
                "epoch %d: loss %.4f, validation macro-F1 %.4f",
                epoch,
                lossSum / Math.max(1, batches),
                f1);
        log.add(line);
        progress.accept(line);
        if (f1 > best) {
          best = f1;
          bestEpoch = epoch;
          try {
            model.save(bestDir);
          } catch (java.io.IOException e) {
            throw new FlaggerException("cannot save: " + e.getMessage(), e);
          }
        }
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    model.close();
    FlaggerModel kept = FlaggerModel.load(bestDir, progress);
    double eceBefore = Scores.ece(kept.predictEncoded(val, 1.0), val);
    double t = fitTemperature(kept, val);
    kept.setTemperature(t);
    double eceAfter = Scores.ece(kept.predictEncoded(val, t), val);
    int trainSteps = train.stream().mapToInt(Encoding::steps).sum();
    int valSteps = val.stream().mapToInt(Encoding::steps).sum();
    report[0] =
        new Report(
            trainSteps,
            valSteps,
            bestEpoch,
            best,
            t,
            eceBefore,
            eceAfter,
            seconds,
            stepsSeen / seconds,
            log);
    return kept;
  }

  /** Unlabelled references (checker-verified synthetic derivations) are all VALID. */
  public static Derivation withLabels(Derivation d) {
    if (!d.labels().isEmpty() || !d.isReference()) {
      return d;
    }
    List<org.derivx.derivation.Label> all = new ArrayList<>();
    for (int k = 1; k <= d.size(); k++) {
      all.add(new org.derivx.derivation.Label(k, "VALID", null));
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
    double total = java.util.Arrays.stream(n).sum();
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
