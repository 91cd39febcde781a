package org.derivx.flagger;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.ParameterStore;
import java.nio.IntBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.derivx.derivation.StepCategory;

/**
 * A loaded model's inference over many derivations with little wasted work. Padded batches (as in
 * training) pad every derivation to the batch's most equations and every equation to its longest:
 * on real data most of the equation-level work was padding, and the prompt's equations, shared by
 * every variant of a record, were read again for each. Here each distinct equation (same token ids)
 * is read once, in groups of equations of similar length; then derivations of similar size go
 * through the derivation level together. An equation's vector does not depend on what else is in
 * its group (padding is masked and left out of the mean), so the scores are those of the padded
 * batches up to float rounding ({@code PackedInferenceTest}: within 1e-4).
 */
final class PackedInference {
  /** Token positions per equation-level group: its activations stay a few megabytes. */
  static final int TOKENS_PER_GROUP = 8192;

  /** Derivations per derivation-level group. */
  static final int DERIVATIONS_PER_GROUP = 32;

  private final FlaggerBlock block;
  private final NDManager parent;
  private final FlaggerBlock.Layer reader;
  private final List<FlaggerBlock.Layer> encoder;

  PackedInference(FlaggerBlock block, NDManager parent, FastLayer reader, List<FastLayer> encoder) {
    this.block = block;
    this.parent = parent;
    this.reader = reader::forward;
    this.encoder = encoder.stream().map(l -> (FlaggerBlock.Layer) l::forward).toList();
  }

  /** The raw step scores of each encoding, in order. */
  List<float[][]> logits(List<Encoding> all) {
    Map<IntBuffer, Integer> index = new HashMap<>();
    List<int[]> distinct = new ArrayList<>();
    int[][][] ids = new int[all.size()][][];
    for (int i = 0; i < all.size(); i++) {
      int[][] eqs = all.get(i).equations();
      ids[i] = new int[eqs.length][];
      for (int j = 0; j < eqs.length; j++) {
        Integer at = index.putIfAbsent(IntBuffer.wrap(eqs[j]), distinct.size());
        if (at == null) {
          at = distinct.size();
          distinct.add(eqs[j]);
        }
        ids[i][j] = new int[] {at};
      }
    }
    float[][] pooled = readEquations(distinct);
    Integer[] order = new Integer[all.size()];
    Arrays.setAll(order, i -> i);
    Arrays.sort(order, Comparator.comparingInt(i -> all.get(i).equations().length));
    float[][][] out = new float[all.size()][][];
    for (int from = 0; from < order.length; from += DERIVATIONS_PER_GROUP) {
      List<Integer> group =
          Arrays.asList(order).subList(from, Math.min(order.length, from + DERIVATIONS_PER_GROUP));
      readDerivations(all, ids, pooled, group, out);
    }
    return Arrays.asList(out);
  }

  /** Each distinct equation's vector, read in groups of similar length. */
  private float[][] readEquations(List<int[]> distinct) {
    int d = block.config().dim();
    float[][] pooled = new float[distinct.size()][];
    Integer[] order = new Integer[distinct.size()];
    Arrays.setAll(order, i -> i);
    Arrays.sort(order, Comparator.comparingInt(i -> distinct.get(i).length));
    int from = 0;
    while (from < order.length) {
      int to = from + 1;
      while (to < order.length
          && (to - from + 1L) * distinct.get(order[to]).length <= TOKENS_PER_GROUP) {
        to++;
      }
      int n = to - from;
      int l = distinct.get(order[to - 1]).length; // the longest: sorted by length
      int[] tok = new int[n * l];
      int[] pos = new int[n * l];
      float[] weights = new float[n * l];
      float[] offsets = new float[n * l];
      Arrays.fill(offsets, Batches.MASKED);
      float[] counts = new float[n];
      for (int r = 0; r < n; r++) {
        int[] eq = distinct.get(order[from + r]);
        System.arraycopy(eq, 0, tok, r * l, eq.length);
        Arrays.fill(weights, r * l, r * l + eq.length, 1f);
        Arrays.fill(offsets, r * l, r * l + eq.length, 0f);
        counts[r] = eq.length + 1e-6f;
        for (int k = 0; k < l; k++) {
          pos[r * l + k] = k;
        }
      }
      try (NDManager m = parent.newSubManager()) {
        NDArray v =
            block.readEquations(
                new ParameterStore(m, false),
                false,
                reader,
                m.create(tok, new Shape(n, l)),
                m.create(pos, new Shape(n, l)),
                m.create(weights, new Shape(n, l, 1)),
                m.create(offsets, new Shape(n, 1, 1, l)),
                m.create(counts, new Shape(n, 1)));
        float[] flat = v.toFloatArray();
        for (int r = 0; r < n; r++) {
          pooled[order[from + r]] = Arrays.copyOfRange(flat, r * d, (r + 1) * d);
        }
      }
      from = to;
    }
    return pooled;
  }

  /** The derivation level for one group of derivations; their step scores into {@code out}. */
  private void readDerivations(
      List<Encoding> all, int[][][] ids, float[][] pooled, List<Integer> group, float[][][] out) {
    int b = group.size();
    int e = 1;
    for (int i : group) {
      e = Math.max(e, all.get(i).equations().length);
    }
    int d = block.config().dim();
    int r = Encoding.FEATURES;
    float[] vectors = new float[b * e * d];
    int[] roles = new int[b * e];
    int[] idx = new int[b * e];
    float[] relations = new float[b * e * r];
    float[] eqOffsets = new float[b * e];
    Arrays.fill(eqOffsets, Batches.MASKED);
    for (int g = 0; g < b; g++) {
      Encoding enc = all.get(group.get(g));
      for (int j = 0; j < enc.equations().length; j++) {
        int row = g * e + j;
        System.arraycopy(pooled[ids[group.get(g)][j][0]], 0, vectors, row * d, d);
        roles[row] = enc.roles()[j];
        System.arraycopy(enc.relations()[j], 0, relations, row * r, r);
        eqOffsets[row] = 0f;
      }
      for (int j = 0; j < e; j++) {
        idx[g * e + j] = j;
      }
    }
    int classes = StepCategory.JUDGED.size();
    try (NDManager m = parent.newSubManager()) {
      NDArray scores =
          block.readDerivations(
              new ParameterStore(m, false),
              false,
              encoder,
              m.create(vectors, new Shape(b, e, d)),
              m.create(roles, new Shape(b, e)),
              m.create(idx, new Shape(b, e)),
              m.create(relations, new Shape(b, e, r)),
              m.create(eqOffsets, new Shape(b, 1, 1, e)));
      float[] flat = scores.toFloatArray();
      for (int g = 0; g < b; g++) {
        Encoding enc = all.get(group.get(g));
        float[][] steps = new float[enc.steps()][classes];
        for (int k = 0; k < enc.steps(); k++) {
          System.arraycopy(flat, (g * e + enc.firstStep() + k) * classes, steps[k], 0, classes);
        }
        out[group.get(g)] = steps;
      }
    }
  }
}
