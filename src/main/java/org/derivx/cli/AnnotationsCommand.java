package org.derivx.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.derivx.annotate.AnnotationException;
import org.derivx.annotate.AnnotationStore;
import org.derivx.annotate.AnnotationsFile;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code derivx annotations export|import --db F [--format csv|jsonl] FILE}. */
@Command(
    name = "annotations",
    mixinStandardHelpOptions = true,
    description = {
      "Export an annotation store to CSV or JSONL, or import such a file into one (labels,"
          + " derivation judgements, adjudications, timestamps: export → import → export gives the"
          + " same file)."
    })
final class AnnotationsCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "export|import", description = "What to do.")
  String action;

  @Parameters(
      index = "1",
      paramLabel = "FILE",
      description = "The CSV or JSONL file to write or read.")
  Path file;

  @Option(names = "--db", required = true, description = "The annotation store (SQLite file).")
  Path db;

  @Option(
      names = "--format",
      description = "csv or jsonl (default: from the file's extension, .csv or else JSONL).")
  String format;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!action.equals("export") && !action.equals("import")) {
      err.println("derivx annotations: the action is export or import, not '" + action + "'");
      return DerivxCommand.BAD_INPUT;
    }
    AnnotationsFile.Format f;
    if (format == null) {
      f = AnnotationsFile.Format.of(file);
    } else if (format.equalsIgnoreCase("csv") || format.equalsIgnoreCase("jsonl")) {
      f = AnnotationsFile.Format.valueOf(format.toUpperCase(Locale.ROOT));
    } else {
      err.println("derivx annotations: --format is csv or jsonl, not '" + format + "'");
      return DerivxCommand.BAD_INPUT;
    }
    boolean importing = action.equals("import");
    if (!importing && !Files.isRegularFile(db)) {
      err.println("derivx annotations: no annotation store at " + db);
      return DerivxCommand.BAD_INPUT;
    }
    if (importing && !Files.isRegularFile(file)) {
      err.println("derivx annotations: no file to import at " + file);
      return DerivxCommand.BAD_INPUT;
    }
    // export only reads: a store on a read-only file or folder can be exported
    try (AnnotationStore s =
        importing ? AnnotationStore.open(db) : AnnotationStore.openReadOnly(db)) {
      if (importing) {
        int n = AnnotationsFile.importInto(s, file, f);
        out.printf("imported %d rows from %s into %s%n", n, file, db);
      } else {
        int n = AnnotationsFile.rows(s).size();
        AnnotationsFile.export(s, file, f);
        out.printf("exported %d rows from %s to %s%n", n, db, file);
      }
    } catch (AnnotationException e) {
      err.println("derivx annotations: " + e.getMessage());
      return DerivxCommand.BAD_INPUT;
    }
    return DerivxCommand.OK;
  }
}
