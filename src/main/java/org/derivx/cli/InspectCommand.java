package org.derivx.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
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
      "listing every equation that does not parse as it is met (then the counts). Files are",
      "streamed record by record, so their size is not limited by memory."
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

  @Option(
      names = "--json",
      description =
          "One JSON object on stdout instead of a table: \"failures\" first (streamed), then the"
              + " counts.")
  boolean json;

  @Option(
      names = "--threads",
      paramLabel = "N",
      converter = ThreadCount.class,
      description = "Threads parsing records (default: all cores; 0 too).")
  Integer threads;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @CommandLine.ParentCommand DerivxCommand root;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    CliContext context = DerivxCommand.context(root);
    InternalErrors errors = new InternalErrors(context.logDir(), err, "inspect");
    int n = ThreadCount.resolve(threads);
    Inputs inputs = new Inputs(files, format, n, err, errors);
    ParseStats stats = new ParseStats();
    Printer printer = json ? new JsonPrinter(out) : new TablePrinter(out);
    inputs.forEach(
        (file, r) -> {
          stats.add(r, printer::failure);
          out.flush();
          context.written().accept(r.id());
        });
    // nothing read (every file missing or unreadable): the errors say it all, no empty table
    if (stats.records() > 0) {
      printer.end(stats);
    }
    out.flush();
    if (errors.count() > 0) {
      return DerivxCommand.INTERNAL_ERROR;
    }
    return inputs.bad() ? DerivxCommand.BAD_INPUT : DerivxCommand.OK;
  }

  /** Writes failures as they come, then the counts. */
  private interface Printer {
    void failure(ParseStats.Failure f);

    void end(ParseStats stats);
  }

  private static final class TablePrinter implements Printer {
    private final PrintWriter out;
    private boolean any;

    TablePrinter(PrintWriter out) {
      this.out = out;
    }

    @Override
    public void failure(ParseStats.Failure f) {
      if (!any) {
        any = true;
        out.println(ParseStats.FAILURES_HEADING);
      }
      f.print(out);
    }

    @Override
    public void end(ParseStats stats) {
      if (any) {
        out.println();
      }
      stats.printSummary(out);
    }
  }

  /** {@code {"failures": [...], "records", "equations", "parsed", "byVariant", "byKind"}}. */
  private static final class JsonPrinter implements Printer {
    private final JsonGenerator g;

    JsonPrinter(PrintWriter out) {
      ObjectMapper m = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
      try {
        g = m.getFactory().createGenerator(out);
        g.setCodec(m);
        g.useDefaultPrettyPrinter();
        g.writeStartObject();
        g.writeArrayFieldStart("failures");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public void failure(ParseStats.Failure f) {
      try {
        g.writeObject(f.toJson());
        g.flush();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public void end(ParseStats stats) {
      try {
        g.writeEndArray();
        for (Map.Entry<String, Object> e : stats.summaryJson().entrySet()) {
          g.writeObjectField(e.getKey(), e.getValue());
        }
        g.writeEndObject();
        g.writeRaw('\n');
        g.flush();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
