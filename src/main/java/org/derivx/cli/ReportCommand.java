package org.derivx.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.derivx.annotate.AnnotationException;
import org.derivx.annotate.AnnotationStore;
import org.derivx.check.BatchChecker;
import org.derivx.check.CheckListener;
import org.derivx.check.DerivationReport;
import org.derivx.flagger.FlaggerException;
import org.derivx.flagger.FlaggerModel;
import org.derivx.flagger.Models;
import org.derivx.io.DatasetException;
import org.derivx.render.ReportWriter;
import org.derivx.report.Entries;
import org.derivx.report.Entry;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code derivx report FILE… [--annotations DB] --out DIR}. */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = {
      "Check (and flag) every derivation, join the annotations, and write report.html (tables and"
          + " charts), steps.csv, derivations.csv and each chart as PNG and SVG."
    })
final class ReportCommand implements Callable<Integer> {
  @Parameters(paramLabel = "FILE", arity = "1..*", description = "Dataset files or directories.")
  List<Path> files = new ArrayList<>();

  @Option(names = "--out", required = true, description = "Directory to write the report into.")
  Path out;

  @Option(names = "--annotations", description = "Annotation store (SQLite) to join.")
  Path annotations;

  @Option(names = "--no-flagger", description = "Do not run the flagger.")
  boolean noFlagger;

  @CommandLine.Mixin JudgeOptions judges = new JudgeOptions();

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter stdout = spec.commandLine().getOut();
    List<Entries.Source> sources = new ArrayList<>();
    try {
      for (Judged j : Judged.load(files, judges.filter(), err)) {
        sources.add(new Entries.Source(j.file(), j.record(), j.derivation()));
      }
    } catch (DatasetException e) {
      err.println("derivx report: " + e.getMessage());
      return DerivxCommand.BAD_INPUT;
    }
    List<String> names = sources.stream().map(Entries.Source::file).distinct().toList();
    if (annotations != null && !Files.isRegularFile(annotations)) {
      err.println("derivx report: no annotation store at " + annotations);
      return DerivxCommand.BAD_INPUT;
    }
    List<float[][]> flags = null;
    if (!noFlagger) {
      try (FlaggerModel m = Models.load(judges.model, err::println)) {
        flags = m.predict(sources.stream().map(Entries.Source::derivation).toList());
      } catch (FlaggerException e) {
        if (judges.model != null) { // asked for by name: a broken one is bad input
          err.println("derivx report: " + e.getMessage());
          return DerivxCommand.BAD_INPUT;
        }
        err.println("derivx report: without the flagger: " + e.getMessage());
      }
    }
    BatchChecker checker = judges.checker();
    List<DerivationReport> checks =
        checker.run(
            sources.stream()
                .map(s -> new BatchChecker.Job(s.record().id(), s.derivation()))
                .toList(),
            CheckListener.NONE);
    List<Entry> entries;
    try (AnnotationStore store =
        annotations == null ? null : AnnotationStore.openReadOnly(annotations)) {
      entries = Entries.build(sources, checks, flags, store);
    } catch (AnnotationException e) {
      err.println("derivx report: " + e.getMessage());
      return DerivxCommand.BAD_INPUT;
    }
    ReportWriter.write(entries, names, LocalDate.now().toString(), out);
    stdout.printf(
        "wrote %s (%d derivations) with steps.csv, derivations.csv and %d charts%n",
        out.resolve("report.html"), entries.size(), ReportWriter.charts(entries).size());
    return DerivxCommand.OK;
  }
}
