package org.derivx.lm;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.derivx.lm.gguf.GgmlType;
import org.derivx.lm.gguf.GgufWriter;

/**
 * A llama-architecture model written as GGUF, as llama.cpp's converter would write it: the
 * hyperparameters under {@code llama.*}, the tokenizer under {@code tokenizer.ggml.*} and the
 * tensors under their GGUF names ({@code token_embd.weight}, {@code blk.N.attn_q.weight}, …).
 * Weights are given row-major in PyTorch's layout (a linear layer's weight is (out, in)); matrices
 * may be stored as F16, norms are always F32.
 */
public final class LlamaGguf {
  private LlamaGguf() {}

  /** The tensor names one layer has, in the order they are written. */
  static final List<String> LAYER_TENSORS =
      List.of(
          "attn_norm",
          "attn_q",
          "attn_k",
          "attn_v",
          "attn_output",
          "ffn_norm",
          "ffn_gate",
          "ffn_up",
          "ffn_down");

  /** Every tensor name with its PyTorch shape, for a model of these sizes. */
  public static Map<String, int[]> shapes(LlamaConfig c) {
    Map<String, int[]> out = new LinkedHashMap<>();
    out.put("token_embd.weight", new int[] {c.vocabulary(), c.dim()});
    for (int i = 0; i < c.layers(); i++) {
      String p = "blk." + i + ".";
      out.put(p + "attn_norm.weight", new int[] {c.dim()});
      out.put(p + "attn_q.weight", new int[] {c.dim(), c.dim()});
      out.put(p + "attn_k.weight", new int[] {c.dim(), c.dim()});
      out.put(p + "attn_v.weight", new int[] {c.dim(), c.dim()});
      out.put(p + "attn_output.weight", new int[] {c.dim(), c.dim()});
      out.put(p + "ffn_norm.weight", new int[] {c.dim()});
      out.put(p + "ffn_gate.weight", new int[] {c.hidden(), c.dim()});
      out.put(p + "ffn_up.weight", new int[] {c.hidden(), c.dim()});
      out.put(p + "ffn_down.weight", new int[] {c.dim(), c.hidden()});
    }
    out.put("output_norm.weight", new int[] {c.dim()});
    out.put("output.weight", new int[] {c.vocabulary(), c.dim()});
    return out;
  }

  /**
   * Writes the model. {@code weights} holds every name of {@link #shapes}; {@code f16} stores the
   * matrices in half precision (half the size; llama.cpp then computes in mixed precision).
   */
  public static void write(
      Path file,
      String name,
      LlamaConfig c,
      Tokenizer t,
      Map<String, float[]> weights,
      boolean f16,
      Map<String, String> extra)
      throws IOException {
    if (t.size() != c.vocabulary()) {
      throw new IllegalArgumentException(
          "tokenizer has " + t.size() + " tokens, the model " + c.vocabulary());
    }
    GgufWriter w = new GgufWriter();
    w.put("general.architecture", "llama");
    w.put("general.name", name);
    w.put("general.alignment", GgufWriter.ALIGNMENT);
    w.put("general.file_type", f16 ? 1 : 0);
    extra.forEach(w::put);
    w.put("llama.vocab_size", c.vocabulary());
    w.put("llama.context_length", c.context());
    w.put("llama.embedding_length", c.dim());
    w.put("llama.block_count", c.layers());
    w.put("llama.feed_forward_length", c.hidden());
    w.put("llama.attention.head_count", c.heads());
    w.put("llama.attention.head_count_kv", c.heads());
    w.put("llama.rope.dimension_count", c.headDim());
    w.put("llama.rope.freq_base", c.ropeBase());
    w.put("llama.attention.layer_norm_rms_epsilon", c.epsilon());
    w.put("tokenizer.ggml.model", "llama");
    w.put("tokenizer.ggml.pre", "default");
    w.put("tokenizer.ggml.tokens", t.pieces());
    w.put("tokenizer.ggml.scores", t.scores());
    w.put("tokenizer.ggml.token_type", t.types());
    w.put("tokenizer.ggml.unknown_token_id", Tokenizer.UNK);
    w.put("tokenizer.ggml.bos_token_id", Tokenizer.BOS);
    w.put("tokenizer.ggml.eos_token_id", Tokenizer.EOS);
    w.put("tokenizer.ggml.add_bos_token", true);
    w.put("tokenizer.ggml.add_eos_token", false);
    w.put("tokenizer.ggml.add_space_prefix", false);
    for (Map.Entry<String, int[]> e : shapes(c).entrySet()) {
      float[] data = weights.get(e.getKey());
      int[] s = e.getValue();
      if (data == null) {
        throw new IllegalArgumentException("no weights for " + e.getKey());
      }
      boolean matrix = s.length == 2;
      GgmlType type = matrix && f16 ? GgmlType.F16 : GgmlType.F32;
      if (matrix) {
        w.tensor(e.getKey(), type, data, s[1], s[0]);
      } else {
        w.tensor(e.getKey(), type, data, s[0]);
      }
    }
    w.write(file);
  }
}
