package org.derivx.flagger;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.Parameter;
import ai.djl.nn.core.Linear;
import ai.djl.util.PairList;

/**
 * An inference-only twin of one trained DJL {@code TransformerEncoderBlock}: the same function with
 * about a third fewer native calls, which is most of what one small derivation costs. Query, key
 * and value are one linear map (the query's part pre-scaled by 1/√head size); the two batch norms,
 * fixed at inference, are an affine map each; no dropout calls. As in DJL's block, the feed-forward
 * residual adds the layer's input, not the normalised attention output. Built from the block's
 * parameters by name; {@code FlaggerRoundTripTest} holds the loaded model (these layers) to the
 * trained one (the blocks) within 1e-5.
 */
final class FastLayer {
  private static final float EPSILON = 1e-5f; // DJL BatchNorm's default

  private final int heads;
  private final NDArray qkvWeight;
  private final NDArray qkvBias;
  private final NDArray resultWeight;
  private final NDArray resultBias;
  private final NDArray scale1;
  private final NDArray shift1;
  private final NDArray hiddenWeight;
  private final NDArray hiddenBias;
  private final NDArray outWeight;
  private final NDArray outBias;
  private final NDArray scale2;
  private final NDArray shift2;

  /**
   * From the parameters of the block whose names start with {@code prefix} (e.g. "06reader_"). The
   * folding is done on Java arrays, so the only native arrays made are the ones kept.
   */
  FastLayer(NDManager m, PairList<String, Parameter> all, String prefix, int dim, int heads) {
    this.heads = heads;
    float inv = (float) (1 / Math.sqrt((double) dim / heads));
    String attention = prefix + "01selfAttention_";
    qkvWeight =
        m.create(
            concat(
                scaled(values(all, attention + "02queryProjection_weight"), inv),
                values(all, attention + "01keyProjection_weight"),
                values(all, attention + "03valueProjection_weight")),
            new Shape(3L * dim, dim));
    qkvBias =
        m.create(
            concat(
                scaled(values(all, attention + "02queryProjection_bias"), inv),
                values(all, attention + "01keyProjection_bias"),
                values(all, attention + "03valueProjection_bias")),
            new Shape(3L * dim));
    resultWeight = copy(m, all, attention + "04resultProjection_weight");
    resultBias = copy(m, all, attention + "04resultProjection_bias");
    float[][] n1 = affine(all, prefix + "02attentionNorm_");
    scale1 = m.create(n1[0]);
    shift1 = m.create(n1[1]);
    hiddenWeight = copy(m, all, prefix + "03outputBlock_01Linear_weight");
    hiddenBias = copy(m, all, prefix + "03outputBlock_01Linear_bias");
    outWeight = copy(m, all, prefix + "03outputBlock_03Linear_weight");
    outBias = copy(m, all, prefix + "03outputBlock_03Linear_bias");
    float[][] n2 = affine(all, prefix + "04outputNorm_");
    scale2 = m.create(n2[0]);
    shift2 = m.create(n2[1]);
  }

  private static NDArray parameter(PairList<String, Parameter> all, String name) {
    Parameter p = all.get(name);
    if (p == null) {
      throw new IllegalStateException("no parameter " + name);
    }
    return p.getArray();
  }

  private static float[] values(PairList<String, Parameter> all, String name) {
    return parameter(all, name).toFloatArray();
  }

  private static NDArray copy(NDManager m, PairList<String, Parameter> all, String name) {
    NDArray a = parameter(all, name);
    return m.create(a.toFloatArray(), a.getShape());
  }

  private static float[] scaled(float[] a, float by) {
    float[] out = a.clone();
    for (int i = 0; i < out.length; i++) {
      out[i] *= by;
    }
    return out;
  }

  private static float[] concat(float[]... parts) {
    int n = 0;
    for (float[] p : parts) {
      n += p.length;
    }
    float[] out = new float[n];
    int at = 0;
    for (float[] p : parts) {
      System.arraycopy(p, 0, out, at, p.length);
      at += p.length;
    }
    return out;
  }

  /** A batch norm at inference: x·scale + shift, scale = γ/√(var+ε), shift = β − mean·scale. */
  private static float[][] affine(PairList<String, Parameter> all, String prefix) {
    float[] gamma = values(all, prefix + "gamma");
    float[] beta = values(all, prefix + "beta");
    float[] mean = values(all, prefix + "runningMean");
    float[] var = values(all, prefix + "runningVar");
    float[] scale = new float[gamma.length];
    float[] shift = new float[gamma.length];
    for (int i = 0; i < gamma.length; i++) {
      scale[i] = (float) (gamma[i] / Math.sqrt(var[i] + EPSILON));
      shift[i] = beta[i] - mean[i] * scale[i];
    }
    return new float[][] {scale, shift};
  }

  /** x (B, S, D), mask offsets (B, 1, 1, S) → (B, S, D). */
  NDArray forward(NDArray x, NDArray maskOffsets) {
    Shape s = x.getShape();
    long b = s.get(0);
    long n = s.get(1);
    long d = s.get(2);
    NDArray qkv =
        Linear.linear(x, qkvWeight, qkvBias)
            .head()
            .reshape(b, n, 3, heads, d / heads)
            .transpose(2, 0, 3, 1, 4);
    NDArray q = qkv.get(0);
    NDArray k = qkv.get(1);
    NDArray v = qkv.get(2);
    NDArray attention =
        q.matMul(k.transpose(0, 1, 3, 2))
            .add(maskOffsets)
            .softmax(3)
            .matMul(v)
            .transpose(0, 2, 1, 3)
            .reshape(b, n, d);
    NDArray h =
        Linear.linear(attention, resultWeight, resultBias).head().add(x).mul(scale1).add(shift1);
    NDArray f =
        Linear.linear(
                Activation.relu(Linear.linear(h, hiddenWeight, hiddenBias).head()),
                outWeight,
                outBias)
            .head();
    return f.add(x).mul(scale2).add(shift2);
  }
}
