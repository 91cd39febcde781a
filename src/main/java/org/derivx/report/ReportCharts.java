package org.derivx.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.derivx.metrics.StepAgreement;

/** The report's charts, built from its tables. Colours follow the verdict colours of the app. */
public final class ReportCharts {
  private ReportCharts() {}

  /** Okabe–Ito, as the verdict markers: valid, skipped, redundant, irrelevant, incorrect, none. */
  static final List<String> CATEGORY_COLOURS =
      List.of("#009E73", "#E69F00", "#CC79A7", "#0072B2", "#D55E00", "#999999");

  static final List<String> METRIC_COLOURS = List.of("#0072B2", "#E69F00", "#009E73");

  /** Share of steps in each category per model × perturbation. */
  public static Chart categories(List<Entry> entries, Judge judge) {
    Map<String, Map<String, long[]>> counts = ReportTables.categoryCounts(entries, judge);
    List<String> groups = new ArrayList<>();
    List<long[]> columns = new ArrayList<>();
    counts.forEach(
        (model, byP) ->
            byP.forEach(
                (p, c) -> {
                  groups.add(model + " · " + p);
                  columns.add(c);
                }));
    double[][] v = new double[Judge.COLUMNS.size()][groups.size()];
    for (int g = 0; g < groups.size(); g++) {
      long[] c = columns.get(g);
      long total = 0;
      for (long x : c) {
        total += x;
      }
      for (int s = 0; s < c.length; s++) {
        v[s][g] = total == 0 ? 0 : (double) c[s] / total;
      }
    }

    return new Chart(
        Chart.Kind.STACKED,
        "Step categories per model and perturbation (" + judge.word() + ")",
        "share of steps",
        groups,
        Judge.COLUMNS.stream().map(ReportCharts::word).toList(),
        CATEGORY_COLOURS,
        v);
  }

  /** Static − perturbed text scores, per model × perturbation. */
  public static Chart deltas(List<Entry> entries) {
    Map<String, Map<String, double[]>> deltas = ReportTables.metricDeltas(entries);
    List<String> groups = new ArrayList<>();
    List<double[]> columns = new ArrayList<>();
    deltas.forEach(
        (model, byP) ->
            byP.forEach(
                (p, d) -> {
                  groups.add(deltas.size() == 1 ? p : model + " · " + p);
                  columns.add(d);
                }));
    double[][] v = new double[3][groups.size()];
    for (int g = 0; g < groups.size(); g++) {
      for (int s = 0; s < 3; s++) {
        v[s][g] = columns.get(g)[s];
      }
    }
    return new Chart(
        Chart.Kind.GROUPED,
        "Score drop under each perturbation",
        "static − perturbed",
        groups,
        List.of("ROUGE-2", "BLEU", "GLEU"),
        METRIC_COLOURS,
        v);
  }

  /** Confusion of one judge against another: rows the reference, columns the judge. */
  public static Chart confusion(ReportTables.Agreement a) {
    long[][] c = a.steps().confusion();
    double[][] v = new double[c.length][c.length];
    for (int i = 0; i < c.length; i++) {
      for (int j = 0; j < c.length; j++) {
        v[i][j] = c[i][j];
      }
    }
    List<String> names = StepAgreement.CATEGORIES.stream().map(ReportCharts::word).toList();
    return new Chart(
        Chart.Kind.HEAT_MAP,
        "Confusion: " + a.reference().word() + " (rows) vs " + a.judged().word() + " (columns)",
        "steps",
        names,
        names,
        List.of(),
        v);
  }

  static String word(String category) {
    return category.equals("UNJUDGED")
        ? "not judged"
        : category.charAt(0) + category.substring(1).toLowerCase(Locale.ROOT);
  }
}
