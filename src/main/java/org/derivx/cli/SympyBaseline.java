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

/**
 * The SymPy single-operation search that {@code bench check --sympy} runs beside the checker, in
 * the same run on the same machine: {@code org/derivx/bench/sympy_search.py} (its docstring says
 * what it searches), run by the {@code python3} on the PATH, which must have SymPy.
 */
final class SympyBaseline {
  static final String SCRIPT = "/org/derivx/bench/sympy_search.py";

  private static final Pattern RATE = Pattern.compile("([0-9.]+) steps/s");

  /** What the script printed (its one line), and its steps/s; or why it could not be run. */
  record Result(String line, double rate, String failure) {
    boolean measured() {
      return failure == null;
    }
  }

  private SympyBaseline() {}

  /** Runs the search on {@code file}; gives up after {@code timeoutMinutes}. */
  static Result run(Path file, long timeoutMinutes) throws InterruptedException {
    Path script;
    try (InputStream in = SympyBaseline.class.getResourceAsStream(SCRIPT)) {
      if (in == null) {
        return new Result(null, 0, "the script " + SCRIPT + " is missing from the build");
      }
      script = Files.createTempFile("derivx-sympy-search", ".py");
      Files.write(script, in.readAllBytes());
    } catch (IOException e) {
      return new Result(null, 0, "cannot write the script: " + e.getMessage());
    }
    try {
      Process p;
      try {
        p =
            new ProcessBuilder(List.of("python3", script.toString(), file.toString()))
                .redirectErrorStream(true)
                .start();
      } catch (IOException e) {
        return new Result(null, 0, "python3 cannot be started: " + e.getMessage());
      }
      p.getOutputStream().close();
      byte[][] out = new byte[1][];
      Thread reader =
          new Thread(
              () -> {
                try {
                  out[0] = p.getInputStream().readAllBytes();
                } catch (IOException e) {
                  out[0] = new byte[0];
                }
              },
              "derivx-sympy-output");
      reader.start();
      if (!p.waitFor(timeoutMinutes, TimeUnit.MINUTES)) {
        p.destroyForcibly();
        reader.join();
        return new Result(null, 0, "it took more than " + timeoutMinutes + " minutes");
      }
      reader.join();
      String text = new String(out[0], StandardCharsets.UTF_8).strip();
      String last = text.isEmpty() ? "" : text.substring(text.lastIndexOf('\n') + 1);
      Matcher m = RATE.matcher(last);
      if (p.exitValue() != 0 || !last.startsWith("sympy:") || !m.find()) {
        return new Result(
            null, 0, "python3 exited with " + p.exitValue() + ": " + abbreviated(last));
      }
      return new Result(last, Double.parseDouble(m.group(1)), null);
    } catch (IOException e) {
      return new Result(null, 0, e.getMessage());
    } finally {
      try {
        Files.deleteIfExists(script);
      } catch (IOException ignored) {
        // a temporary file left behind
      }
    }
  }

  private static String abbreviated(String s) {
    return s.length() <= 300 ? s : s.substring(0, 300) + "…";
  }
}
