package org.derivx.cli;

import java.io.BufferedWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.derivx.check.CheckOptions;
import org.derivx.check.DerivationReport;
import org.derivx.check.run.StepChecker;
import org.derivx.derivation.Dataset;
import org.derivx.derivation.Derivation;
import org.derivx.derivation.DerivationRecord;
import org.derivx.derivation.Equation;
import org.derivx.derivation.Prompt;
import org.derivx.io.Datasets;
import org.derivx.lm.BuiltinModel;
import org.derivx.lm.DerivationPrompt;
import org.derivx.lm.GeneratedLine;
import org.derivx.lm.GenerationRequest;
import org.derivx.lm.GenerationResult;
import org.derivx.lm.LiveDerivation;
import org.derivx.lm.ModelException;
import org.derivx.lm.ModelProcess;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code derivx generate-with}: a local GGUF model answers a dataset's prompts; each equation is
 * checked as it completes and printed with its verdict; the derivations are written as our JSONL
 * (one line per prompt and perturbation, variant {@code <perturbation>_<model file name>}).
 */
@Command(
    name = "generate-with",
    mixinStandardHelpOptions = true,
    description =
        "Generate derivations for a dataset's prompts with a local GGUF model, checking each"
            + " equation as it is written.")
final class GenerateWithCommand implements Callable<Integer> {
  @Option(
      names = "--model",
      required = true,
      paramLabel = "FILE.gguf|builtin",
      description = "A GGUF model file, or builtin for the shipped model.")
  String model;

  @Parameters(
      paramLabel = "PROMPTS",
      arity = "1..*",
      description = "Datasets whose prompts to use.")
  List<Path> inputs;

  @Option(
      names = "--variants",
      split = ",",
      defaultValue = "static",
      description = "Perturbations whose prompts to answer (default static).")
  List<String> variants;

  @Option(names = "--seed", defaultValue = "1", description = "Sampling seed (default 1).")
  int seed;

  @Option(
      names = "--temperature",
      defaultValue = "0",
      description = "Sampling temperature; 0 is greedy (default).")
  float temperature;

  @Option(names = "--max-tokens", defaultValue = "256", description = "Per derivation (256).")
  int maxTokens;

  @Option(names = "--grammar", description = "Keep to equations joined by \" and \" (GBNF).")
  boolean grammar;

  @Option(names = "--threads", defaultValue = "2", description = "llama.cpp threads (default 2).")
  int threads;

  @Option(names = "--limit", defaultValue = "-1", description = "At most this many prompts.")
  int limit;

  @Option(names = "--out", required = true, paramLabel = "F.jsonl", description = "Output file.")
  Path out;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  private record Job(DerivationRecord record, String perturbation, Prompt prompt) {}

  @Override
  public Integer call() throws Exception {
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<Job> jobs = new ArrayList<>();
    for (Path in : inputs) {
      Dataset d = Datasets.load(in);
      d.problems().forEach(p -> err.println("derivx: skipped " + p));
      for (DerivationRecord r : d.records()) {
        for (String v : variants) {
          Prompt p = promptOf(r, v);
          if (p != null && (limit < 0 || jobs.size() < limit)) {
            jobs.add(new Job(r, v, p));
          }
        }
      }
    }
    Path file;
    ModelProcess process;
    try {
      file = BuiltinModel.resolve(model);
      process = ModelProcess.start(file, threads);
    } catch (ModelException e) {
      err.println("derivx generate-with: " + e.getMessage());
      return DerivxCommand.BAD_INPUT;
    }
    String modelName = GeneratedLine.modelName(file);
    StepChecker checker = new StepChecker(CheckOptions.defaults());
    int failed = 0;
    try (process;
        BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8);
        ProgressBar bar = progressBar(jobs.size())) {
      for (Job job : jobs) {
        String tag = job.record().id() + " " + job.perturbation();
        LiveDerivation live =
            new LiveDerivation(
                job.record().id(),
                modelName,
                job.perturbation(),
                job.prompt(),
                checker,
                s ->
                    stdout.printf(
                        Locale.ROOT,
                        "%s step %d: %s  [%s]%n",
                        tag,
                        s.number(),
                        s.latex(),
                        s.result().verdict()));
        GenerationRequest req =
            new GenerationRequest(
                DerivationPrompt.text(job.prompt()),
                temperature,
                seed,
                maxTokens,
                grammar ? DerivationPrompt.EQUATIONS_GRAMMAR : null);
        GenerationResult g;
        try {
          g = process.generate(req, live::accept);
        } catch (ModelException e) {
          err.println("derivx generate-with: " + tag + ": " + e.getMessage());
          failed++;
          bar.step();
          continue;
        }
        DerivationReport report = live.finish();
        stdout.printf(
            Locale.ROOT,
            "%s: %d steps, goal %s (%d tokens, %s)%n",
            tag,
            live.latex().size(),
            report.goal(),
            g.tokens(),
            g.stop());
        stdout.flush();
        w.write(line(job, modelName, live, req, g));
        w.newLine();
        w.flush();
        bar.step();
      }
    }
    stdout.printf(Locale.ROOT, "wrote %d derivations to %s%n", jobs.size() - failed, out);
    return failed > 0 ? DerivxCommand.INTERNAL_ERROR : DerivxCommand.OK;
  }

  /** The prompt of the perturbation's reference, else (static) the record's prompt. */
  private static Prompt promptOf(DerivationRecord r, String perturbation) {
    for (Derivation v : r.variants()) {
      if (v.isReference() && v.perturbation().equals(perturbation) && v.prompt() != null) {
        return v.prompt();
      }
    }
    return perturbation.equals("static") ? r.prompt() : null;
  }

  private String line(
      Job job, String modelName, LiveDerivation live, GenerationRequest req, GenerationResult g) {
    List<String> reference = null;
    for (Derivation v : job.record().variants()) {
      if (v.isReference() && v.perturbation().equals(job.perturbation())) {
        reference = v.steps().stream().map(Equation::raw).toList();
        break;
      }
    }
    return GeneratedLine.of(
        job.record().id(),
        job.prompt(),
        job.perturbation(),
        live.latex(),
        g.text(),
        reference,
        modelName,
        model,
        req,
        g);
  }

  private static ProgressBar progressBar(int n) {
    return new ProgressBarBuilder()
        .setTaskName("generating")
        .setInitialMax(n)
        .setStyle(ProgressBarStyle.ASCII)
        .setConsumer(Progress.consumer())
        .setUpdateIntervalMillis(250)
        .build();
  }
}
