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
import org.derivx.check.DerivationReport;
import org.derivx.flagger.FlaggerException;
import org.derivx.flagger.FlaggerModel;
import org.derivx.flagger.Models;
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

  @CommandLine.ParentCommand DerivxCommand root;

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter stdout = spec.commandLine().getOut();
    CliContext context = DerivxCommand.context(root);
    InternalErrors errors = new InternalErrors(context.logDir(), err, "report");
    if (annotations != null && !Files.isRegularFile(annotations)) {
      err.println("derivx report: no annotation store at " + annotations);
      return DerivxCommand.BAD_INPUT;
    }
    Inputs inputs = new Inputs(files, null, 1, err, errors);
    List<Judged> all = Judged.collect(inputs, judges.filter());
    if (all.isEmpty()) {
      err.println("derivx report: nothing to report");
      return errors.count() > 0 ? DerivxCommand.INTERNAL_ERROR : DerivxCommand.BAD_INPUT;
    }
    List<float[][]> flags = null;
    if (!noFlagger) {
      try (FlaggerModel m = Models.load(judges.model, err::println)) {
        flags = Judging.flag(m, all, errors);
      } catch (FlaggerException e) {
        if (judges.model != null) { // asked for by name: a broken one is bad input
          err.println("derivx report: " + e.getMessage());
          return DerivxCommand.BAD_INPUT;
        }
        err.println("derivx report: without the flagger: " + e.getMessage());
      }
    }
    List<DerivationReport> checks = Judging.check(judges.checker(context), all, errors);
    // a derivation a judge failed on (reported above) is left out of the report
    List<Entries.Source> sources = new ArrayList<>();
    List<DerivationReport> keptChecks = new ArrayList<>();
    List<float[][]> keptFlags = flags == null ? null : new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      if (checks.get(i) == null || flags != null && flags.get(i) == null) {
        continue;
      }
      Judged j = all.get(i);
      sources.add(new Entries.Source(j.file(), j.record(), j.derivation()));
      keptChecks.add(checks.get(i));
      if (keptFlags != null) {
        keptFlags.add(flags.get(i));
      }
    }
    List<String> names = sources.stream().map(Entries.Source::file).distinct().toList();
    List<Entry> entries;
    try (AnnotationStore store =
        annotations == null ? null : AnnotationStore.openReadOnly(annotations)) {
      entries = Entries.build(sources, keptChecks, keptFlags, store);
    } catch (AnnotationException e) {
      err.println("derivx report: " + e.getMessage());
      return DerivxCommand.BAD_INPUT;
    }
    ReportWriter.write(entries, names, LocalDate.now().toString(), out);
    stdout.printf(
        "wrote %s (%d derivations) with steps.csv, derivations.csv and %d charts%n",
        out.resolve("report.html"), entries.size(), ReportWriter.charts(entries).size());
    if (errors.count() > 0) {
      return DerivxCommand.INTERNAL_ERROR;
    }
    return inputs.bad() ? DerivxCommand.BAD_INPUT : DerivxCommand.OK;
  }
}
