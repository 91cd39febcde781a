package org.derivx.lm;

/**
 * The sizes of a llama-architecture decoder as GGUF records them: vocabulary, width, layers, heads
 * (as many key/value heads as query heads), feed-forward width, context length, RoPE base and the
 * RMS norm's epsilon. RoPE rotates adjacent pairs of each head's dimensions (llama.cpp's "normal"
 * mode, the one it uses for this architecture), so the weights need no permutation on export.
 */
public record LlamaConfig(
    int vocabulary,
    int dim,
    int layers,
    int heads,
    int hidden,
    int context,
    float ropeBase,
    float epsilon) {
  public LlamaConfig {
    if (dim <= 0 || heads <= 0 || dim % heads != 0 || (dim / heads) % 2 != 0) {
      throw new IllegalArgumentException(
          "dim " + dim + " must be a positive multiple of heads " + heads + " with even head size");
    }
    if (vocabulary <= 0 || layers <= 0 || hidden <= 0 || context <= 0) {
      throw new IllegalArgumentException("sizes must be positive: " + vocabulary + ", " + layers);
    }
  }

  public int headDim() {
    return dim / heads;
  }

  /** Number of weights. */
  public long parameters() {
    long perLayer = 4L * dim * dim + 3L * dim * hidden + 2L * dim;
    return 2L * vocabulary * dim + layers * perLayer + dim;
  }
}
