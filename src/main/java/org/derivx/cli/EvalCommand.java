package org.derivx.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.derivx.check.DerivationReport;
import org.derivx.check.StepResult;
import org.derivx.derivation.Derivation;
import org.derivx.derivation.Label;
import org.derivx.derivation.StepCategory;
import org.derivx.flagger.FlaggerException;
import org.derivx.flagger.FlaggerModel;
import org.derivx.flagger.FlaggerTrainer;
import org.derivx.flagger.Models;
import org.derivx.inject.RecordSplit;
import org.derivx.io.DatasetException;
import org.derivx.metrics.StepAgreement;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code derivx eval FILE… --against labels|check [--judge flagger|check|both]}: per-category
 * precision/recall/F1, confusion matrix, false alarms on error-free derivations and earliest-error
 * F1.
 */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description =
        "Score the flagger and/or the checker against known labels, or the flagger against the"
            + " checker.")
final class EvalCommand implements Callable<Integer> {
  enum Against {
    labels,
    check
  }

  enum Judge {
    flagger,
    check,
    both
  }

  @Parameters(paramLabel = "FILE", arity = "1..*")
  List<Path> files = new ArrayList<>();

  @Option(names = "--against", required = true, description = "labels or check.")
  Against against;

  @Option(
      names = "--judge",
      defaultValue = "both",
      description = "flagger, check or both (default both; against check: the flagger).")
  Judge judge;

  @CommandLine.Mixin JudgeOptions judges = new JudgeOptions();

  @Option(names = "--json", description = "One JSON object instead of tables.")
  boolean json;

  @Option(
      names = "--split",
      defaultValue = "all",
      description =
          "Records to score: held-out (never trained on), train or all (default all; see"
              + " README).")
  String split;

