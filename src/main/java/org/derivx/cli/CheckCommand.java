package org.derivx.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.derivx.check.BatchChecker;
import org.derivx.check.CheckListener;
import org.derivx.check.CheckOptions;
import org.derivx.check.DerivationReport;
import org.derivx.check.ReportFormat;
import org.derivx.derivation.Dataset;
import org.derivx.derivation.Derivation;
import org.derivx.derivation.DerivationRecord;
import org.derivx.io.DatasetException;
import org.derivx.io.DatasetFiles;
import org.derivx.io.Datasets;
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
      "many derivations reach their goal; --jsonl/--csv give one line per step.",
      "Exit 0 no error verdicts, 1 some, 2 bad input."
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
      description = "Worker threads (default: all cores).")
  Integer threads;

  @Option(names = "--no-symbolic", description = "Skip Symja's confirmation of valid steps.")
  boolean noSymbolic;

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

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (budget <= 0) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--budget must be positive");
    }
    List<BatchChecker.Job> jobs = new ArrayList<>();
    boolean bad = load(jobs, err);
    if (jobs.isEmpty()) {
      err.println(
          "derivx: nothing to check" + (variant == null ? "" : " (--variant " + variant + ")"));
      return DerivxCommand.BAD_INPUT;
    }
    int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    CheckOptions options = CheckOptions.defaults().withBudget(budget).withSymbolic(!noSymbolic);
    VerdictStats stats = new VerdictStats();
    boolean streamed = output.jsonl || output.csv;
    Writer sink =
        !streamed
            ? null
            : outFile == null ? out : Files.newBufferedWriter(outFile, StandardCharsets.UTF_8);
    List<DerivationReport> reports;
    try (ProgressBar bar = progressBar(jobs.size())) {
      CheckListener listener =
          new CheckListener() {
            @Override
            public void derivationChecked(DerivationReport report) {
              stats.add(report);
              bar.step();
            }
          };
      reports = new BatchChecker(options, n).run(jobs, listener);
    }
    if (sink != null) {
      write(reports, sink);
    }
    if (outFile != null || !streamed) {
      stats.printTable(out);
    }
    out.flush();
    if (bad) {
      return DerivxCommand.BAD_INPUT;
    }
    return reports.stream().anyMatch(DerivationReport::hasErrors)
        ? DerivxCommand.FINDINGS
        : DerivxCommand.OK;
  }

  /** Reads all files into jobs; true if some input was bad (it is reported and skipped). */
  private boolean load(List<BatchChecker.Job> jobs, PrintWriter err) throws DatasetException {
    VariantFilter filter = new VariantFilter(variant);
    boolean bad = false;
    for (Path file : DatasetFiles.expand(files)) {
      try {
        Dataset d = Datasets.load(file, format);
        for (var p : d.problems()) {
          err.println("derivx: skipped " + p);
          bad = true;
        }
        for (DerivationRecord r : d.records()) {
          for (Derivation v : r.variants()) {
            if (filter.accepts(v)) {
              jobs.add(new BatchChecker.Job(r.id(), v));
            }
          }
        }
      } catch (DatasetException e) {
        err.println("derivx: " + e.getMessage());
        bad = true;
      }
    }
    return bad;
  }

  private void write(List<DerivationReport> reports, Writer sink) throws IOException {
    try {
      if (output.csv) {
        ReportFormat.writeCsvHeader(sink);
      }
      for (DerivationReport r : reports) {
        if (output.csv) {
          ReportFormat.writeCsv(r, sink);
        } else {
          ReportFormat.writeJsonl(r, sink);
        }
      }
    } finally {
      if (outFile != null) {
        sink.close();
      } else {
        sink.flush();
      }
    }
  }

  private ProgressBar progressBar(int total) {
    return new ProgressBarBuilder()
        .setTaskName("checking")
        .setInitialMax(total)
        .setStyle(ProgressBarStyle.ASCII)
        .setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(System.err))
        .setUpdateIntervalMillis(250)
        .build();
  }
}
