package org.derivx.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.derivx.derivation.Derivation;
import org.derivx.flagger.FlaggerBlock;
import org.derivx.flagger.FlaggerException;
import org.derivx.flagger.FlaggerModel;
import org.derivx.flagger.FlaggerTrainer;
import org.derivx.flagger.ModelCard;
import org.derivx.io.DatasetException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code derivx train --data F.jsonl… --out DIR [--epochs N] [--seed S]}. */
@Command(
    name = "train",
    mixinStandardHelpOptions = true,
    description =
        "Train the step flagger (DJL, offline) on labelled derivations; writes the weights,"
            + " vocabulary, config and MODEL_CARD.md.")
final class TrainCommand implements Callable<Integer> {
  @Option(names = "--data", required = true, arity = "1..*", description = "Training files.")
  List<Path> data = new ArrayList<>();

  @Option(names = "--out", required = true, description = "Model directory to write.")
  Path out;

  @Option(names = "--epochs", defaultValue = "8", description = "Epochs (default 8).")
  int epochs;

  @Option(names = "--seed", defaultValue = "1", description = "Seed (default 1).")
  long seed;

  @Option(names = "--dim", defaultValue = "64", description = "Width (default 64).")
  int dim;

  @Option(names = "--layers", defaultValue = "2", description = "Derivation layers (default 2).")
  int layers;

  @Option(names = "--held-out", description = "Labelled files to score the trained model on.")
  List<Path> heldOut = new ArrayList<>();

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter o = spec.commandLine().getOut();
    List<Derivation> derivations = new ArrayList<>();
    try {
      Judged.load(data, new VariantFilter(null), err).forEach(j -> derivations.add(j.derivation()));
    } catch (DatasetException e) {
      err.println("derivx train: " + e.getMessage());
      return DerivxCommand.BAD_INPUT;
    }
    if (derivations.isEmpty()) {
      err.println("derivx train: no derivations in " + data);
      return DerivxCommand.BAD_INPUT;
    }
    FlaggerTrainer.Settings s =
        new FlaggerTrainer.Settings(
            epochs, 32, 1e-3f, seed, new FlaggerBlock.Config(0, dim, 4, layers, dim * 2));
    FlaggerTrainer.Report[] report = new FlaggerTrainer.Report[1];
    try (FlaggerModel model =
        FlaggerTrainer.train(
            derivations,
            s,
            line -> {
              o.println(line);
              o.flush();
            },
            report)) {
      model.save(out);
      String held = null;
      if (!heldOut.isEmpty()) {
        held = EvalCommand.score(model, Judged.load(heldOut, new VariantFilter(null), err));
        o.print(held);
      }
      ModelCard.write(out, data, derivations.size(), s, model, report[0], held);
    } catch (FlaggerException e) {
      err.println("derivx train: " + e.getMessage());
      return DerivxCommand.BAD_INPUT;
    }
    o.printf("wrote %s%n", out);
    return DerivxCommand.OK;
  }
}
