package org.derivx.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.derivx.derivation.Dataset;
import org.derivx.io.Format;

/**
 * The SymPy single-operation search that {@code bench check --sympy} runs beside the checker, in
 * the same run on the same machine: {@code org/derivx/bench/sympy_search.py} (its docstring says
 * what it searches), run by the {@code python3} on the PATH, which must have SymPy.
 */
final class SympyBaseline {
  static final String SCRIPT = "/org/derivx/bench/sympy_search.py";

  private static final Pattern FIGURES = Pattern.compile(" in ([0-9.]+) s: ([0-9.]+) steps/s");

  /** What the script printed (its one line), its seconds and steps/s; or why it could not run. */
  record Result(String line, double seconds, double rate, String failure) {
    boolean measured() {
      return failure == null;
    }

    static Result failed(String why) {
      return new Result(null, 0, 0, why);
    }
  }

  private SympyBaseline() {}

  /**
   * Why the search cannot run on {@code d} here (no reference equation carries SymPy's form, or no
   * python3 with SymPy), or null: asked before the checker's rounds, not after them.
   */
  static String cannotRun(Dataset d) throws InterruptedException {
    boolean srepr =
        Format.RESULTS_JSON.cliName().equals(d.format())
            && d.records().stream()
                .flatMap(r -> r.variants().stream())
                .anyMatch(v -> !v.annotations().isEmpty());
    if (!srepr) {
      return "the file has no srepr_derivation (the SymPy search reads the paper's results JSON)";
    }
    Output probe = run(List.of("python3", "-c", "import sympy"), 1);
    return probe.failure() != null
        ? probe.failure()
        : probe.exit() != 0 ? "python3 cannot import sympy: " + abbreviated(probe.err()) : null;
  }

  /** Runs the search on {@code file}; gives up after {@code timeoutMinutes}. */
  static Result run(Path file, long timeoutMinutes) throws InterruptedException {
    Path script;
    try (InputStream in = SympyBaseline.class.getResourceAsStream(SCRIPT)) {
      if (in == null) {
        return Result.failed("the script " + SCRIPT + " is missing from the build");
      }
      script = Files.createTempFile("derivx-sympy-search", ".py");
      Files.write(script, in.readAllBytes());
    } catch (IOException e) {
      return Result.failed("cannot write the script: " + e.getMessage());
    }
    try {
      Output o = run(List.of("python3", script.toString(), file.toString()), timeoutMinutes);
      if (o.failure() != null) {
        return Result.failed(o.failure());
      }
      String text = o.out().strip();
      String last = text.isEmpty() ? "" : text.substring(text.lastIndexOf('\n') + 1);
      Matcher m = FIGURES.matcher(last);
      if (o.exit() != 0 || !last.startsWith("sympy:") || !m.find()) {
        return Result.failed(
            "python3 exited with " + o.exit() + ": " + abbreviated(last + " " + o.err()));
      }
      return new Result(last, Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2)), null);
    } finally {
      try {
        Files.deleteIfExists(script);
      } catch (IOException ignored) {
        // a temporary file left behind, nothing lost
      }
    }
  }

  /** A finished process's exit code, standard output and error; or why it did not finish. */
  private record Output(int exit, String out, String err, String failure) {}

  private static Output run(List<String> command, long timeoutMinutes) throws InterruptedException {
    Process p;
    try {
      p = new ProcessBuilder(command).start();
    } catch (IOException e) {
      return new Output(-1, "", "", "python3 cannot be started: " + e.getMessage());
    }
    try {
      p.getOutputStream().close();
      Reader out = new Reader(p.getInputStream());
      Reader err = new Reader(p.getErrorStream());
      if (!p.waitFor(timeoutMinutes, TimeUnit.MINUTES)) {
        return new Output(-1, "", "", "it took more than " + timeoutMinutes + " minutes");
      }
      return new Output(p.exitValue(), out.text(), err.text(), null);
    } catch (IOException e) {
      return new Output(-1, "", "", e.getMessage());
    } finally {
      p.destroyForcibly(); // also when interrupted or out of time; nothing once it has ended
    }
  }

  /** Reads a stream to its end on its own thread (a full pipe must not stall the child). */
  private static final class Reader {
    private final Thread thread;
    private volatile byte[] bytes = new byte[0];

    Reader(InputStream in) {
      thread =
          new Thread(
              () -> {
                try {
                  bytes = in.readAllBytes();
                } catch (IOException e) {
                  // the stream broke: its output counts as empty
                }
              },
              "derivx-sympy-output");
      thread.setDaemon(true);
      thread.start();
    }

    String text() throws InterruptedException {
      thread.join();
      return new String(bytes, StandardCharsets.UTF_8);
    }
  }

  private static String abbreviated(String s) {
    return s.length() <= 300 ? s : s.substring(0, 300) + "…";
  }
}
