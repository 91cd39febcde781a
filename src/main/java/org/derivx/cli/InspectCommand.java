package org.derivx.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.derivx.derivation.Dataset;
import org.derivx.io.DatasetException;
import org.derivx.io.DatasetFiles;
import org.derivx.io.Datasets;
import org.derivx.io.Format;
import org.derivx.metrics.ParseStats;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code derivx inspect}: what is in a dataset and how much of it parses. */
@Command(
    name = "inspect",
    mixinStandardHelpOptions = true,
    description = {
      "Reads datasets and reports records, variants, equations and the parse rate per variant,",
      "listing every equation that does not parse. Exit 0 ok, 2 unreadable or malformed input."
    })
final class InspectCommand implements Callable<Integer> {
  @Parameters(
      arity = "1..*",
      paramLabel = "FILE",
      description = "Dataset files, or directories of them.")
  List<Path> files;

  @Option(
      names = "--format",
      paramLabel = "F",
      converter = FormatConverter.class,
      description = "results-json, jsonl or text (default: detected from the content).")
  Format format;

  @Option(names = "--json", description = "One JSON object on stdout instead of a table.")
  boolean json;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ParseStats stats = new ParseStats();
    boolean bad = false;
    for (Path file : DatasetFiles.expand(files)) {
      try {
        Dataset d = Datasets.load(file, format);
        stats.add(d);
        if (!d.problems().isEmpty()) {
          bad = true;
          d.problems().forEach(p -> err.println("derivx: skipped " + p));
        }
      } catch (DatasetException e) {
        err.println("derivx: " + e.getMessage());
        bad = true;
      }
    }
    if (json) {
      ObjectMapper m = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
      out.println(m.writeValueAsString(stats.toJson()));
    } else {
      stats.printTable(out);
    }
    out.flush();
    return bad ? DerivxCommand.BAD_INPUT : DerivxCommand.OK;
  }
}
