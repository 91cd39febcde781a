package org.derivx.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBarConsumer;

/** Where the CLI's progress bars go: stderr when a person watches it, nowhere otherwise. */
final class Progress {
  private Progress() {}

  /** The console on stderr at a terminal; redirected (a log, a build, a test) it would be noise. */
  static ProgressBarConsumer consumer() {
    return stderrIsTerminal()
        ? new ConsoleProgressBarConsumer(System.err)
        : new DelegatingProgressBarConsumer(line -> {});
  }

  /**
   * Whether stderr is a terminal: on Linux its file descriptor links to a tty; elsewhere, whether
   * the JVM has a console. Not System.console() alone: that is null as soon as stdout is redirected
   * ({@code check --jsonl > out.jsonl}), exactly when the bar on stderr helps most.
   */
  static boolean stderrIsTerminal() {
    Path fd = Path.of("/proc/self/fd/2");
    if (Files.isSymbolicLink(fd)) {
      try {
        String target = Files.readSymbolicLink(fd).toString();
        return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
      } catch (IOException | SecurityException e) {
        return false;
      }
    }
    return System.console() != null;
  }
}
