package org.derivx.flagger;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.derivx.derivation.Derivation;
import org.derivx.derivation.StepCategory;

/**
 * How the network's scores become the flagger's answer, fitted on labelled derivations the network
 * did not train on: a temperature (the lowest negative log-likelihood, so probabilities mean what
 * they say) and then one offset per category (the highest macro-F1 of the top category, so rare
 * error categories are not drowned by VALID). The network is run once; the search is over its
 * scores.
 */
public final class Calibration {
  /** What was fitted and what it changed, on the calibration data. */
  public record Result(
      double temperature,
      float[] bias,
      int steps,
      double macroF1Before,
      double macroF1After,
      double eceBefore,
      double eceAfter,
      double uncertain,
      double uncertainShare,
      double certainAccuracy) {}

  /** The top category is shown as such only where it is right at least this often. */
  static final double SHOWN_ACCURACY = 0.9;

  private Calibration() {}

  /** Fits temperature and offsets for {@code m} on {@code labelled} and sets them on it. */
  public static Result fit(FlaggerModel m, List<Derivation> labelled) {
    List<Encoding> data =
        labelled.stream()
            .map(d -> Encoding.of(FlaggerTrainer.withLabels(d), m.vocabulary()))
            .toList();
    List<float[][]> logits = m.logits(data);
    int classes = StepCategory.JUDGED.size();
    List<float[][]> before = probabilities(logits, m.temperature(), m.bias());
    double f1Before = Scores.macroF1(before, data);
    double eceBefore = Scores.ece(before, data);
    double t = temperature(logits, data);
    float[] bias = new float[classes];
    double best = Scores.macroF1(probabilities(logits, t, bias), data);
    // coordinate ascent; VALID stays at 0 (only differences between offsets matter)
    for (int round = 0; round < 3; round++) {
      for (int c = 1; c < classes; c++) {
        float keep = bias[c];
        for (int step = -30; step <= 30; step++) {
          bias[c] = step / 10f;
          double f1 = Scores.macroF1(probabilities(logits, t, bias), data);
          if (f1 > best + 1e-9) {
            best = f1;
            keep = bias[c];
          }
        }
        bias[c] = keep;
      }
    }
    m.setTemperature(t);
    m.setBias(bias);
    List<float[][]> after = probabilities(logits, t, bias);
    int steps =
        data.stream()
            .mapToInt(e -> (int) Arrays.stream(e.labels()).filter(l -> l >= 0).count())
            .sum();
    double[] u = uncertainThreshold(after, data);
    m.setUncertainBelow(u[0]);
    return new Result(
        t, bias, steps, f1Before, best, eceBefore, Scores.ece(after, data), u[0], u[1], u[2]);
  }

  /**
   * The lowest top-category probability (0.50 to 0.95, steps of 0.05) at which the steps the
   * flagger is at least that sure of are right {@link #SHOWN_ACCURACY} of the time; below it a
   * step's category is "uncertain". With the share of steps below it and the accuracy of the rest.
   */
  static double[] uncertainThreshold(List<float[][]> probs, List<Encoding> data) {
    double[] last = null;
    for (int i = 0; i <= 9; i++) {
      double t = 0.5 + i * 0.05;
      long shown = 0;
      long right = 0;
      long all = 0;
      for (int d = 0; d < data.size(); d++) {
        int[] labels = data.get(d).labels();
        for (int k = 0; k < labels.length; k++) {
          if (labels[k] < 0) {
            continue;
          }
          float[] p = probs.get(d)[k];
          int top = StepCategory.top(p).ordinal();
          all++;
          if (p[top] >= t) {
            shown++;
            right += top == labels[k] ? 1 : 0;
          }
        }
      }
      double accuracy = shown == 0 ? 1 : right / (double) shown;
      last = new double[] {t, all == 0 ? 0 : 1 - shown / (double) all, accuracy};
      if (accuracy >= SHOWN_ACCURACY) {
        return last;
      }
    }
    return last;
  }

  /**
   * Reliability of {@code m}'s probabilities on labelled derivations: the expected calibration
   * error of the top category (10 equal-width bins) and the labelled steps it is over.
   */
  public static double[] reliability(FlaggerModel m, List<Derivation> labelled) {
    List<Encoding> data =
        labelled.stream()
            .map(d -> Encoding.of(FlaggerTrainer.withLabels(d), m.vocabulary()))
            .toList();
    List<float[][]> p = m.predictEncoded(data, m.temperature());
    long steps =
        data.stream().flatMapToInt(e -> Arrays.stream(e.labels())).filter(l -> l >= 0).count();
    return new double[] {Scores.ece(p, data), steps};
  }

  /** The temperature (0.5–5, steps of 0.05) with the lowest negative log-likelihood. */
  static double temperature(List<float[][]> logits, List<Encoding> data) {
    float[] none = new float[StepCategory.JUDGED.size()];
    double best = 1;
    double bestNll = Double.MAX_VALUE;
    for (int i = 0; i <= 90; i++) {
      double t = 0.5 + i * 0.05;
      double nll = Scores.nll(probabilities(logits, t, none), data);
      if (nll < bestNll) {
        bestNll = nll;
        best = t;
      }
    }
    return best;
  }

  static List<float[][]> probabilities(List<float[][]> logits, double t, float[] bias) {
    List<float[][]> out = new ArrayList<>(logits.size());
    for (float[][] d : logits) {
      float[][] p = new float[d.length][];
      for (int k = 0; k < d.length; k++) {
        p[k] = FlaggerModel.softmax(d[k], t, bias);
      }
      out.add(p);
    }
    return out;
  }
}
