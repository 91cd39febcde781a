package org.derivx.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.derivx.derivation.DerivationRecord;
import org.derivx.io.Datasets;
import org.derivx.lm.BuiltinModel;
import org.derivx.lm.DerivationPrompt;
import org.derivx.lm.GenerationRequest;
import org.derivx.lm.GenerationResult;
import org.derivx.lm.ModelProcess;
import org.derivx.metrics.Latencies;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code derivx bench generate --model M PROMPTS}: the model process's start and load time, greedy
 * tokens/s and the time to the first complete equation, over a dataset's static prompts.
 */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    description = "Time a GGUF model: start and load, tokens/s, time to the first equation.")
final class BenchGenerate implements Callable<Integer> {
  @Parameters(paramLabel = "PROMPTS")
  Path file;

  @Option(names = "--model", defaultValue = "builtin", description = "FILE.gguf or builtin.")
  String model;

  @Option(names = "--prompts", defaultValue = "20", description = "Prompts timed (default 20).")
  int prompts;

  @Option(names = "--max-tokens", defaultValue = "256", description = "Per prompt (256).")
  int maxTokens;

  @Option(names = "--threads", defaultValue = "2", description = "llama.cpp threads (2).")
  int threads;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    List<String> texts = new ArrayList<>();
    for (DerivationRecord r : Datasets.load(file).records()) {
      if (r.prompt() != null && texts.size() < prompts) {
        texts.add(DerivationPrompt.text(r.prompt()));
      }
    }
    long t0 = System.nanoTime();
    try (ModelProcess p = ModelProcess.start(BuiltinModel.resolve(model), threads)) {
      long t1 = System.nanoTime();
      out.printf(
          Locale.ROOT,
          "model %s (%s, %,d weights): process start and load %.0f ms%n",
          p.model().name(),
          p.model().architecture(),
          p.model().parameters(),
          (t1 - t0) / 1e6);
      p.generate(GenerationRequest.greedy(texts.get(0), 8), t -> {}); // warm-up
      long tokens = 0;
      double seconds = 0;
      long[] firstEquation = new long[texts.size()];
      for (int i = 0; i < texts.size(); i++) {
        StringBuilder sofar = new StringBuilder();
        long start = System.nanoTime();
        long[] first = {-1};
        GenerationResult g =
            p.generate(
                GenerationRequest.greedy(texts.get(i), maxTokens),
                t -> {
                  sofar.append(t);
                  if (first[0] < 0 && sofar.indexOf(DerivationPrompt.AND) >= 0) {
                    first[0] = System.nanoTime() - start;
                  }
                });
        long took = System.nanoTime() - start;
        firstEquation[i] = first[0] < 0 ? took : first[0];
        tokens += g.tokens();
        seconds += took / 1e9;
      }
      long[] sorted = Latencies.sorted(firstEquation);
      out.printf(
          Locale.ROOT,
          "%d prompts, %d tokens: %.0f tokens/s on %d threads (%s)%n",
          texts.size(),
          tokens,
          tokens / seconds,
          threads,
          Latencies.machine());
      out.printf(
          Locale.ROOT,
          "time to first equation: p50 %.1f ms, p95 %.1f ms%n",
          Latencies.quantile(sorted, 0.5) / 1e6,
          Latencies.quantile(sorted, 0.95) / 1e6);
    }
    return DerivxCommand.OK;
  }
}
