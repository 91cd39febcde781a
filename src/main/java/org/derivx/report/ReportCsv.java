package org.derivx.report;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.derivx.annotate.DerivationLabel;
import org.derivx.check.StepResult;

/**
 * {@code steps.csv} and {@code derivations.csv}: one row per step / derivation, a header row, RFC
 * 4180 quoting, UTF-8, empty cells for "not known". Both load with one {@code pandas.read_csv}. The
 * README lists and explains every column.
 */
public final class ReportCsv {
  private ReportCsv() {}

  @JsonPropertyOrder({
    "file",
    "recordId",
    "variant",
    "model",
    "perturbation",
    "step",
    "latex",
    "checkerVerdict",
    "checkerCarried",
    "checkerRule",
    "flagger",
    "pValid",
    "pSkipped",
    "pRedundant",
    "pIrrelevant",
    "pIncorrect",
    "human",
    "humanLabels",
    "disputed"
  })
  public record StepRow(
      String file,
      String recordId,
      String variant,
      String model,
      String perturbation,
      int step,
      String latex,
      String checkerVerdict,
      boolean checkerCarried,
      String checkerRule,
      String flagger,
      Float pValid,
      Float pSkipped,
      Float pRedundant,
      Float pIrrelevant,
      Float pIncorrect,
      String human,
      String humanLabels,
      boolean disputed) {}

  @JsonPropertyOrder({
    "file",
    "recordId",
    "variant",
    "kind",
    "model",
    "perturbation",
    "steps",
    "goal",
    "firstErrorStep",
    "valid",
    "skipped",
    "redundant",
    "irrelevant",
    "incorrect",
    "carried",
    "unjudged",
    "flaggerFirstErrorStep",
    "rouge2",
    "bleu",
    "gleu",
    "humanGoalReached",
    "humanOverall",
    "humanSeconds",
    "annotators"
  })
  public record DerivationRow(
      String file,
      String recordId,
      String variant,
      String kind,
      String model,
      String perturbation,
      int steps,
      String goal,
      Integer firstErrorStep,
      long valid,
      long skipped,
      long redundant,
      long irrelevant,
      long incorrect,
      long carried,
      long unjudged,
      Integer flaggerFirstErrorStep,
      Double rouge2,
      Double bleu,
      Double gleu,
      String humanGoalReached,
      String humanOverall,
      Double humanSeconds,
      int annotators) {}

  public static List<StepRow> steps(List<Entry> entries) {
    List<StepRow> out = new ArrayList<>();
    for (Entry e : entries) {
      for (StepResult s : e.check().steps()) {
        int k = s.step();
        float[] p = e.flags() != null && k <= e.flags().length ? e.flags()[k - 1] : null;
        out.add(
            new StepRow(
                e.file(),
                e.record().id(),
                e.derivation().name(),
                e.model(),
                e.perturbation(),
                k,
                s.latex(),
                s.verdict().name(),
                StepResult.isCarried(s),
                s.justification().map(op -> op.rule().name()).orElse(null),
                p == null ? null : Judge.top(p),
                p == null ? null : p[0],
                p == null ? null : p[1],
                p == null ? null : p[2],
                p == null ? null : p[3],
                p == null ? null : p[4],
                HumanLabels.finalLabel(e, k),
                HumanLabels.all(e, k),
                HumanLabels.disputed(e, k)));
      }
    }
    return out;
  }

  public static List<DerivationRow> derivations(List<Entry> entries) {
    List<DerivationRow> out = new ArrayList<>();
    for (Entry e : entries) {
      long[] c = new long[Judge.COLUMNS.size()];
      List<String> checker = Judge.CHECKER.labels(e);
      checker.forEach(l -> c[l == null ? c.length - 1 : Judge.COLUMNS.indexOf(l)]++);
      List<DerivationLabel> h = e.humanDerivation();
      String goal =
          h.stream()
              .map(l -> l.goalReached() == null ? "" : l.goalReached().toString())
              .distinct()
              .reduce((a, b) -> a + ";" + b)
              .orElse(null);
      String overall =
          h.stream()
              .map(l -> l.overall() == null ? "" : l.overall().name())
              .distinct()
              .reduce((a, b) -> a + ";" + b)
              .orElse(null);
      double seconds = h.stream().mapToDouble(DerivationLabel::seconds).sum();
      long annotators = e.humanSteps().stream().map(l -> l.annotator()).distinct().count();
      out.add(
          new DerivationRow(
              e.file(),
              e.record().id(),
              e.derivation().name(),
              e.derivation().kind().name().toLowerCase(Locale.ROOT),
              e.model(),
              e.perturbation(),
              e.derivation().size(),
              e.check().goal().name(),
              firstError(checker),
              c[0],
              c[1],
              c[2],
              c[3],
              c[4] - e.check().carried(),
              e.check().carried(),
              c[5],
              e.flags() == null ? null : firstError(Judge.FLAGGER.labels(e)),
              e.scores() == null ? null : e.scores().rouge2(),
              e.scores() == null ? null : e.scores().bleu(),
              e.scores() == null ? null : e.scores().gleu(),
              goal == null || goal.isEmpty() ? null : goal,
              overall == null || overall.isEmpty() ? null : overall,
              h.isEmpty() ? null : seconds,
              (int) annotators));
    }
    return out;
  }

  private static Integer firstError(List<String> labels) {
    for (int k = 0; k < labels.size(); k++) {
      String l = labels.get(k);
      if (l != null && !l.equals("VALID")) {
        return k + 1;
      }
    }
    return null;
  }

  private static final CsvMapper CSV = new CsvMapper();

  static {
    CSV.setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);
  }

  public static <T> void write(List<T> rows, Class<T> type, Path out) throws IOException {
    CsvSchema schema = CSV.schemaFor(type).withHeader();
    try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      CSV.writer(schema).writeValues(w).writeAll(rows).flush();
    }
  }
}
