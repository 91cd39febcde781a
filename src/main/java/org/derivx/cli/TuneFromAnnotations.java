package org.derivx.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.derivx.annotate.AnnotationException;
import org.derivx.annotate.Fingerprints;
import org.derivx.annotate.ItemKey;
import org.derivx.derivation.Derivation;
import org.derivx.derivation.Label;
import org.derivx.derivation.StepCategory;
import org.derivx.flagger.FineTuning;
import org.derivx.flagger.FlaggerBlock;
import org.derivx.flagger.FlaggerException;
import org.derivx.flagger.FlaggerModel;
import org.derivx.flagger.FlaggerTrainer;
import org.derivx.flagger.HumanLabels;
import org.derivx.flagger.ModelCard;
import org.derivx.flagger.Models;
import org.derivx.io.DatasetException;

/**
 * {@code derivx train --annotations DB [--data …] [--model DIR] --out DIR}: the store's final
 * labels matched to the dataset's derivations (by record fingerprint and variant, as the store keys
 * them), the model fine-tuned on them, saved with its card extended.
 */
final class TuneFromAnnotations implements Callable<Integer> {
  private final TrainCommand c;
  private final PrintWriter out;
  private final PrintWriter err;

  TuneFromAnnotations(TrainCommand c, PrintWriter out, PrintWriter err) {
    this.c = c;
    this.out = out;
    this.err = err;
  }

  @Override
  public Integer call() throws Exception {
    HumanLabels labels;
    try {
      labels = HumanLabels.read(c.annotations);
    } catch (AnnotationException e) {
      err.println("derivx train: " + e.getMessage());
      return DerivxCommand.BAD_INPUT;
    }
    List<Path> files = c.data.isEmpty() ? List.of(dataset(c.annotations)) : c.data;
    List<Derivation> human = new ArrayList<>();
    List<Derivation> replay = new ArrayList<>();
    try {
      for (Judged j : Judged.load(files, new VariantFilter(null), err)) {
        ItemKey key = new ItemKey(Fingerprints.record(j.record()), j.derivation().name());
        Map<Integer, StepCategory> final_ = labels.labels().get(key);
        if (final_ != null && !final_.isEmpty()) {
          human.add(withHumanLabels(j.derivation(), final_));
        } else if (!j.derivation().labels().isEmpty()) {
          replay.add(j.derivation());
        }
      }
    } catch (DatasetException e) {
      err.println("derivx train: " + e.getMessage());
      return DerivxCommand.BAD_INPUT;
    }
    if (human.isEmpty()) {
      err.println(
          "derivx train: no step of "
              + files
              + " has a final label in "
              + c.annotations
              + " ("
              + labels.annotated()
              + " labelled steps in the store, "
              + labels.disputed()
              + " disputed)");
      return DerivxCommand.BAD_INPUT;
    }
    FlaggerTrainer.Settings s =
        new FlaggerTrainer.Settings(
            c.epochs == null ? 5 : c.epochs,
            32,
            c.learningRate == null ? 3e-4f : c.learningRate,
            c.seed,
            new FlaggerBlock.Config(0, c.dim, 4, c.layers, c.dim * 2));
    FineTuning.Report[] report = new FineTuning.Report[1];
    try {
      Path base = Models.locate(c.model);
      try (FlaggerModel m =
          FineTuning.fineTune(
              base,
              human,
              replay,
              s,
              line -> {
                out.println(line);
                out.flush();
              },
              report)) {
        copyCard(base, c.out);
        m.save(c.out);
        String held = null;
        if (!c.heldOut.isEmpty()) {
          held = EvalCommand.score(m, Judged.load(c.heldOut, new VariantFilter(null), err));
          out.print(held);
        }
        ModelCard.appendFineTuning(
            c.out,
            c.annotations.getFileName().toString(),
            c.model == null ? "the shipped model" : "`" + c.model + "`",
            labels,
            report[0],
            s,
            held);
      }
    } catch (FlaggerException e) {
      err.println("derivx train: " + e.getMessage());
      return DerivxCommand.BAD_INPUT;
    }
    out.printf(
        "fine-tuned on %d labelled steps of %d derivations (%d mixed in): agreement with the"
            + " labels %.3f before, %.3f after%nwrote %s%n",
        report[0].humanSteps(),
        report[0].derivations(),
        report[0].replayDerivations(),
        report[0].agreementBefore(),
        report[0].agreementAfter(),
        c.out);
    return DerivxCommand.OK;
  }

  /** The dataset a store belongs to: {@code FILE} for {@code FILE.derivx.db}, else its folder. */
  static Path dataset(Path store) {
    String name = store.getFileName().toString();
    if (name.endsWith(".derivx.db") && !name.equals("annotations.derivx.db")) {
      return store.resolveSibling(name.substring(0, name.length() - ".derivx.db".length()));
    }
    Path parent = store.toAbsolutePath().getParent();
    return parent == null ? Path.of(".") : parent;
  }

  private static Derivation withHumanLabels(Derivation d, Map<Integer, StepCategory> labels) {
    List<Label> out = new ArrayList<>();
    labels.forEach(
        (step, cat) -> {
          if (step >= 1 && step <= d.size()) {
            out.add(new Label(step, cat.name(), "annotators"));
          }
        });
    return d.withLabels(out);
  }

  /** The base model's card, carried over so the fine-tuned model's says where it came from. */
  private static void copyCard(Path base, Path to) throws IOException {
    Path card = base.resolve("MODEL_CARD.md");
    Files.createDirectories(to);
    if (Files.isRegularFile(card) && !Files.isSameFile(base, to)) {
      Files.copy(card, to.resolve("MODEL_CARD.md"), StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
