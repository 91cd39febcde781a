package org.derivx.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.derivx.derivation.Derivation;
import org.derivx.derivation.DerivationRecord;
import org.derivx.derivation.Equation;
import org.derivx.flagger.TorchRuntime;
import org.derivx.flagger.lm.LmTrainer;
import org.derivx.io.Datasets;
import org.derivx.lm.BpeTrainer;
import org.derivx.lm.DerivationPrompt;
import org.derivx.lm.LlamaConfig;
import org.derivx.lm.LlamaGguf;
import org.derivx.lm.Tokenizer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code derivx train-lm}: trains the demo's small decoder (llama architecture) on derivations,
 * prompt → derivation, with DJL, and writes it as GGUF for the model process.
 */
@Command(
    name = "train-lm",
    mixinStandardHelpOptions = true,
    description =
        "Train a small llama-architecture model on derivations (prompt -> derivation) and write"
            + " it as GGUF.")
final class TrainLmCommand implements Callable<Integer> {
  @Parameters(paramLabel = "FILE", arity = "1..*", description = "Derivations (ours: generate).")
  List<Path> inputs;

  @Option(names = "--out", required = true, paramLabel = "MODEL.gguf")
  Path out;

  @Option(names = "--vocab", defaultValue = "512", description = "Vocabulary size (512).")
  int vocab;

  @Option(names = "--dim", defaultValue = "128", description = "Width (128).")
  int dim;

  @Option(names = "--layers", defaultValue = "4", description = "Layers (4).")
  int layers;

  @Option(names = "--heads", defaultValue = "4", description = "Heads (4).")
  int heads;

  @Option(names = "--steps", defaultValue = "1000", description = "Training steps (1000).")
  int steps;

  @Option(names = "--batch", defaultValue = "16", description = "Batch size (16).")
  int batch;

  @Option(names = "--max-length", defaultValue = "384", description = "Longest example, tokens.")
  int maxLength;

  @Option(names = "--lr", defaultValue = "2e-3", description = "Peak learning rate (2e-3).")
  double lr;

  @Option(names = "--seed", defaultValue = "1", description = "Seed (1).")
  long seed;

  @Option(
      names = "--save-every",
      defaultValue = "0",
      description =
          "Also write the model every N steps, to MODEL.stepN.gguf (default 0: only at the end).")
  int saveEvery;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter o = spec.commandLine().getOut();
    List<String[]> pairs = new ArrayList<>();
    for (Path in : inputs) {
      for (DerivationRecord r : Datasets.load(in).records()) {
        for (Derivation d : r.variants()) {
          if (d.isReference() && d.prompt() != null && !d.steps().isEmpty()) {
            pairs.add(
                new String[] {
                  DerivationPrompt.text(d.prompt()),
                  DerivationPrompt.answer(d.steps().stream().map(Equation::raw).toList())
                });
          }
        }
      }
    }
    List<String> texts = new ArrayList<>();
    pairs.forEach(p -> texts.add(p[0] + p[1]));
    Tokenizer t = BpeTrainer.train(texts, vocab);
    List<LmTrainer.Example> data = new ArrayList<>();
    pairs.forEach(p -> data.add(LmTrainer.example(t, p[0], p[1])));
    LlamaConfig c = new LlamaConfig(t.size(), dim, layers, heads, dim * 3, 1024, 10000f, 1e-6f);
    o.printf(
        Locale.ROOT,
        "%d derivations, vocabulary %d, %,d weights%n",
        data.size(),
        t.size(),
        c.parameters());
    o.flush();
    TorchRuntime.engine(o::println);
    Map<String, float[]> weights;
    long start = System.nanoTime();
    weights =
        LmTrainer.trainNew(
            c,
            data,
            new LmTrainer.Settings(steps, batch, maxLength, lr, seed),
            s -> {
              o.println(s);
              o.flush();
            },
            saveEvery,
            (step, w) -> {
              Path p = out.resolveSibling(stem(out) + ".step" + step + ".gguf");
              try {
                LlamaGguf.write(p, "derivx-lm", c, t, w, false, Map.of());
                o.printf("wrote %s%n", p);
              } catch (IOException e) {
                o.printf("cannot write %s: %s%n", p, e.getMessage());
              }
              o.flush();
            });
    Map<String, String> card = new LinkedHashMap<>();
    card.put(
        "derivx.training",
        String.format(
            Locale.ROOT,
            "%d derivations from %s; %d steps of %d; lr %s; seed %d; %.0f s",
            data.size(),
            inputs,
            steps,
            batch,
            lr,
            seed,
            (System.nanoTime() - start) / 1e9));
    LlamaGguf.write(out, "derivx-lm", c, t, weights, false, card);
    o.printf("wrote %s%n", out);
    return DerivxCommand.OK;
  }

  private static String stem(Path out) {
    return out.getFileName().toString().replaceFirst("\\.gguf$", "");
  }
}
