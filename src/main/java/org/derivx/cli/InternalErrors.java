package org.derivx.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.derivx.annotate.AnnotationException;
import org.derivx.flagger.FlaggerException;
import org.derivx.io.DatasetException;
import picocli.CommandLine;

/**
 * Internal errors (bugs, not bad input) of one command run: each is told in one line on stderr,
 * naming the record being worked on, with its stack trace appended to a log file whose path the
 * line gives. The log is created at the first error, in {@code
 * ${XDG_STATE_HOME:-~/.local/state}/derivx/logs/} ({@code -Dderivx.logs=DIR} elsewhere), or the
 * system's temporary directory when that cannot be written.
 */
final class InternalErrors {
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT);

  private final Path dir;
  private final PrintWriter err;
  private final String command;
  private Path log;
  private int count;

  InternalErrors(Path dir, PrintWriter err, String command) {
    this.dir = dir;
    this.err = err;
    this.command = command;
  }

  static Path defaultLogDir() {
    String override = System.getProperty("derivx.logs");
    if (override != null && !override.isBlank()) {
      return Path.of(override);
    }
    String xdg = System.getenv("XDG_STATE_HOME");
    Path state =
        xdg != null && !xdg.isBlank()
            ? Path.of(xdg)
            : Path.of(System.getProperty("user.home"), ".local", "state");
    return state.resolve("derivx").resolve("logs");
  }

  /**
   * True for the exceptions that mean bad input or a bad environment, which commands report in
   * their own words (exit 2); anything else is an internal error.
   */
  static boolean isBadInput(Throwable e) {
    return e instanceof DatasetException
        || e instanceof CommandLine.ParameterException
        || e instanceof AnnotationException
        || e instanceof FlaggerException
        || e instanceof IOException
        || e instanceof UncheckedIOException;
  }

  /**
   * Reports {@code e}, met while working on {@code what} (e.g. {@code "data.jsonl:12, record a,
   * variant steps"}; null if on nothing in particular); returns the one-line message.
   */
  synchronized String report(String what, Throwable e) {
    count++;
    Path file = append(what, e);
    String line =
        "derivx: internal error"
            + (what == null ? "" : " on " + what)
            + ": "
            + summary(e)
            + (file == null ? "" : "; details in " + file);
    err.println(line);
    err.flush();
    return line;
  }

  synchronized int count() {
    return count;
  }

  synchronized Path log() {
    return log;
  }

  /** {@code NullPointerException: message}, on one line. */
  static String summary(Throwable e) {
    String m = e.getMessage();
    String s = e.getClass().getSimpleName() + (m == null || m.isBlank() ? "" : ": " + m);
    s = s.replace('\n', ' ').replace('\r', ' ');
    return s.length() > 300 ? s.substring(0, 297) + "..." : s;
  }

  /** Appends the stack trace to the log; the log's path, or null if none could be written. */
  private Path append(String what, Throwable e) {
    StringWriter trace = new StringWriter();
    e.printStackTrace(new PrintWriter(trace));
    String entry =
        "== "
            + LocalDateTime.now()
            + " derivx "
            + command
            + (what == null ? "" : " on " + what)
            + "\n"
            + trace
            + "\n";
    if (log != null && write(log, entry)) {
      return log;
    }
    String name =
        "derivx-"
            + LocalDateTime.now().format(STAMP)
            + "-"
            + ProcessHandle.current().pid()
            + ".log";
    for (Path d : candidates()) {
      try {
        Files.createDirectories(d);
      } catch (IOException | RuntimeException cannot) {
        continue; // try the next place
      }
      if (write(d.resolve(name), entry)) {
        log = d.resolve(name);
        return log;
      }
    }
    // nowhere to write: the trace goes to stderr rather than vanish
    err.print(trace);
    return null;
  }

  private static boolean write(Path file, String entry) {
    try (Writer w =
        Files.newBufferedWriter(
            file, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
      w.write(entry);
      return true;
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  private Path[] candidates() {
    return new Path[] {dir, Path.of(System.getProperty("java.io.tmpdir"), "derivx-logs")};
  }
}
