package org.derivx.flagger;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Activation;
import ai.djl.nn.core.Linear;
import ai.djl.nn.transformer.IdEmbedding;
import ai.djl.nn.transformer.TransformerEncoderBlock;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import java.util.ArrayList;
import java.util.List;
import org.derivx.derivation.StepCategory;

/**
 * The flagger network, in two levels. Each equation is read on its own: token and position
 * embeddings, one transformer layer over its tokens, then the mean over its tokens. The equation
 * vectors, plus a role embedding (premise, goal, intermediate, step), an index embedding and a
 * projection of the counted {@link Relations}, then go through a transformer over the whole
 * derivation, so every step attends to the prompt and to every other step, earlier or later
 * ("nothing later uses this", "this repeats step 2"). A linear layer gives five category scores per
 * equation, and a linear map of the equation's features (relations and the engine's evidence) is
 * added to them, so evidence such as "false at the sample points" weighs in directly; the steps'
 * scores are used. Attention stays small (≤ 40 tokens, ≤ 21 equations), which keeps training and
 * inference fast on a CPU.
 *
 * <p>Inputs (see {@link Batches#inputs}): token ids (B, E, L), token weights (B·E, L, 1), roles (B,
 * E), equation mask offsets (B, 1, 1, E), relations (B, E, R), token positions (B·E, L), equation
 * indices (B, E), token mask offsets (B·E, 1, 1, L), token counts (B·E, 1). Everything derived from
 * the masks is made in Java, once, in the form the attention blocks add to their scores (0 for a
 * token, −100000 for padding): per call that is about thirty native operations fewer than building
 * them here and in every layer, which is most of a small derivation's latency. Output: scores (B,
 * E, 5).
 */
public final class FlaggerBlock extends AbstractBlock {
  /** Sizes, saved with the model. */
  public record Config(int vocabulary, int dim, int heads, int layers, int hidden) {}

  private final Config config;
  private final IdEmbedding tokens;
  private final IdEmbedding positions;
  private final IdEmbedding roles;
  private final IdEmbedding indices;
  private final Linear relations;
  private final TransformerEncoderBlock reader;
  private final List<TransformerEncoderBlock> encoder = new ArrayList<>();
  private final Linear output;
  private final Linear direct;

  @SuppressWarnings("this-escape")
  public FlaggerBlock(Config c) {
    this.config = c;
    tokens = addChildBlock("tokens", embedding(c.vocabulary(), c.dim()));
    positions = addChildBlock("positions", embedding(Encoding.MAX_TOKENS, c.dim()));
    roles = addChildBlock("roles", embedding(Encoding.ROLES, c.dim()));
    indices = addChildBlock("indices", embedding(Encoding.MAX_EQUATIONS, c.dim()));
    relations = addChildBlock("relations", Linear.builder().setUnits(c.dim()).build());
    reader =
        addChildBlock(
            "reader",
            new TransformerEncoderBlock(c.dim(), c.heads(), c.hidden(), 0.1f, Activation::relu));
    for (int i = 0; i < c.layers(); i++) {
      encoder.add(
          addChildBlock(
              "encoder" + i,
              new TransformerEncoderBlock(c.dim(), c.heads(), c.hidden(), 0.1f, Activation::relu)));
    }
    output = addChildBlock("output", Linear.builder().setUnits(StepCategory.JUDGED.size()).build());
    // added last, so the saved parameter names of the layers before it stay as they were
    direct = addChildBlock("direct", Linear.builder().setUnits(StepCategory.JUDGED.size()).build());
  }

  private static IdEmbedding embedding(int size, int dim) {
    return new IdEmbedding.Builder().setDictionarySize(size).setEmbeddingSize(dim).build();
  }

  public Config config() {
    return config;
  }

  /** One encoder layer: (x, mask offsets) → x. */
  interface Layer {
    NDArray apply(NDArray x, NDArray maskOffsets);
  }

