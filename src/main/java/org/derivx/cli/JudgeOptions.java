package org.derivx.cli;

import java.nio.file.Path;
import org.derivx.check.CheckOptions;
import org.derivx.check.run.BatchChecker;
import picocli.CommandLine.Option;

/** What the commands that run both judges share: the flagger model, a variant glob, threads. */
final class JudgeOptions {
  @Option(names = "--model", description = "Flagger model directory (default: the shipped one).")
  Path model;

  @Option(names = "--variant", description = "Only variants whose name matches this glob.")
  String variant;

  @Option(
      names = "--threads",
      defaultValue = "0",
      converter = ThreadCount.class,
      description = "Checker threads (default 0: all cores).")
  int threads;

  VariantFilter filter() {
    return new VariantFilter(variant);
  }

  /** The batch checker on the requested threads (all cores by default). */
  BatchChecker checker(CliContext context) {
    return new BatchChecker(
        CheckOptions.defaults(),
        threads > 0 ? threads : Runtime.getRuntime().availableProcessors(),
        context.aroundCheck());
  }
}
