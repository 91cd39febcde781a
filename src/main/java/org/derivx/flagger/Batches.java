package org.derivx.flagger;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.List;

/** Encodings padded to the batch's largest, as the network's inputs and training targets. */
final class Batches {
  private Batches() {}

  static int equations(List<Encoding> batch) {
    return batch.stream().mapToInt(e -> e.equations().length).max().orElse(1);
  }

  static int tokens(List<Encoding> batch) {
    int t = 1;
    for (Encoding e : batch) {
      for (int[] eq : e.equations()) {
        t = Math.max(t, eq.length);
      }
    }
    return t;
  }

  /** (token ids (B, E, L), token mask (B, E, L), roles (B, E), equation mask (B, E)). */
  static NDList inputs(NDManager m, List<Encoding> batch) {
    int b = batch.size();
    int e = equations(batch);
    int l = tokens(batch);
    int[] ids = new int[b * e * l];
    int[] tokMask = new int[b * e * l];
    int[] roles = new int[b * e];
    int[] eqMask = new int[b * e];
    for (int i = 0; i < b; i++) {
      Encoding enc = batch.get(i);
      for (int j = 0; j < enc.equations().length; j++) {
        int[] eq = enc.equations()[j];
        int at = (i * e + j) * l;
        System.arraycopy(eq, 0, ids, at, eq.length);
        java.util.Arrays.fill(tokMask, at, at + eq.length, 1);
        roles[i * e + j] = enc.roles()[j];
        eqMask[i * e + j] = 1;
      }
    }
    return new NDList(
        m.create(ids, new Shape(b, e, l)),
        m.create(tokMask, new Shape(b, e, l)),
        m.create(roles, new Shape(b, e)),
        m.create(eqMask, new Shape(b, e)));
  }

  /**
   * Targets as one-hot (B, E, C) and per-equation weights (B, E): the class weight at each labelled
   * step, 0 elsewhere (prompt equations, padding, unlabelled steps).
   */
  static NDList targets(NDManager m, List<Encoding> batch, float[] classWeights) {
    int b = batch.size();
    int e = equations(batch);
    int c = Category.values().length;
    float[] oneHot = new float[b * e * c];
    float[] weights = new float[b * e];
    for (int i = 0; i < b; i++) {
      Encoding enc = batch.get(i);
      for (int k = 0; k < enc.steps(); k++) {
        int label = enc.labels()[k];
        if (label >= 0) {
          int pos = i * e + enc.firstStep() + k;
          oneHot[pos * c + label] = 1;
          weights[pos] = classWeights[label];
        }
      }
    }
    NDArray y = m.create(oneHot, new Shape(b, e, c));
    NDArray w = m.create(weights, new Shape(b, e));
    return new NDList(y, w);
  }
}
