package org.derivx.flagger;

import ai.djl.nn.Parameter;
import ai.djl.util.PairList;
import java.nio.IntBuffer;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

/**
 * A loaded model's forward pass in plain Java, on its own copy of the trained weights. The network
 * is small (dimension 32, a few hundred tokens per derivation), and through PyTorch one derivation
 * took about 150 native calls whose overhead cost more than the arithmetic: `bench flag`, same
 * machine and run, one derivation's inference p50 3.6–4.0 ms there, 1.3–1.9 ms here; batched
 * 4,700–6,800 steps/s there, 8,300–9,400 here. The function is {@link FlaggerBlock}'s without
 * padding (nothing needs masking when every sequence has its own length); {@code JavaInferenceTest}
 * holds it to the block's padded batches within 1e-4 on real encodings. Each derivation is computed
 * alone, in a fixed order, so its scores do not depend on the batch, the thread or the number of
 * cores; an equation that occurs again in a call (a record's prompt, shared by its variants) is
 * read once.
 */
final class JavaInference {
  private final int dim;
  private final int heads;
  private final float[] tokens;
  private final float[] positions;
  private final float[] roles;
  private final float[] indices;
  private final Dense relations;
  private final List<Layer> reader;
  private final List<Layer> encoder;
  private final Dense output;
  private final Dense direct;

  /** From the parameters of a trained (loaded) {@link FlaggerBlock}. */
  JavaInference(FlaggerBlock block) {
    PairList<String, Parameter> all = block.getParameters();
    FlaggerBlock.Config c = block.config();
    dim = c.dim();
    heads = c.heads();
    tokens = values(all, "tokens_embedding");
    positions = values(all, "positions_embedding");
    roles = values(all, "roles_embedding");
    indices = values(all, "indices_embedding");
    relations = new Dense(all, "relations_", Encoding.FEATURES);
    reader = List.of(new Layer(all, "reader_", c));
    encoder =
        IntStream.range(0, c.layers())
            .mapToObj(i -> new Layer(all, "encoder" + i + "_", c))
            .toList();
    output = new Dense(all, "output_", dim);
    direct = new Dense(all, "direct_", Encoding.FEATURES);
  }

  /** The raw step scores of each encoding; equations with the same tokens are read once. */
  List<float[][]> logits(List<Encoding> all) {
    Map<IntBuffer, float[]> read = new ConcurrentHashMap<>();
    if (all.size() == 1) {
      return List.<float[][]>of(logits(all.get(0), read));
    }
    return all.parallelStream().map(e -> logits(e, read)).toList();
  }

  /** One derivation's step scores (steps × classes). */
  float[][] logits(Encoding e, Map<IntBuffer, float[]> read) {
    int n = e.equations().length;
    float[][] y = new float[n][];
    float[][] rel = e.relations();
    for (int j = 0; j < n; j++) {
      float[] pooled = read.computeIfAbsent(IntBuffer.wrap(e.equations()[j]), b -> pool(b.array()));
      float[] r = relations.apply(rel[j]);
      float[] v = new float[dim];
      int role = e.roles()[j] * dim;
      int index = j * dim;
      for (int k = 0; k < dim; k++) {
        v[k] = pooled[k] + roles[role + k] + indices[index + k] + r[k];
      }
      y[j] = v;
    }
    for (Layer l : encoder) {
      y = l.apply(y);
    }
    float[][] out = new float[e.steps()][];
    for (int k = 0; k < out.length; k++) {
      int j = e.firstStep() + k;
      float[] s = output.apply(y[j]);
      float[] d = direct.apply(rel[j]);
      for (int c = 0; c < s.length; c++) {
        s[c] += d[c];
      }
      out[k] = s;
    }
    return out;
  }

  /** An equation's vector: its tokens read by the reader layer, then their mean. */
  private float[] pool(int[] ids) {
    float[][] x = new float[ids.length][dim];
    for (int t = 0; t < ids.length; t++) {
      int tok = ids[t] * dim;
      int pos = t * dim;
      for (int k = 0; k < dim; k++) {
        x[t][k] = tokens[tok + k] + positions[pos + k];
      }
    }
    for (Layer l : reader) {
      x = l.apply(x);
    }
    float[] mean = new float[dim];
    for (float[] row : x) {
      for (int k = 0; k < dim; k++) {
        mean[k] += row[k];
      }
    }
    float count = ids.length + 1e-6f; // as the batched path divides (see Batches)
    for (int k = 0; k < dim; k++) {
      mean[k] /= count;
    }
    return mean;
  }

