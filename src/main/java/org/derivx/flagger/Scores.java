package org.derivx.flagger;

import java.util.ArrayList;
import java.util.List;
import org.derivx.derivation.StepCategory;
import org.derivx.metrics.StepAgreement;

/** Step-level scores of predictions against encoded labels (labels −1 are skipped). */
final class Scores {
  private Scores() {}

  /** Mean F1 over the categories that occur in the labels (the one definition, in metrics). */
  static double macroF1(List<float[][]> probs, List<Encoding> data) {
    StepAgreement a = new StepAgreement();
    for (int i = 0; i < data.size(); i++) {
      int[] labels = data.get(i).labels();
      List<String> reference = new ArrayList<>();
      List<String> judged = new ArrayList<>();
      for (int k = 0; k < labels.length; k++) {
        reference.add(labels[k] < 0 ? null : StepCategory.JUDGED.get(labels[k]).name());
        judged.add(StepCategory.top(probs.get(i)[k]).name());
      }
      a.add(reference, judged);
    }
    return a.macroF1();
  }

  /** Mean negative log-likelihood of the true class. */
  static double nll(List<float[][]> probs, List<Encoding> data) {
    double sum = 0;
    long n = 0;
    for (int i = 0; i < data.size(); i++) {
      int[] labels = data.get(i).labels();
      for (int k = 0; k < labels.length; k++) {
        if (labels[k] >= 0) {
          sum -= Math.log(Math.max(1e-9, probs.get(i)[k][labels[k]]));
          n++;
        }
      }
    }
    return n == 0 ? 0 : sum / n;
  }

  /** Expected calibration error of the top class, 10 equal-width confidence bins. */
  static double ece(List<float[][]> probs, List<Encoding> data) {
    int bins = 10;
    double[] conf = new double[bins];
    double[] correct = new double[bins];
    long[] count = new long[bins];
    long n = 0;
    for (int i = 0; i < data.size(); i++) {
      int[] labels = data.get(i).labels();
      for (int k = 0; k < labels.length; k++) {
        if (labels[k] < 0) {
          continue;
        }
        float[] p = probs.get(i)[k];
        int top = StepCategory.top(p).ordinal();
        int b = Math.min(bins - 1, (int) (p[top] * bins));
        conf[b] += p[top];
        correct[b] += top == labels[k] ? 1 : 0;
        count[b]++;
        n++;
      }
    }
    double e = 0;
    for (int b = 0; b < bins; b++) {
      if (count[b] > 0) {
        e += Math.abs(conf[b] / count[b] - correct[b] / count[b]) * count[b] / n;
      }
    }
    return e;
  }
}
