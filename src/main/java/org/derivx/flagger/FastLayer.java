package org.derivx.flagger;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
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

  /** From the parameters of the block whose names start with {@code prefix} (e.g. "06reader_"). */
  FastLayer(NDManager m, PairList<String, Parameter> all, String prefix, int dim, int heads) {
    this.heads = heads;
    float inv = (float) (1 / Math.sqrt((double) dim / heads));
    NDArray wq = get(all, prefix, "01selfAttention_02queryProjection_weight").mul(inv);
    NDArray bq = get(all, prefix, "01selfAttention_02queryProjection_bias").mul(inv);
    NDArray wk = get(all, prefix, "01selfAttention_01keyProjection_weight");
    NDArray bk = get(all, prefix, "01selfAttention_01keyProjection_bias");
    NDArray wv = get(all, prefix, "01selfAttention_03valueProjection_weight");
    NDArray bv = get(all, prefix, "01selfAttention_03valueProjection_bias");
    qkvWeight = keep(m, NDArrays.concat(new ai.djl.ndarray.NDList(wq, wk, wv), 0));
    qkvBias = keep(m, NDArrays.concat(new ai.djl.ndarray.NDList(bq, bk, bv), 0));
    resultWeight = keep(m, get(all, prefix, "01selfAttention_04resultProjection_weight"));
    resultBias = keep(m, get(all, prefix, "01selfAttention_04resultProjection_bias"));
    NDArray[] n1 = affine(all, prefix + "02attentionNorm_");
    scale1 = keep(m, n1[0]);
    shift1 = keep(m, n1[1]);
    hiddenWeight = keep(m, get(all, prefix, "03outputBlock_01Linear_weight"));
    hiddenBias = keep(m, get(all, prefix, "03outputBlock_01Linear_bias"));
    outWeight = keep(m, get(all, prefix, "03outputBlock_03Linear_weight"));
    outBias = keep(m, get(all, prefix, "03outputBlock_03Linear_bias"));
    NDArray[] n2 = affine(all, prefix + "04outputNorm_");
    scale2 = keep(m, n2[0]);
    shift2 = keep(m, n2[1]);
  }

  private static NDArray get(PairList<String, Parameter> all, String prefix, String name) {
    Parameter p = all.get(prefix + name);
    if (p == null) {
      throw new IllegalStateException("no parameter " + prefix + name);
    }
    return p.getArray();
  }

  /** A batch norm at inference: x·scale + shift, scale = γ/√(var+ε), shift = β − mean·scale. */
  private static NDArray[] affine(PairList<String, Parameter> all, String prefix) {
    NDArray gamma = get(all, prefix, "gamma");
    NDArray scale = gamma.div(get(all, prefix, "runningVar").add(EPSILON).sqrt());
    NDArray shift = get(all, prefix, "beta").sub(get(all, prefix, "runningMean").mul(scale));
    return new NDArray[] {scale, shift};
  }

  /** Detached copies owned by {@code m}, so they outlive the arithmetic that made them. */
  private static NDArray keep(NDManager m, NDArray a) {
    return m.create(a.toFloatArray(), a.getShape());
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