  @Override
  protected NDList forwardInternal(
      ParameterStore ps, NDList inputs, boolean training, PairList<String, Object> params) {
    Layer read = (x, mask) -> reader.forward(ps, new NDList(x, mask), training).head();
    List<Layer> layers = new ArrayList<>();
    for (TransformerEncoderBlock layer : encoder) {
      layers.add((x, mask) -> layer.forward(ps, new NDList(x, mask), training).head());
    }
    return forward(ps, inputs, training, read, layers);
  }

  private NDList forward(
      ParameterStore ps, NDList inputs, boolean training, Layer read, List<Layer> layers) {
    NDArray ids = inputs.get(0);
    long b = ids.getShape().get(0);
    long e = ids.getShape().get(1);
    long l = ids.getShape().get(2);
    NDArray pooled =
        readEquations(
            ps,
            training,
            read,
            ids.reshape(b * e, l),
            inputs.get(5),
            inputs.get(1),
            inputs.get(7),
            inputs.get(8));
    NDArray scores =
        readDerivations(
            ps,
            training,
            layers,
            pooled.reshape(b, e, config.dim()),
            inputs.get(2),
            inputs.get(6),
            inputs.get(4),
            inputs.get(3));
    return new NDList(scores);
  }

  /**
   * Level 1, each equation alone: token ids (N, L), positions (N, L), token weights (N, L, 1),
   * token mask offsets (N, 1, 1, L), token counts (N, 1) → the mean of its read tokens (N, D). An
   * equation's vector does not depend on the others in the batch (padding is masked and left out of
   * the mean), which is why {@link JavaInference} can read each distinct equation once.
   */
  NDArray readEquations(
      ParameterStore ps,
      boolean training,
      Layer read,
      NDArray ids,
      NDArray pos,
      NDArray tokWeights,
      NDArray tokOffsets,
      NDArray tokCounts) {
    NDArray x =
        tokens
            .forward(ps, new NDList(ids), training)
            .head()
            .add(positions.forward(ps, new NDList(pos), training).head());
    x = read.apply(x, tokOffsets);
    return x.mul(tokWeights).sum(new int[] {1}).div(tokCounts);
  }

  /**
   * Level 2, the derivation: equation vectors (B, E, D), roles (B, E), equation indices (B, E),
   * relations (B, E, R), equation mask offsets (B, 1, 1, E) → scores (B, E, 5).
   */
  NDArray readDerivations(
      ParameterStore ps,
      boolean training,
      List<Layer> layers,
      NDArray pooled,
      NDArray roleIds,
      NDArray idx,
      NDArray rel,
      NDArray eqOffsets) {
    NDArray y =
        pooled
            .add(roles.forward(ps, new NDList(roleIds), training).head())
            .add(indices.forward(ps, new NDList(idx), training).head())
            .add(relations.forward(ps, new NDList(rel), training).head());
    for (Layer layer : layers) {
      y = layer.apply(y, eqOffsets);
    }
    // the evidence also reaches the scores directly: a linear say beside the transformer's
    NDArray scores = output.forward(ps, new NDList(y), training).head();
    return scores.add(direct.forward(ps, new NDList(rel), training).head());
  }

  @Override
  public Shape[] getOutputShapes(Shape[] inputShapes) {
    Shape in = inputShapes[0];
    return new Shape[] {new Shape(in.get(0), in.get(1), StepCategory.JUDGED.size())};
  }

  @Override
  protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
    Shape ids = inputShapes[0];
    long b = ids.get(0);
    long e = ids.get(1);
    long l = ids.get(2);
    tokens.initialize(manager, dataType, new Shape(b * e, l));
    positions.initialize(manager, dataType, new Shape(b * e, l));
    roles.initialize(manager, dataType, new Shape(b, e));
    indices.initialize(manager, dataType, new Shape(b, e));
    relations.initialize(manager, dataType, new Shape(b, e, Encoding.FEATURES));
    // as BertBlock does: masks carry no parameters
    reader.initialize(manager, dataType, new Shape(b * e, l, config.dim()));
    Shape hidden = new Shape(b, e, config.dim());
    for (TransformerEncoderBlock layer : encoder) {
      layer.initialize(manager, dataType, hidden);
    }
    output.initialize(manager, dataType, hidden);
    direct.initialize(manager, dataType, new Shape(b, e, Encoding.FEATURES));
  }
}
