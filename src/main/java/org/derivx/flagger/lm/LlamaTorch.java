package org.derivx.flagger.lm;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import org.derivx.lm.LlamaConfig;
import org.derivx.lm.LlamaGguf;

/**
 * The llama architecture in DJL, written out op by op the way llama.cpp computes it (RMS norm, RoPE
 * on adjacent pairs, causal softmax attention scaled by 1/sqrt(head size), SwiGLU, untied output),
 * so weights trained here and exported by {@link LlamaGguf} give llama.cpp's numbers. Parameters
 * are named and shaped as {@link LlamaGguf#shapes} (PyTorch layout).
 */
public final class LlamaTorch implements AutoCloseable {
  private final NDManager manager;
  private final LlamaConfig config;
  private final Map<String, NDArray> params = new LinkedHashMap<>();

  private LlamaTorch(NDManager manager, LlamaConfig config) {
    this.manager = manager;
    this.config = config;
  }

  /**
   * Fresh weights from {@code seed}: matrices N(0, 0.02²) (outputs of residual branches scaled down
   * by the depth), norms 1.
   */
  public static LlamaTorch init(NDManager parent, LlamaConfig c, long seed) {
    LlamaTorch m = new LlamaTorch(parent.newSubManager(), c);
    Random r = new Random(seed);
    for (Map.Entry<String, int[]> e : LlamaGguf.shapes(c).entrySet()) {
      int[] s = e.getValue();
      int n = 1;
      for (int d : s) {
        n *= d;
      }
      float[] w = new float[n];
      boolean residual =
          e.getKey().endsWith("attn_output.weight") || e.getKey().endsWith("ffn_down.weight");
      double std = s.length == 1 ? 0 : 0.02 / (residual ? Math.sqrt(2.0 * c.layers()) : 1);
      for (int i = 0; i < n; i++) {
        w[i] = s.length == 1 ? 1f : (float) (r.nextGaussian() * std);
      }
      m.put(e.getKey(), w);
    }
    return m;
  }

  /** Weights given as float arrays (PyTorch layout), e.g. read back for a check. */
  public static LlamaTorch of(NDManager parent, LlamaConfig c, Map<String, float[]> weights) {
    LlamaTorch m = new LlamaTorch(parent.newSubManager(), c);
    LlamaGguf.shapes(c).keySet().forEach(k -> m.put(k, weights.get(k)));
    return m;
  }

  private void put(String name, float[] w) {
    int[] s = LlamaGguf.shapes(config).get(name);
    long[] shape = new long[s.length];
    for (int i = 0; i < s.length; i++) {
      shape[i] = s[i];
    }
    NDArray a = manager.create(w, new Shape(shape));
    a.setRequiresGradient(true);
    params.put(name, a);
  }

  public LlamaConfig config() {
    return config;
  }

  public Map<String, NDArray> parameters() {
    return params;
  }

  /** The weights as float arrays, for {@link LlamaGguf#write}. */
  public Map<String, float[]> weights() {
    Map<String, float[]> out = new LinkedHashMap<>();
    params.forEach((k, v) -> out.put(k, v.toFloatArray()));
    return out;
  }

  /** Logits (B, T, V) for token ids (B, T) at positions 0…T-1. */
  public NDArray logits(NDArray ids) {
    long b = ids.getShape().get(0);
    long t = ids.getShape().get(1);
    int d = config.dim();
    int h = config.heads();
    int hd = config.headDim();
    NDManager m = ids.getManager();
    NDArray x =
        ids.oneHot(config.vocabulary())
            .toType(DataType.FLOAT32, false)
            .matMul(p("token_embd.weight"));
    NDArray[] rope = rope(m, t);
    NDArray mask = causalMask(m, t);
    for (int l = 0; l < config.layers(); l++) {
      String pre = "blk." + l + ".";
      NDArray hn = rmsNorm(x, p(pre + "attn_norm.weight"));
      NDArray q = heads(linear(hn, pre + "attn_q.weight"), b, t, h, hd);
      NDArray k = heads(linear(hn, pre + "attn_k.weight"), b, t, h, hd);
      NDArray v = heads(linear(hn, pre + "attn_v.weight"), b, t, h, hd);
      q = rotate(q, rope, b, h, t, hd);
      k = rotate(k, rope, b, h, t, hd);
      NDArray scores = q.matMul(k.transpose(0, 1, 3, 2)).mul(1.0 / Math.sqrt(hd)).add(mask);
      NDArray att = scores.softmax(3).matMul(v); // (B, H, T, hd)
      NDArray merged = att.transpose(0, 2, 1, 3).reshape(b, t, d);
      x = x.add(linear(merged, pre + "attn_output.weight"));
      NDArray f = rmsNorm(x, p(pre + "ffn_norm.weight"));
      NDArray gate = linear(f, pre + "ffn_gate.weight");
      NDArray silu = gate.div(gate.neg().exp().add(1));
      x = x.add(linear(silu.mul(linear(f, pre + "ffn_up.weight")), pre + "ffn_down.weight"));
    }
    return linear(rmsNorm(x, p("output_norm.weight")), "output.weight");
  }

  private NDArray p(String name) {
    return params.get(name);
  }

  private NDArray linear(NDArray x, String weight) {
    NDArray w = p(weight).transpose();
    w.attach(x.getManager()); // freed with the step's arrays, not kept with the weights
    return x.matMul(w);
  }

  private NDArray rmsNorm(NDArray x, NDArray g) {
    NDArray ms = x.square().mean(new int[] {x.getShape().dimension() - 1}, true);
    return x.div(ms.add(config.epsilon()).sqrt()).mul(g);
  }

  private static NDArray heads(NDArray x, long b, long t, int h, int hd) {
    return x.reshape(b, t, h, hd).transpose(0, 2, 1, 3);
  }

  /** cos and sin (T, hd/2) of llama.cpp's "normal" RoPE: pair i turns by pos·base^(-2i/hd). */
  private NDArray[] rope(NDManager m, long t) {
    int half = config.headDim() / 2;
    float[] cos = new float[(int) t * half];
    float[] sin = new float[(int) t * half];
    for (int pos = 0; pos < t; pos++) {
      for (int i = 0; i < half; i++) {
        double theta = pos * Math.pow(config.ropeBase(), -2.0 * i / config.headDim());
        cos[pos * half + i] = (float) Math.cos(theta);
        sin[pos * half + i] = (float) Math.sin(theta);
      }
    }
    return new NDArray[] {m.create(cos, new Shape(t, half)), m.create(sin, new Shape(t, half))};
  }

  private static NDArray rotate(NDArray x, NDArray[] rope, long b, int h, long t, int hd) {
    NDArray pairs = x.reshape(b, h, t, hd / 2, 2);
    NDList split = pairs.split(2, 4);
    NDArray x0 = split.get(0).squeeze(4);
    NDArray x1 = split.get(1).squeeze(4);
    NDArray r0 = x0.mul(rope[0]).sub(x1.mul(rope[1]));
    NDArray r1 = x0.mul(rope[1]).add(x1.mul(rope[0]));
    return NDArrays.stack(new NDList(r0, r1), 4).reshape(b, h, t, hd);
  }

  private static NDArray causalMask(NDManager m, long t) {
    float[] mask = new float[(int) (t * t)];
    for (int i = 0; i < t; i++) {
      for (int j = i + 1; j < t; j++) {
        mask[(int) (i * t + j)] = -1e9f;
      }
    }
    return m.create(mask, new Shape(t, t));
  }

  @Override
  public void close() {
    manager.close();
  }
}