  @Option(
      names = "--labels",
      paramLabel = "TSV",
      description =
          "Against labels: take the labels from this table (id, variant, step, label) instead"
              + " of the files, e.g. src/test/resources/golden/real-steps.tsv.")
  Path labelsTable;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @CommandLine.ParentCommand DerivxCommand root;

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter out = spec.commandLine().getOut();
    CliContext context = DerivxCommand.context(root);
    InternalErrors errors = new InternalErrors(context.logDir(), err, "eval");
    Inputs inputs = new Inputs(files, null, 1, err, errors);
    RecordSplit.Part part;
    LabelsTable table = null;
    try {
      part = RecordSplit.Part.parse(split);
      if (labelsTable != null) {
        table = LabelsTable.read(labelsTable);
      }
    } catch (IllegalArgumentException | DatasetException e) {
      err.println("derivx eval: " + e.getMessage());
      return DerivxCommand.BAD_INPUT;
    }
    List<Judged> all = new ArrayList<>();
    for (Judged j : Judged.collect(inputs, judges.filter())) {
      if (part.accepts(j.record())) {
        all.add(table == null ? j : new Judged(j.file(), j.record(), table.apply(j)));
      }
    }
    if (all.isEmpty()) {
      err.println("derivx eval: nothing to evaluate");
      return errors.count() > 0 ? DerivxCommand.INTERNAL_ERROR : DerivxCommand.BAD_INPUT;
    }
    boolean useFlagger = against == Against.check || judge != Judge.check;
    boolean useChecker = against == Against.check || judge != Judge.flagger;
    List<List<String>> flagged = null;
    List<float[][]> probs = null;
    List<List<String>> checked = null;
    try {
      if (useFlagger) {
        try (FlaggerModel m = Models.load(judges.model, err::println)) {
          probs = Judging.flag(m, all, errors);
          flagged = top(probs);
        }
      }
    } catch (FlaggerException e) {
      err.println("derivx eval: " + e.getMessage());
      return DerivxCommand.BAD_INPUT;
    }
    if (useChecker) {
      checked = categories(Judging.check(judges.checker(context), all, errors));
    }
    Map<String, Object> result = new LinkedHashMap<>();
    StringBuilder text = new StringBuilder();
    if (against == Against.labels) {
      boolean asGiven = table != null;
      List<List<String>> labels = all.stream().map(j -> labels(j.derivation(), asGiven)).toList();
      if (flagged != null) {
        StepAgreement a = agreement(labels, flagged);
        result.put("flagger", a.toMap());
        text.append(a.table("flagger", "labels")).append('\n');
      }
      if (checked != null) {
        StepAgreement a = agreement(labels, checked);
        result.put("check", a.toMap());
        text.append(a.table("checker", "labels")).append('\n');
      }
    } else {
      StepAgreement a = agreement(checked, flagged);
      result.put("flagger", a.toMap());
      text.append(a.table("flagger", "checker"));
      long[] c = confidentAgainstValid(checked, probs, 0.9);
      result.put("confidentAgainstValid", c[0]);
      text.append(
          String.format(
              Locale.ROOT,
              "flagger at least 90%% sure of another category where the checker says VALID: %d of"
                  + " %d VALID steps%n",
              c[0],
              c[1]));
    }
    out.print(json ? new ObjectMapper().writeValueAsString(result) + "\n" : text);
    if (errors.count() > 0) {
      return DerivxCommand.INTERNAL_ERROR; // those derivations are left out of the scores
    }
    return inputs.bad() ? DerivxCommand.BAD_INPUT : DerivxCommand.OK;
  }

  /** The trained model's table against labels, for the model card. */
  static String score(FlaggerModel m, List<Judged> data) {
    List<List<String>> flagged = top(m.predict(data.stream().map(Judged::derivation).toList()));
    List<List<String>> labels = data.stream().map(j -> labels(j.derivation(), false)).toList();
    return agreement(labels, flagged).table("flagger", "labels");
  }

  /**
   * Steps the checker calls VALID (PREMISE included) where the flagger's top category is another
   * with probability at least {@code p}; and how many VALID steps were compared.
   */
  static long[] confidentAgainstValid(List<List<String>> checked, List<float[][]> probs, double p) {
    long against = 0;
    long valid = 0;
    for (int i = 0; i < checked.size(); i++) {
      List<String> c = checked.get(i);
      float[][] f = probs == null ? null : probs.get(i);
      if (c == null || f == null) {
        continue;
      }
      for (int k = 0; k < Math.min(c.size(), f.length); k++) {
        if ("VALID".equals(c.get(k))) {
          valid++;
          StepCategory top = StepCategory.top(f[k]);
          against += top != StepCategory.VALID && f[k][top.ordinal()] >= p ? 1 : 0;
        }
      }
    }
    return new long[] {against, valid};
  }

  private static StepAgreement agreement(List<List<String>> reference, List<List<String>> judged) {
    StepAgreement a = new StepAgreement();
    for (int i = 0; i < reference.size(); i++) {
      List<String> r = reference.get(i);
      List<String> j = judged.get(i);
      // a derivation a judge failed on (null) is left out
      if (r != null && j != null && r.stream().anyMatch(x -> x != null)) {
        // the flagger reads at most Encoding.MAX_STEPS steps; later ones are not judged
        List<String> padded = new ArrayList<>(j);
        while (padded.size() < r.size()) {
          padded.add(null);
        }
        a.add(r, padded);
      }
    }
    return a;
  }

  /**
   * Known labels per step (null where unknown); unlabelled references are all VALID unless {@code
   * asGiven} (labels from a table: only its own).
   */
  static List<String> labels(Derivation d, boolean asGiven) {
    Derivation l = asGiven ? d : FlaggerTrainer.withLabels(d);
    List<String> out = new ArrayList<>();
    for (int k = 0; k < d.size(); k++) {
      out.add(null);
    }
    for (Label x : l.labels()) {
      if (x.step() <= d.size() && StepCategory.indexOf(x.category()) >= 0) {
        out.set(x.step() - 1, x.category());
      }
    }
    return out;
  }

  /** The top category per step; null for a derivation without probabilities. */
  static List<List<String>> top(List<float[][]> probs) {
    List<List<String>> out = new ArrayList<>();
    for (float[][] d : probs) {
      if (d == null) {
        out.add(null);
        continue;
      }
      List<String> steps = new ArrayList<>();
      for (float[] p : d) {
        steps.add(StepCategory.top(p).name());
      }
      out.add(steps);
    }
    return out;
  }

  /**
   * The checker's verdicts as categories; UNKNOWN and UNPARSEABLE say nothing (null); a report that
   * is missing (its check failed) stays null.
   */
  static List<List<String>> categories(List<DerivationReport> reports) {
    List<List<String>> out = new ArrayList<>();
    for (DerivationReport r : reports) {
      if (r == null) {
        out.add(null);
        continue;
      }
      List<String> steps = new ArrayList<>();
      for (StepResult s : r.steps()) {
        StepCategory c = s.verdict().category();
        steps.add(c == null ? null : c.name());
      }
      out.add(steps);
    }
    return out;
  }
}
