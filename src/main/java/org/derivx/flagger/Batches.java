package org.derivx.flagger;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.Arrays;
import java.util.List;
import org.derivx.derivation.StepCategory;

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

  /** Added to attention scores where there is padding: as DJL's attention blocks do. */
  static final float MASKED = -100000f;

  /**
   * The network's inputs, in {@link FlaggerBlock}'s order: token ids (B, E, L), token weights (B·E,
   * L, 1: 1 for a token, 0 for padding), roles (B, E), equation mask offsets (B, 1, 1, E),
   * relations (B, E, R), token positions (B·E, L), equation indices (B, E), token mask offsets
   * (B·E, 1, 1, L), token counts (B·E, 1; plus 1e-6, so padding equations divide safely).
   */
  static NDList inputs(NDManager m, List<Encoding> batch) {
    int b = batch.size();
    int e = equations(batch);
    int l = tokens(batch);
    int[] ids = new int[b * e * l];
    float[] weights = new float[b * e * l];
    float[] tokOffsets = new float[b * e * l];
    Arrays.fill(tokOffsets, MASKED);
    float[] counts = new float[b * e];
    int[] roles = new int[b * e];
    float[] eqOffsets = new float[b * e];
    Arrays.fill(eqOffsets, MASKED);
    int r = Encoding.FEATURES;
    float[] relations = new float[b * e * r];
    for (int i = 0; i < b; i++) {
      Encoding enc = batch.get(i);
      for (int j = 0; j < enc.equations().length; j++) {
        int[] eq = enc.equations()[j];
        int row = i * e + j;
        int at = row * l;
        System.arraycopy(eq, 0, ids, at, eq.length);
        Arrays.fill(weights, at, at + eq.length, 1f);
        Arrays.fill(tokOffsets, at, at + eq.length, 0f);
        counts[row] = eq.length;
        roles[row] = enc.roles()[j];
        eqOffsets[row] = 0f;
        System.arraycopy(enc.relations()[j], 0, relations, row * r, r);
      }
    }
    for (int k = 0; k < counts.length; k++) {
      counts[k] += 1e-6f;
    }
    return new NDList(
        m.create(ids, new Shape(b, e, l)),
        m.create(weights, new Shape((long) b * e, l, 1)),
        m.create(roles, new Shape(b, e)),
        m.create(eqOffsets, new Shape(b, 1, 1, e)),
        m.create(relations, new Shape(b, e, r)),
        m.create(positions(b * e, l), new Shape((long) b * e, l)),
        m.create(positions(b, e), new Shape(b, e)),
        m.create(tokOffsets, new Shape((long) b * e, 1, 1, l)),
        m.create(counts, new Shape((long) b * e, 1)));
  }

  /** {@code rows} rows of 0, 1, …, {@code length} − 1. */
  private static int[] positions(int rows, int length) {
    int[] out = new int[rows * length];
    for (int i = 0; i < out.length; i++) {
      out[i] = i % length;
    }
    return out;
  }

  /**
   * Targets as one-hot (B, E, C) and per-equation weights (B, E): the class weight at each labelled
   * step, 0 elsewhere (prompt equations, padding, unlabelled steps).
   */
  static NDList targets(NDManager m, List<Encoding> batch, float[] classWeights) {
    int b = batch.size();
    int e = equations(batch);
    int c = StepCategory.JUDGED.size();
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
