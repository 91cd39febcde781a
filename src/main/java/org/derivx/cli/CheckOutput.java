package org.derivx.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.derivx.check.DerivationReport;
import org.derivx.check.output.ReportFormat;
import org.derivx.check.run.BatchChecker;

/**
 * Where {@code check --jsonl/--csv} writes, one derivation at a time and flushed after each, so an
 * interrupted run keeps every derivation written before it. A derivation whose check failed (an
 * internal error) gets one line saying so instead of its steps.
 */
final class CheckOutput {
  enum Kind {
    NONE,
    JSONL,
    CSV
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Kind kind;
  private final Writer w;

  CheckOutput(Kind kind, Writer w) {
    this.kind = kind;
    this.w = w;
  }

  void header() {
    if (kind == Kind.CSV) {
      io(() -> ReportFormat.writeCsvHeader(w));
    }
  }

  void report(DerivationReport r) {
    switch (kind) {
      case JSONL -> io(() -> ReportFormat.writeJsonl(r, w));
      case CSV -> io(() -> ReportFormat.writeCsv(r, w));
      case NONE -> {}
    }
  }

  /**
   * {@code {"derivation", "variant", "kind", "error", "log"}} in JSONL; in CSV a row with verdict
   * {@code ERROR} and the message as its detail.
   */
  void failed(BatchChecker.Job job, Throwable failure, Path log) {
    String message = "internal error: " + InternalErrors.summary(failure);
    switch (kind) {
      case JSONL -> {
        ObjectNode o = JSON.createObjectNode();
        o.put("derivation", job.id());
        o.put("variant", job.derivation().name());
        o.put("kind", job.derivation().kind().name().toLowerCase(Locale.ROOT));
        o.put("error", message);
        if (log != null) {
          o.put("log", log.toString());
        }
        io(() -> w.write(JSON.writeValueAsString(o) + "\n"));
      }
      case CSV -> {
        List<String> cells =
            List.of(
                job.id(),
                job.derivation().name(),
                "",
                "ERROR",
                "",
                "",
                message + (log == null ? "" : "; details in " + log),
                "",
                "");
        io(() -> w.write(String.join(",", cells.stream().map(CheckOutput::csv).toList()) + "\n"));
      }
      case NONE -> {}
    }
  }

  void flush() {
    if (kind != Kind.NONE) {
      io(w::flush);
    }
  }

  /** RFC 4180 quoting, as {@link ReportFormat} quotes its cells. */
  private static String csv(String cell) {
    if (cell.contains(",") || cell.contains("\"") || cell.contains("\n")) {
      return "\"" + cell.replace("\"", "\"\"") + "\"";
    }
    return cell;
  }

  private interface Io {
    void run() throws IOException;
  }

  private static void io(Io action) {
    try {
      action.run();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
