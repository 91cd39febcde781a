package org.derivx.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.derivx.check.CheckOptions;
import org.derivx.derivation.DerivationRecord;
import org.derivx.inject.Injector;
import org.derivx.inject.RecordSplit;
import org.derivx.io.DatasetException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code derivx inject FILE… --split train|held-out|all --seed S --per-reference N --noise P --out
 * F.jsonl}: errors injected into real reference derivations, labels decided by the checker.
 */
@Command(
    name = "inject",
    mixinStandardHelpOptions = true,
    description = {
      "Inject errors into the reference derivations of real records (every perturbation), by a"
          + " path independent of the generator's: sign slips, wrong derivative and integral"
          + " rules, dropped factors, terms and constants, wrong substitutions, drifting variables,"
          + " truncated equations, X = X, repeats, leaps over several operations, the goal copied"
          + " in early, unused steps. Every label is the checker's verdict; writes our JSONL with"
          + " the clean references too."
    })
final class InjectCommand implements Callable<Integer> {
  @Parameters(paramLabel = "FILE", arity = "1..*")
  List<Path> files = new ArrayList<>();

  @Option(
      names = "--split",
      defaultValue = "all",
      description = "Records to use: train, held-out or all (default all; see README).")
  String split;

  @Option(names = "--seed", defaultValue = "1", description = "Random seed (default 1).")
  long seed;

  @Option(
      names = "--per-reference",
      defaultValue = "11",
      description = "Injections per reference derivation (default 11: each kind once).")
  int perReference;

  @Option(
      names = "--noise",
      defaultValue = "0.3",
      description = "Probability of model-style surface noise in a derivation (default 0.3).")
  double noise;

  @Option(
      names = "--records",
      defaultValue = "0",
      description =
          "Only the first N records of the split (default 0: all); the output is a prefix of the"
              + " whole split's, since each record's injections depend only on the seed and"
              + " itself.")
  int limit;

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
    Injector.Options options;
    RecordSplit.Part part;
    try {
      options = new Injector.Options(seed, perReference, noise);
      part = RecordSplit.Part.parse(split);
    } catch (IllegalArgumentException e) {
      err.println("derivx inject: " + e.getMessage());
      return DerivxCommand.BAD_INPUT;
    }
    List<DerivationRecord> records;
    try {
      records = LabelledData.records(files, part, err);
    } catch (DatasetException e) {
      err.println("derivx inject: " + e.getMessage());
      return DerivxCommand.BAD_INPUT;
    }
    if (limit < 0) {
      err.println("derivx inject: --records must be 0 (all) or more: " + limit);
      return DerivxCommand.BAD_INPUT;
    }
    if (limit > 0 && records.size() > limit) {
      records = records.subList(0, limit);
    }
    if (records.isEmpty()) {
      err.println("derivx inject: no records in the " + split + " split of " + files);
      return DerivxCommand.BAD_INPUT;
    }
    InternalErrors errors = new InternalErrors(DerivxCommand.context(root).logDir(), err, "inject");
    // numeric verdicts either way; Symja's confirmation would only triple the time
    CheckOptions check = CheckOptions.defaults().withSymbolic(false);
    LabelledData.Summary s =
        LabelledData.write(
            records, () -> new Injector(options, check), Injector::record, threads, out, errors);
    spec.commandLine()
        .getOut()
        .printf(
            "wrote %d derivations (%d labelled steps) from %d records to %s%n  labels %s%n  kinds %s%n",
            s.derivations(), s.steps(), s.records(), out, s.labels(), s.kinds());
    return errors.count() > 0 ? DerivxCommand.INTERNAL_ERROR : DerivxCommand.OK;
  }
}
