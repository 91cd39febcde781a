package org.derivx.flagger;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * Writes {@code MODEL_CARD.md} next to the weights: data, architecture, training, metrics, date.
 */
public final class ModelCard {
  private ModelCard() {}

  public static void write(
      Path dir,
      List<Path> data,
      int derivations,
      FlaggerTrainer.Settings s,
      FlaggerModel model,
      FlaggerTrainer.Report r,
      String heldOut)
      throws IOException {
    long bytes = Files.size(dir.resolve(FlaggerModel.NAME + "-0000.params"));
    FlaggerBlock.Config c = model.block().config();
    StringBuilder b = new StringBuilder();
    b.append("# Derivation Explorer step flagger\n\n");
    b.append("Trained by `derivx train` on ").append(LocalDate.now()).append(".\n\n");
    b.append("## Data\n\n");
    for (Path p : data) {
      b.append("- `").append(p.getFileName()).append("`\n");
    }
    b.append(
        String.format(
            Locale.ROOT,
            "\n%d derivations (synthetic, from `derivx generate`: the paper's generator with"
                + " perturbations and injected errors whose labels the checker confirmed); 90%%"
                + " for training (%d steps), 10%% for validation (%d steps).\n\n",
            derivations,
            r.trainSteps(),
            r.validationSteps()));
    b.append("## Architecture\n\n");
    b.append(
        String.format(
            Locale.ROOT,
            "Two-level transformer encoder (DJL %s, PyTorch engine): each equation's tokens"
                + " (structure-aware: commands, braces, digits, identifier placeholders) through"
                + " one layer, mean-pooled; then %d layers over the derivation's equations with"
                + " role and index embeddings and a projection of 16 counted relations (exact"
                + " repeats, bigram overlap with earlier and later equations and the goal, fresh"
                + " content and whether anything later uses it, fresh names, position); 5 outputs"
                + " per step (VALID, SKIPPED, REDUNDANT,"
                + " IRRELEVANT, INCORRECT). Width %d, %d heads, feed-forward %d, vocabulary %d"
                + " tokens. Weights: %.2f MB.\n\n",
            ai.djl.engine.Engine.getDjlVersion(),
            c.layers(),
            c.dim(),
            c.heads(),
            c.hidden(),
            c.vocabulary(),
            bytes / 1e6));
    b.append("## Training\n\n");
    b.append(
        String.format(
            Locale.ROOT,
            "Adam, learning rate %s, batch %d, %d epochs, seed %d; class-weighted cross-entropy;"
                + " the epoch with the best validation macro-F1 is kept (epoch %d). %.0f s on %d"
                + " cores, %.0f steps/s.\n\n",
            s.learningRate(),
            s.batch(),
            s.epochs(),
            s.seed(),
            r.bestEpoch(),
            r.seconds(),
            Runtime.getRuntime().availableProcessors(),
            r.stepsPerSecond()));
    r.log().forEach(l -> b.append("    ").append(l).append('\n'));
    b.append("\n## Metrics\n\n");
    b.append(
        String.format(
            Locale.ROOT,
            "- validation macro-F1 %.4f\n- calibration: temperature %.2f; expected calibration"
                + " error (10 bins) %.4f before, %.4f after\n",
            r.validationMacroF1(),
            r.temperature(),
            r.eceBefore(),
            r.eceAfter()));
    if (heldOut != null) {
      b.append("\n### Held-out set\n\n```\n").append(heldOut).append("```\n");
    }
    Files.writeString(dir.resolve("MODEL_CARD.md"), b, StandardCharsets.UTF_8);
  }
}
