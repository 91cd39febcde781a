package org.derivx.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.derivx.check.CheckOptions;
import org.derivx.check.DerivationReport;
import org.derivx.check.run.StepChecker;
import org.derivx.derivation.Dataset;
import org.derivx.derivation.Derivation;
import org.derivx.derivation.DerivationRecord;
import org.derivx.io.Datasets;
import org.derivx.render.DerivationFigure;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code derivx render FILE --id ID [--variant V] --out fig.svg|png}: a derivation as a figure. */
@Command(
    name = "render",
    mixinStandardHelpOptions = true,
    description = "Typeset one derivation with its verdicts as a PNG or SVG figure.")
final class RenderCommand implements Callable<Integer> {
  @Parameters(paramLabel = "FILE")
  Path file;

  @Option(names = "--id", required = true, description = "Record id (or its 0-based index).")
  String id;

  @Option(
      names = "--variant",
      description = "Variant name (default: the first, usually the reference).")
  String variant;

  @Option(names = "--out", required = true, description = "Output file, .png or .svg.")
  Path out;

  @Option(names = "--no-check", description = "Draw the steps without verdicts.")
  boolean noCheck;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    Dataset d = Datasets.load(file);
    DerivationRecord record = Records.find(d, id);
    if (record == null) {
      err.println("derivx: " + file + ": no record with id " + id);
      return DerivxCommand.BAD_INPUT;
    }
    Derivation v =
        variant == null ? record.variants().get(0) : record.variant(variant).orElse(null);
    if (v == null) {
      err.println(
          "derivx: "
              + file
              + ": record "
              + record.id()
              + " has no variant '"
              + variant
              + "' (it has "
              + record.variants().stream().map(Derivation::name).toList()
              + ")");
      return DerivxCommand.BAD_INPUT;
    }
    DerivationReport report =
        noCheck ? null : new StepChecker(CheckOptions.defaults()).check(record.id(), v);
    DerivationFigure.of(record.id(), v, report).write(out);
    spec.commandLine().getOut().println(out);
    return DerivxCommand.OK;
  }
}
