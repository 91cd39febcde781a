package org.derivx.cli;

import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.derivx.check.run.BatchChecker;

/**
 * What a command run gets from outside its options: where internal-error logs go, and seams for
 * tests (a wrapper around each job's check, and a call after each record's output is written and
 * flushed). One per {@link DerivxCommand#run}; never global.
 */
record CliContext(
    Path logDir, UnaryOperator<BatchChecker.Judge> aroundCheck, Consumer<String> written) {

  /** The log directory from the environment, no seams. */
  static CliContext standard() {
    return new CliContext(InternalErrors.defaultLogDir(), UnaryOperator.identity(), id -> {});
  }
}
