package org.derivx.flagger;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.GradientCollector;
import ai.djl.training.Trainer;
import ai.djl.training.loss.Loss;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Consumer;

/**
 * The training loop both training from scratch and fine-tuning run: Adam, class-weighted
 * cross-entropy at the labelled steps, the data shuffled each epoch (seeded), and after each epoch
 * either the validation macro-F1 (the best epoch's weights saved) or, without validation data, the
 * last epoch's weights saved.
 */
final class Epochs {
  /** What the loop measured. */
  record Outcome(int bestEpoch, double best, double seconds, long stepsSeen, List<String> log) {}

  private Epochs() {}

  static Outcome run(
      FlaggerModel model,
      List<Encoding> train,
      List<Encoding> validation,
      FlaggerTrainer.Settings s,
      Consumer<String> progress,
      Path saveTo)
      throws FlaggerException {
    float[] weights = FlaggerTrainer.classWeights(train);
    DefaultTrainingConfig config =
        new DefaultTrainingConfig(Loss.l2Loss()) // unused: the masked loss is computed below
            .optOptimizer(
                Optimizer.adam().optLearningRateTracker(Tracker.fixed(s.learningRate())).build());
    List<String> log = new ArrayList<>();
    double best = -1;
    int bestEpoch = 0;
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
        double loss = lossSum / Math.max(1, batches);
        String line;
        boolean keep;
        if (validation.isEmpty()) {
          line = String.format(Locale.ROOT, "epoch %d: loss %.4f", epoch, loss);
          keep = epoch == s.epochs();
        } else {
          double f1 = Scores.macroF1(model.predictEncoded(validation, 1.0), validation);
          line =
              String.format(
                  Locale.ROOT, "epoch %d: loss %.4f, validation macro-F1 %.4f", epoch, loss, f1);
          keep = f1 > best;
          if (keep) {
            best = f1;
          }
        }
        log.add(line);
        progress.accept(line);
        if (keep) {
          bestEpoch = epoch;
          try {
            model.save(saveTo);
          } catch (IOException e) {
            throw new FlaggerException("cannot save: " + e.getMessage(), e);
          }
        }
      }
    }
    return new Outcome(bestEpoch, best, (System.nanoTime() - start) / 1e9, stepsSeen, log);
  }
}
