package org.derivx.flagger;

import ai.djl.engine.Engine;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.derivx.derivation.Derivation;
import org.derivx.derivation.Label;
import org.derivx.derivation.StepCategory;

/**
 * Writes {@code MODEL_CARD.md} next to the weights: data (each source's share), architecture,
 * training, metrics, date; and appends what fine-tuning on annotations did.
 */
public final class ModelCard {
  /** One training file: what made it, its size, and how often an epoch shows it. */
  public record Source(String file, String source, int derivations, int labelledSteps, int repeat) {
    /** {@code source}: how the file was made (generator, injected, silver, labelled). */
    public static Source of(Path file, String source, List<Derivation> ds, int repeat) {
      int steps = 0;
      for (Derivation d : ds) {
        for (Label l : FlaggerTrainer.withLabels(d).labels()) {
          steps += StepCategory.indexOf(l.category()) >= 0 ? 1 : 0;
        }
      }
      return new Source(file.getFileName().toString(), source, ds.size(), steps, repeat);
    }
  }

  private ModelCard() {}

  private static String describe(String source) {
    return switch (source) {
      case "generator" ->
          "the paper's generator (`derivx generate`) with its perturbations and injected errors,"
              + " labels confirmed by the checker";
      case "injected" ->
          "errors injected into the real reference derivations of `chatgpt_results.json` (all five"
              + " perturbations) by `derivx inject`, labels the checker's";
      case "silver" ->
          "GPT-3.5 generations of `chatgpt_results.json` labelled by the checker (`derivx"
              + " silver`; undecided steps unlabelled)";
      default -> "labelled derivations";
    };
  }

  public static void write(
      Path dir,
      List<Source> sources,
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
    b.append("| file | source | derivations | labelled steps | per epoch | share of an epoch |\n");
    b.append("|---|---|---:|---:|---:|---:|\n");
    long total = sources.stream().mapToLong(x -> (long) x.labelledSteps() * x.repeat()).sum();
    for (Source x : sources) {
      b.append(
          String.format(
              Locale.ROOT,
              "| `%s` | %s | %d | %d | ×%d | %.1f%% |%n",
              x.file(),
              x.source(),
              x.derivations(),
              x.labelledSteps(),
              x.repeat(),
              100.0 * x.labelledSteps() * x.repeat() / Math.max(1, total)));
    }
    b.append('\n');
    sources.stream()
        .map(Source::source)
        .distinct()
        .forEach(x -> b.append("- ").append(x).append(": ").append(describe(x)).append(".\n"));
    b.append(
        String.format(
            Locale.ROOT,
            "%nValidation (choosing the epoch, fitting the temperature): one record in ten, its"
                + " derivations all held apart (%d labelled steps); training %d labelled steps per"
                + " epoch (repeats counted).%n%n",
            r.validationSteps(),
            r.trainSteps()));
    b.append("## Architecture\n\n");
    b.append(
        String.format(
            Locale.ROOT,
            "Two-level transformer encoder (DJL %s, PyTorch engine): each equation's tokens"
                + " (structure-aware: commands, braces, digits, identifier placeholders) through"
                + " one layer, mean-pooled; then %d layers over the derivation's equations with"
                + " role and index embeddings and a projection of %d numbers per equation: 16"
                + " counted relations (exact repeats, bigram overlap with earlier and later"
                + " equations and the goal, fresh content and whether anything later uses it, fresh"
                + " names, position) and, for a step, the engine's evidence (`check.Evidence`, a"
                + " light check one operation deep: parsed, premise, repeat, tautology, true, false,"
                + " undecided, how far off, one operation, uses an incorrect step, used later,"
                + " needed by the final step, goal, constant; and the light verdict). The same"
                + " numbers also reach the 5 outputs per step (VALID, SKIPPED, REDUNDANT,"
                + " IRRELEVANT, INCORRECT) through a linear map of their own. Width %d, %d heads,"
                + " feed-forward %d, vocabulary %d tokens. Weights: %.2f MB.\n\n",
            Engine.getDjlVersion(),
            c.layers(),
            Encoding.FEATURES,
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

  /** Appends what fine-tuning on an annotation store did (the card is created if missing). */
  public static void appendFineTuning(
      Path dir,
      String store,
      String base,
      HumanLabels labels,
      FineTuning.Report r,
      FlaggerTrainer.Settings s,
      String heldOut)
      throws IOException {
    StringBuilder b = new StringBuilder();
    b.append(
        String.format(
            Locale.ROOT,
            "%n## Fine-tuned on annotations%n%nBy `derivx train --annotations` on %s: from %s,"
                + " on the store `%s` (annotators: %s): %d steps of %d derivations with a final"
                + " label (%d adjudicated; %d disputed steps left out); the other %d steps of those"
                + " derivations kept the model's own answer as their target; %d labelled"
                + " derivations mixed in. Adam, learning rate %s, %d epochs, seed %d, the last kept;"
                + " %.0f s. Vocabulary, temperature, offsets and the uncertainty threshold are the"
                + " base model's.%n%n- agreement with the annotators' labels: %.3f before, %.3f"
                + " after%n",
            LocalDate.now(),
            base,
            store,
            String.join(", ", labels.annotators()),
            r.humanSteps(),
            r.derivations(),
            labels.adjudicated(),
            labels.disputed(),
            r.ownSteps(),
            r.replayDerivations(),
            s.learningRate(),
            s.epochs(),
            s.seed(),
            r.seconds(),
            r.agreementBefore(),
            r.agreementAfter()));
    r.log().forEach(l -> b.append("\n    ").append(l));
    b.append('\n');
    if (heldOut != null) {
      b.append("\n### Held-out set, fine-tuned\n\n```\n").append(heldOut).append("```\n");
    }
    Files.writeString(
        dir.resolve("MODEL_CARD.md"),
        b,
        StandardCharsets.UTF_8,
        StandardOpenOption.CREATE,
        StandardOpenOption.APPEND);
  }
}
