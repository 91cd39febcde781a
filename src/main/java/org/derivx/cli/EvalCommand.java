package org.derivx.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.derivx.check.BatchChecker;
import org.derivx.check.CheckListener;
import org.derivx.check.DerivationReport;
import org.derivx.check.StepResult;
import org.derivx.derivation.Derivation;
import org.derivx.derivation.Label;
import org.derivx.flagger.Category;
import org.derivx.flagger.FlaggerException;
import org.derivx.flagger.FlaggerModel;
import org.derivx.flagger.FlaggerTrainer;
import org.derivx.flagger.Models;
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

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter out = spec.commandLine().getOut();
    List<Judged> all;
    try {
      all = Judged.load(files, judges.filter(), err);
    } catch (DatasetException e) {
      err.println("derivx eval: " + e.getMessage());
      return DerivxCommand.BAD_INPUT;
    }
    boolean useFlagger = against == Against.check || judge != Judge.check;
    boolean useChecker = against == Against.check || judge != Judge.flagger;
    List<List<String>> flagged = null;
    List<List<String>> checked = null;
    try {
      if (useFlagger) {
        try (FlaggerModel m = Models.load(judges.model, err::println)) {
          flagged = top(m.predict(all.stream().map(Judged::derivation).toList()));
        }
      }
    } catch (FlaggerException e) {
      err.println("derivx eval: " + e.getMessage());
      return DerivxCommand.BAD_INPUT;
    }
    if (useChecker) {
      checked = check(all, judges.checker());
    }
    Map<String, Object> result = new LinkedHashMap<>();
    StringBuilder text = new StringBuilder();
    if (against == Against.labels) {
      List<List<String>> labels = all.stream().map(j -> labels(j.derivation())).toList();
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
    }
    out.print(json ? new ObjectMapper().writeValueAsString(result) + "\n" : text);
    return DerivxCommand.OK;
  }

  /** The trained model's table against labels, for the model card. */
  static String score(FlaggerModel m, List<Judged> data) {
    List<List<String>> flagged = top(m.predict(data.stream().map(Judged::derivation).toList()));
    List<List<String>> labels = data.stream().map(j -> labels(j.derivation())).toList();
    return agreement(labels, flagged).table("flagger", "labels");
  }

  private static StepAgreement agreement(List<List<String>> reference, List<List<String>> judged) {
    StepAgreement a = new StepAgreement();
    for (int i = 0; i < reference.size(); i++) {
      List<String> r = reference.get(i);
      if (r != null && r.stream().anyMatch(x -> x != null)) {
        List<String> j = judged.get(i);
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

  /** Known labels per step (null where unknown); unlabelled references are all VALID. */
  static List<String> labels(Derivation d) {
    Derivation l = FlaggerTrainer.withLabels(d);
    List<String> out = new ArrayList<>();
    for (int k = 0; k < d.size(); k++) {
      out.add(null);
    }
    for (Label x : l.labels()) {
      if (x.step() <= d.size() && Category.indexOf(x.category()) >= 0) {
        out.set(x.step() - 1, x.category());
      }
    }
    return out;
  }

  static List<List<String>> top(List<float[][]> probs) {
    List<List<String>> out = new ArrayList<>();
    for (float[][] d : probs) {
      List<String> steps = new ArrayList<>();
      for (float[] p : d) {
        steps.add(Category.top(p).name());
      }
      out.add(steps);
    }
    return out;
  }

  /** The checker's verdicts as categories; UNKNOWN and UNPARSEABLE say nothing (null). */
  static List<List<String>> check(List<Judged> all, BatchChecker b) throws InterruptedException {
    List<DerivationReport> reports =
        b.run(
            all.stream().map(j -> new BatchChecker.Job(j.id(), j.derivation())).toList(),
            CheckListener.NONE);
    List<List<String>> out = new ArrayList<>();
    for (DerivationReport r : reports) {
      List<String> steps = new ArrayList<>();
      for (StepResult s : r.steps()) {
        Category c = Category.of(s.verdict());
        steps.add(c == null ? null : c.name());
      }
      out.add(steps);
    }
    return out;
  }
}