  private static float[] values(PairList<String, Parameter> all, String suffix) {
    Parameter found = null;
    for (var p : all) {
      if (p.getKey().endsWith(suffix)) {
        if (found != null) {
          throw new IllegalStateException("two parameters end with " + suffix);
        }
        found = p.getValue();
      }
    }
    if (found == null) {
      throw new IllegalStateException("no parameter ending with " + suffix);
    }
    return found.getArray().toFloatArray();
  }

  /** DJL BatchNorm's default epsilon. */
  private static final float EPSILON = 1e-5f;

  /**
   * A batch norm at inference is an affine map: {scale, shift}, scale = γ/√(var+ε), shift = β −
   * mean·scale.
   */
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

  /**
   * A linear map x·Wᵀ + b. W is given (units, inputs), as DJL's {@code Linear} keeps it, and stored
   * transposed, one array per input, so the inner loop runs along the outputs without a reduction
   * and indexes its arrays from 0: JDK 17's C2 vectorises {@code y[u] += x·w[u]} but not {@code
   * y[u] += x·w[row + u]} (3.5 times slower in a micro-benchmark of this shape). Each output still
   * sums its terms in input order, so the values are the same to the bit.
   */
  private static final class Dense {
    final float[][] wt;
    final float[] b;
    final int in;
    final int units;

    Dense(PairList<String, Parameter> all, String prefix, int in) {
      this(values(all, prefix + "weight"), values(all, prefix + "bias"), in);
    }

    Dense(float[] w, float[] b, int in) {
      this.in = in;
      this.units = b.length;
      if (w.length != units * in) {
        throw new IllegalStateException("weights " + w.length + " for " + units + "×" + in);
      }
      // finite weights and no −0 bias: then a sum never is −0 and 0·w is ±0, which adding leaves
      // a sum as it was; applyAll relies on it
      this.b = b.clone();
      for (int u = 0; u < units; u++) {
        this.b[u] += 0f;
      }
      for (float v : w) {
        if (!Float.isFinite(v)) {
          throw new IllegalStateException("a weight is not finite: " + v);
        }
      }
      for (float v : b) {
        if (!Float.isFinite(v)) {
          throw new IllegalStateException("a bias is not finite: " + v);
        }
      }
      wt = new float[in][units];
      for (int u = 0; u < units; u++) {
        for (int i = 0; i < in; i++) {
          wt[i][u] = w[u * in + i];
        }
      }
    }

    float[] apply(float[] x) {
      float[] y = b.clone();
      for (int i = 0; i < in; i++) {
        float xi = x[i];
        if (xi == 0) {
          continue; // relations and ReLU outputs are mostly zeros
        }
        float[] row = wt[i];
        for (int u = 0; u < units; u++) {
          y[u] += xi * row[u];
        }
      }
      return y;
    }

    /**
     * {@link #apply} to every row of {@code x}, four rows at a time: each weight loaded is used
     * four times (1.3–2 times faster in a micro-benchmark of these shapes). A zero input is skipped
     * only when all four are zero. Adding 0·w where {@link #apply} skips changes no bit: the
     * weights are finite, so 0·w is ±0, and a sum that starts from a bias that is not −0 never is
     * −0 (x + (−x) is +0), so adding ±0 leaves it as it was.
     */
    float[][] applyAll(float[][] x) {
      int n = x.length;
      float[][] y = new float[n][];
      int t = 0;
      for (; t + 4 <= n; t += 4) {
        float[] y0 = b.clone();
        float[] y1 = b.clone();
        float[] y2 = b.clone();
        float[] y3 = b.clone();
        float[] x0 = x[t];
        float[] x1 = x[t + 1];
        float[] x2 = x[t + 2];
        float[] x3 = x[t + 3];
        for (int i = 0; i < in; i++) {
          float a0 = x0[i];
          float a1 = x1[i];
          float a2 = x2[i];
          float a3 = x3[i];
          if (a0 == 0 && a1 == 0 && a2 == 0 && a3 == 0) {
            continue;
          }
          float[] row = wt[i];
          for (int u = 0; u < units; u++) {
            float w = row[u];
            y0[u] += a0 * w;
            y1[u] += a1 * w;
            y2[u] += a2 * w;
            y3[u] += a3 * w;
          }
        }
        y[t] = y0;
        y[t + 1] = y1;
        y[t + 2] = y2;
        y[t + 3] = y3;
      }
      for (; t < n; t++) {
        y[t] = apply(x[t]);
      }
      return y;
    }
  }

