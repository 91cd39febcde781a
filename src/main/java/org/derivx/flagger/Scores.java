package org.derivx.flagger;

import java.util.List;

/** Step-level scores of predictions against encoded labels (labels −1 are skipped). */
final class Scores {
  private Scores() {}

  static int argmax(float[] p) {
    return Category.top(p).ordinal();
  }

  /** confusion[true][predicted]. */
  static long[][] confusion(List<float[][]> probs, List<Encoding> data) {
    int c = Category.values().length;
    long[][] m = new long[c][c];
    for (int i = 0; i < data.size(); i++) {
      int[] labels = data.get(i).labels();
      for (int k = 0; k < labels.length; k++) {
        if (labels[k] >= 0) {
          m[labels[k]][argmax(probs.get(i)[k])]++;
        }
      }
    }
    return m;
  }

  /** Mean F1 over the categories that occur in the labels. */
  static double macroF1(List<float[][]> probs, List<Encoding> data) {
    long[][] m = confusion(probs, data);
    double sum = 0;
    int n = 0;
    for (int c = 0; c < m.length; c++) {
      long tp = m[c][c];
      long actual = 0;
      long predicted = 0;
      for (int j = 0; j < m.length; j++) {
        actual += m[c][j];
        predicted += m[j][c];
      }
      if (actual == 0) {
        continue;
      }
      double p = predicted == 0 ? 0 : tp / (double) predicted;
      double r = tp / (double) actual;
      sum += p + r == 0 ? 0 : 2 * p * r / (p + r);
      n++;
    }
    return n == 0 ? 0 : sum / n;
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
        int top = argmax(p);
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
