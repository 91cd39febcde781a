package org.derivx.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.derivx.check.CheckOptions;
import org.derivx.check.run.BatchChecker;
import org.derivx.check.run.CheckListener;
import org.derivx.derivation.Derivation;
import org.derivx.io.Format;
import org.derivx.metrics.VerdictStats;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code derivx check}: a verdict for every step of every derivation. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = {
      "Checks every step with the step checker and prints verdict counts per variant and how",
      "many derivations reach their goal; --jsonl/--csv give one line per step. Files are",
      "streamed: read, checked and written derivation by derivation, in input order, each",
      "flushed as soon as it and those before it are done. Exit 1 when some step has an error",
      "verdict; a derivation whose check fails (a bug) gets an \"error\" line and exit 3."
    })
final class CheckCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Datasets, or directories.")
  List<Path> files;

  @Option(
      names = "--variant",
      paramLabel = "GLOB",
      description = "Only variants whose name matches, e.g. 'derivation' or '*gpt*'.")
  String variant;

  @Option(
      names = "--format",
      paramLabel = "F",
      converter = FormatConverter.class,
      description = "results-json, jsonl or text (default: detected).")
  Format format;

  @Option(
      names = "--budget",
      paramLabel = "UNITS",
      description =
          "Work budget per step in counted units (default ${DEFAULT-VALUE}); a step that spends it"
              + " is retried once with 10x, then UNKNOWN. Verdicts never depend on time.")
  long budget = CheckOptions.DEFAULT_BUDGET;

  @Option(
      names = "--threads",
      paramLabel = "N",
      converter = ThreadCount.class,
      description = "Worker threads (default: all cores; 0 too).")
  Integer threads;

  @Option(
      names = "--no-symbolic",
      description =
          "No Symja at all: counterexamples are not re-evaluated by Symja (and --confirm is off).")
  boolean noSymbolic;

  @Option(
      names = "--confirm",
      description =
          "Have Symja confirm each VALID (or IRRELEVANT) step's operation (\"confirmed\":"
              + " symbolic or numeric in --jsonl); it never changes a verdict, and costs time.")
  boolean confirm;

  @CommandLine.ArgGroup(exclusive = true)
  Output output = new Output();

  static final class Output {
    @Option(names = "--jsonl", description = "One JSON object per step, then per derivation.")
    boolean jsonl;

    @Option(names = "--csv", description = "One CSV row per step.")
    boolean csv;
  }

  @Option(names = "--out", paramLabel = "F", description = "Write --jsonl/--csv here.")
  Path outFile;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @CommandLine.ParentCommand DerivxCommand root;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (budget <= 0) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--budget must be positive");
    }
    CliContext context = DerivxCommand.context(root);
    InternalErrors errors = new InternalErrors(context.logDir(), err, "check");
    int n = ThreadCount.resolve(threads);
    if (confirm && noSymbolic) {
      err.println("check: --confirm does nothing with --no-symbolic (Symja confirms)");
    }
    CheckOptions options =
        CheckOptions.defaults().withBudget(budget).withSymbolic(!noSymbolic).withConfirm(confirm);
    BatchChecker checker = new BatchChecker(options, n, context.aroundCheck());
    VariantFilter filter = new VariantFilter(variant);
    // the checkers need the cores; records are decoded on the reading thread
    Inputs inputs = new Inputs(files, format, 1, err, errors);
    Run run = new Run(context, errors);
    CheckOutput.Kind kind =
        output.jsonl
            ? CheckOutput.Kind.JSONL
            : output.csv ? CheckOutput.Kind.CSV : CheckOutput.Kind.NONE;
    boolean toFile = outFile != null && kind != CheckOutput.Kind.NONE;
    try (Writer w =
            toFile
                ? Files.newBufferedWriter(outFile, StandardCharsets.UTF_8)
                : Writer.nullWriter();
        ProgressBar bar = progressBar()) {
      run.output = new CheckOutput(kind, toFile ? w : out);
      run.bar = bar;
      run.output.header();
      try (BatchChecker.Pipeline p =
          checker.start(CheckListener.NONE, checker.defaultWindow(), run::emit)) {
        inputs.forEach(
            (file, r) -> {
              for (Derivation v : r.variants()) {
                if (filter.accepts(v)) {
                  run.jobs++;
                  p.submit(new BatchChecker.Job(r.id(), v, r.source().describe()));
                }
              }
            });
        p.finish();
      }
    }
    if (run.jobs == 0) {
      err.println(
          "derivx: nothing to check" + (variant == null ? "" : " (--variant " + variant + ")"));
    } else if (outFile != null || kind == CheckOutput.Kind.NONE) {
      run.stats.printTable(out);
      if (errors.count() > 0) {
        out.printf(
            "internal errors: %d, their derivations left out (details in %s)%n",
            errors.count(), errors.log());
      }
    }
    out.flush();
    if (errors.count() > 0) {
      return DerivxCommand.INTERNAL_ERROR;
    }
    if (inputs.bad() || run.jobs == 0) {
      return DerivxCommand.BAD_INPUT;
    }
    return run.findings ? DerivxCommand.FINDINGS : DerivxCommand.OK;
  }

  /** The state of one run, fed in order on the reading thread. */
  private static final class Run {
    final CliContext context;
    final InternalErrors errors;
    final VerdictStats stats = new VerdictStats();
    CheckOutput output;
    ProgressBar bar;
    long jobs;
    boolean findings;

    Run(CliContext context, InternalErrors errors) {
      this.context = context;
      this.errors = errors;
    }

    void emit(BatchChecker.Outcome o) {
      BatchChecker.Job job = o.job();
      String where = job.source() + ", record " + job.id() + ", variant " + job.derivation().name();
      try {
        if (o.failed()) {
          errors.report(where, o.failure());
          output.failed(job, o.failure(), errors.log());
        } else {
          stats.add(o.report());
          findings |= o.report().hasErrors();
          output.report(o.report());
        }
        output.flush();
      } catch (RuntimeException e) {
        if (e instanceof UncheckedIOException) {
          throw e; // the output failed: nothing more can be written
        }
        errors.report(where + ", writing its results", e);
      }
      bar.step();
      context.written().accept(job.id());
    }
  }

  private ProgressBar progressBar() {
    // the total is not known before the end of a streamed file: a count, not a percentage
    return new ProgressBarBuilder()
        .setTaskName("checking")
        .setInitialMax(-1)
        .setStyle(ProgressBarStyle.ASCII)
        .setConsumer(Progress.consumer())
        .setUpdateIntervalMillis(250)
        .build();
  }
}