  /**
   * One trained DJL {@code TransformerEncoderBlock} at inference: attention over the whole sequence
   * (query, key and value as one map, the query's part pre-scaled by 1/√head size), the result
   * projection plus the input, a batch norm (an affine map); the feed-forward part (ReLU), plus the
   * layer's input as in DJL's block (not the normalised attention output), another affine map. No
   * dropout at inference.
   */
  private final class Layer {
    private final Dense qkv;
    private final Dense result;
    private final float[][] norm1;
    private final Dense hidden;
    private final Dense out;
    private final float[][] norm2;

    Layer(PairList<String, Parameter> all, String block, FlaggerBlock.Config c) {
      String attention = block + "01selfAttention_";
      float inv = (float) (1 / Math.sqrt((double) c.dim() / c.heads()));
      qkv =
          new Dense(
              concat(
                  scaled(values(all, attention + "02queryProjection_weight"), inv),
                  values(all, attention + "01keyProjection_weight"),
                  values(all, attention + "03valueProjection_weight")),
              concat(
                  scaled(values(all, attention + "02queryProjection_bias"), inv),
                  values(all, attention + "01keyProjection_bias"),
                  values(all, attention + "03valueProjection_bias")),
              c.dim());
      result = new Dense(all, attention + "04resultProjection_", c.dim());
      norm1 = affine(all, block + "02attentionNorm_");
      hidden = new Dense(all, block + "03outputBlock_01Linear_", c.dim());
      out = new Dense(all, block + "03outputBlock_03Linear_", c.hidden());
      norm2 = affine(all, block + "04outputNorm_");
    }

    float[][] apply(float[][] x) {
      int n = x.length;
      int hd = dim / heads;
      float[][] qkvs = qkv.applyAll(x);
      float[][] attended = new float[n][dim];
      float[] p = new float[n];
      // the keys by component, so each query's scores against all keys are one loop along the
      // sequence per component (vectorised), each score summed in component order as before
      float[][] keys = new float[dim][n];
      for (int u = 0; u < n; u++) {
        for (int k = 0; k < dim; k++) {
          keys[k][u] = qkvs[u][dim + k];
        }
      }
      for (int h = 0; h < heads; h++) {
        int q0 = h * hd;
        int v0 = 2 * dim + h * hd;
        for (int t = 0; t < n; t++) {
          Arrays.fill(p, 0);
          for (int j = 0; j < hd; j++) {
            float q = qkvs[t][q0 + j];
            float[] key = keys[q0 + j];
            for (int u = 0; u < n; u++) {
              p[u] += q * key[u];
            }
          }
          float max = Float.NEGATIVE_INFINITY;
          for (int u = 0; u < n; u++) {
            max = Math.max(max, p[u]);
          }
          float sum = 0;
          for (int u = 0; u < n; u++) {
            p[u] = (float) Math.exp(p[u] - max);
            sum += p[u];
          }
          float[] a = attended[t];
          for (int u = 0; u < n; u++) {
            float w = p[u] / sum;
            for (int j = 0; j < hd; j++) {
              a[q0 + j] += w * qkvs[u][v0 + j];
            }
          }
        }
      }
      float[][] h = result.applyAll(attended);
      for (int t = 0; t < n; t++) {
        for (int k = 0; k < dim; k++) {
          h[t][k] = (h[t][k] + x[t][k]) * norm1[0][k] + norm1[1][k];
        }
      }
      float[][] f = hidden.applyAll(h);
      for (float[] row : f) {
        for (int k = 0; k < row.length; k++) {
          row[k] = Math.max(0, row[k]);
        }
      }
      float[][] y = out.applyAll(f);
      for (int t = 0; t < n; t++) {
        for (int k = 0; k < dim; k++) {
          y[t][k] = (y[t][k] + x[t][k]) * norm2[0][k] + norm2[1][k];
        }
      }
      return y;
    }
  }
}
