package org.derivx.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.derivx.check.CheckOptions;
import org.derivx.derivation.DerivationRecord;
import org.derivx.inject.RecordSplit;
import org.derivx.inject.SilverLabels;
import org.derivx.io.DatasetException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code derivx silver FILE… --split train|held-out|all [--variant GLOB] --out F.jsonl}: real
 * generations labelled by the checker, for training the flagger.
 */
@Command(
    name = "silver",
    mixinStandardHelpOptions = true,
    description = {
      "Label real model generations with the checker's verdicts (silver labels, for training the"
          + " flagger): every step the checker decides gets its verdict's category; UNPARSEABLE,"
          + " UNKNOWN and UNEXPLAINED steps stay unlabelled. Writes our JSONL."
    })
final class SilverCommand implements Callable<Integer> {
  @Parameters(paramLabel = "FILE", arity = "1..*")
  List<Path> files = new ArrayList<>();

  @Option(
      names = "--split",
      defaultValue = "all",
      description = "Records to use: train, held-out or all (default all; see README).")
  String split;

  @Option(names = "--variant", description = "Only generations whose name matches this glob.")
  String variant;

  @Option(names = "--seed", defaultValue = "1", description = "Seed of the noise (default 1).")
  long seed;

  @Option(
      names = "--noise",
      defaultValue = "0.3",
      description = "Probability of model-style surface noise in a derivation (default 0.3).")
  double noise;

  @Option(
      names = "--threads",
      defaultValue = "0",
      converter = ThreadCount.class,
      description = "Worker threads (default 0: all cores).")
  int threads;

  @Option(names = "--out", required = true, paramLabel = "F.jsonl", description = "Output file.")
  Path out;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @CommandLine.ParentCommand DerivxCommand root;

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    RecordSplit.Part part;
    try {
      part = RecordSplit.Part.parse(split);
      if (noise < 0 || noise > 1) {
        throw new IllegalArgumentException("--noise is a probability, 0 to 1: " + noise);
      }
    } catch (IllegalArgumentException e) {
      err.println("derivx silver: " + e.getMessage());
      return DerivxCommand.BAD_INPUT;
    }
    List<DerivationRecord> records;
    try {
      records = LabelledData.records(files, part, err);
    } catch (DatasetException e) {
      err.println("derivx silver: " + e.getMessage());
      return DerivxCommand.BAD_INPUT;
    }
    if (records.isEmpty()) {
      err.println("derivx silver: no records in the " + split + " split of " + files);
      return DerivxCommand.BAD_INPUT;
    }
    InternalErrors errors = new InternalErrors(DerivxCommand.context(root).logDir(), err, "silver");
    VariantFilter filter = new VariantFilter(variant);
    // the checker as `check` and `eval --against check` run it
    CheckOptions check = CheckOptions.defaults();
    LabelledData.Summary s =
        LabelledData.write(
            records,
            () -> new SilverLabels(check, seed, noise),
            (maker, r) -> maker.record(r, filter::accepts),
            threads,
            out,
            errors);
    spec.commandLine()
        .getOut()
        .printf(
            "wrote %d derivations (%d labelled steps) from %d records to %s%n  labels %s%n",
            s.derivations(), s.steps(), s.records(), out, s.labels());
    return errors.count() > 0 ? DerivxCommand.INTERNAL_ERROR : DerivxCommand.OK;
  }
}
