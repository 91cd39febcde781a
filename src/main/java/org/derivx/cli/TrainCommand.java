package org.derivx.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.derivx.flagger.FlaggerBlock;
import org.derivx.flagger.FlaggerException;
import org.derivx.flagger.FlaggerModel;
import org.derivx.flagger.FlaggerTrainer;
import org.derivx.flagger.ModelCard;
import org.derivx.io.DatasetException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code derivx train --data F.jsonl… [--repeat F=N…] --out DIR [--epochs N] [--seed S]}, or with
 * {@code --annotations DB} fine-tuning a trained model on a store's human labels ({@link
 * TuneFromAnnotations}).
 */
@Command(
    name = "train",
    mixinStandardHelpOptions = true,
    description = {
      "Train the step flagger (DJL, offline) on labelled derivations; writes the weights,"
          + " vocabulary, config and MODEL_CARD.md (each source's share, the training log).",
      "With --annotations DB: fine-tune a trained model (--model, default the shipped one) on the"
          + " store's final labels (adjudicated, or agreed by all annotators) of the derivations"
          + " in --data (default: the dataset beside the store); the model card records it."
    })
final class TrainCommand implements Callable<Integer> {
  @Option(
      names = "--data",
      arity = "1..*",
      description =
          "Training files (labelled derivations); with --annotations, the annotated dataset"
              + " (labelled files among them are mixed in).")
  List<Path> data = new ArrayList<>();

  @Option(
      names = "--repeat",
      description =
          "FILE=N: show FILE's derivations N times an epoch (a small source made to count).")
  Map<Path, Integer> repeat = new LinkedHashMap<>();

  @Option(names = "--out", required = true, description = "Model directory to write.")
  Path out;

  @Option(names = "--epochs", description = "Epochs (default 8; fine-tuning 5).")
  Integer epochs;

  @Option(
      names = "--learning-rate",
      description = "Adam's learning rate (default 0.001; fine-tuning 0.0003).")
  Float learningRate;

  @Option(names = "--seed", defaultValue = "1", description = "Seed (default 1).")
  long seed;

  @Option(names = "--dim", defaultValue = "64", description = "Width (default 64).")
  int dim;

  @Option(names = "--layers", defaultValue = "2", description = "Derivation layers (default 2).")
  int layers;

  @Option(
      names = "--held-out",
      arity = "1..*",
      description = "Labelled files to score the trained model on.")
  List<Path> heldOut = new ArrayList<>();

  @Option(
      names = "--annotations",
      paramLabel = "DB",
      description = "Fine-tune on this annotation store's final labels.")
  Path annotations;

  @Option(
      names = "--model",
      description = "With --annotations: the model to fine-tune (default: the shipped one).")
  Path model;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter o = spec.commandLine().getOut();
    if (annotations != null) {
      // fine-tuning keeps the trained model's sizes: say so rather than ignore the options
      for (String sizing : List.of("--dim", "--layers")) {
        if (spec.commandLine().getParseResult().hasMatchedOption(sizing)) {
          err.println(
              "derivx train: "
                  + sizing
                  + " cannot be given with --annotations: fine-tuning keeps the model's sizes");
          return DerivxCommand.BAD_INPUT;
        }
      }
      return new TuneFromAnnotations(this, o, err).call();
    }
    if (data.isEmpty()) {
      err.println("derivx train: give --data (training files) or --annotations (a store)");
      return DerivxCommand.BAD_INPUT;
    }
    for (Path p : repeat.keySet()) {
      if (!data.contains(p) || repeat.get(p) < 1) {
        err.println(
            "derivx train: --repeat "
                + p
                + "="
                + repeat.get(p)
                + ": not one of the --data files, or less than 1");
        return DerivxCommand.BAD_INPUT;
      }
    }
    List<FlaggerTrainer.Example> examples = new ArrayList<>();
    List<ModelCard.Source> sources = new ArrayList<>();
    try {
      for (Path f : data) {
        List<Judged> js = Judged.load(List.of(f), new VariantFilter(null), err);
        int n = repeat.getOrDefault(f, 1);
        for (Judged j : js) {
          examples.add(new FlaggerTrainer.Example(j.derivation(), group(f, j), n));
        }
        sources.add(
            ModelCard.Source.of(f, source(js), js.stream().map(Judged::derivation).toList(), n));
      }
    } catch (DatasetException e) {
      err.println("derivx train: " + e.getMessage());
      return DerivxCommand.BAD_INPUT;
    }
    if (examples.isEmpty()) {
      err.println("derivx train: no derivations in " + data);
      return DerivxCommand.BAD_INPUT;
    }
    FlaggerTrainer.Settings s =
        new FlaggerTrainer.Settings(
            epochs == null ? 8 : epochs,
            32,
            learningRate == null ? 1e-3f : learningRate,
            seed,
            new FlaggerBlock.Config(0, dim, 4, layers, dim * 2));
    FlaggerTrainer.Report[] report = new FlaggerTrainer.Report[1];
    try (FlaggerModel m =
        FlaggerTrainer.train(
            examples,
            s,
            line -> {
              o.println(line);
              o.flush();
            },
            report)) {
      m.save(out);
      String held = null;
      if (!heldOut.isEmpty()) {
        held = EvalCommand.score(m, Judged.load(heldOut, new VariantFilter(null), err));
        o.print(held);
      }
      ModelCard.write(out, sources, s, m, report[0], held);
    } catch (FlaggerException e) {
      err.println("derivx train: " + e.getMessage());
      return DerivxCommand.BAD_INPUT;
    }
    o.printf("wrote %s%n", out);
    return DerivxCommand.OK;
  }

  /** How a file was made: {@code meta.source} (inject, silver), the generator's, or labelled. */
  static String source(List<Judged> js) {
    if (js.isEmpty()) {
      return "labelled";
    }
    Map<String, Object> meta = js.get(0).record().meta();
    if (meta.get("source") != null) {
      return meta.get("source").toString();
    }
    return meta.containsKey("seed") && meta.containsKey("index") ? "generator" : "labelled";
  }

  /**
   * The derivation's group, never split between training and validation: the record it was made
   * from ({@code meta.record}, written by {@code inject} and {@code silver}: whatever file it is
   * in), else its id up to the first '/' within its file (a generated derivation, its variants and
   * injected errors).
   */
  static String group(Path file, Judged j) {
    Object record = j.record().meta().get("record");
    if (record != null) {
      return "record:" + record;
    }
    String id = j.record().id();
    return file.getFileName() + ":" + (id.contains("/") ? id.substring(0, id.indexOf('/')) : id);
  }
}
