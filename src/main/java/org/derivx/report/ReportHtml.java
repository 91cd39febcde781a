package org.derivx.report;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.derivx.metrics.StepAgreement;

/**
 * {@code report.html}: the report's tables, and its charts as images ({@code <slug>.png}, with the
 * SVG linked) next to it. Self-contained apart from those images; no scripts.
 */
public final class ReportHtml {
  private ReportHtml() {}

  /** The report as HTML; {@code charts} are those written next to it. */
  public static String of(
      List<Entry> entries, List<Chart> charts, List<String> files, String date) {
    StringBuilder b = new StringBuilder();
    b.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
        .append("<title>Derivation Explorer report</title><style>")
        .append("body{font-family:sans-serif;max-width:1000px;margin:2em auto;color:#222}")
        .append("table{border-collapse:collapse;margin:1em 0}")
        .append("td,th{border:1px solid #ccc;padding:3px 8px;text-align:right}")
        .append("th:first-child,td:first-child{text-align:left}th{background:#f3f3f3}")
        .append("img{max-width:100%;border:1px solid #eee}.note{color:#666}")
        .append("</style></head><body>\n<h1>Derivation Explorer report</h1>\n");
    long derivations = entries.size();
    long steps = entries.stream().mapToLong(e -> e.derivation().size()).sum();
    b.append(
        p(
            "%d derivations, %d steps, from %s. Written %s.",
            derivations, steps, esc(String.join(", ", files)), date));
    boolean flagger = entries.stream().anyMatch(Judge.FLAGGER::judged);
    boolean human = entries.stream().anyMatch(Judge.HUMAN::judged);
    b.append(
        p(
            "Judges: the CAS checker%s%s.",
            flagger ? ", the flagger" : "",
            human ? ", annotators (final labels: adjudicated, or agreed by all)" : ""));

    b.append("<h2>Step categories per model and perturbation</h2>\n");
    for (Judge j : Judge.values()) {
      if (entries.stream().anyMatch(j::judged)) {
        b.append("<h3>").append(j.word()).append("</h3>\n");
        b.append(categoryTable(ReportTables.categoryCounts(entries, j)));
      }
    }

    Map<String, Map<String, double[]>> means = ReportTables.metricMeans(entries);
    if (!means.isEmpty()) {
      b.append("<h2>Text scores against the reference</h2>\n");
      b.append(
          p(
              "Means per model and perturbation; ROUGE-2, BLEU and Google-BLEU as the paper"
                  + " computes them (see the README). Δ is static − perturbed, as the paper reports it."));
      b.append(
          "<table><tr><th>model · perturbation</th><th>n</th><th>ROUGE-2</th><th>BLEU</th>"
              + "<th>GLEU</th></tr>\n");
      means.forEach(
          (m, byP) ->
              byP.forEach(
                  (pt, s) ->
                      b.append(
                          row(
                              m + " · " + pt,
                              String.valueOf((long) s[3]),
                              f(s[0]),
                              f(s[1]),
                              f(s[2])))));
      b.append("</table>\n");
      Map<String, Map<String, double[]>> deltas = ReportTables.metricDeltas(entries);
      if (!deltas.isEmpty()) {
        b.append(
            "<table><tr><th>model · perturbation</th><th>ΔROUGE-2</th><th>ΔBLEU</th>"
                + "<th>ΔGLEU</th></tr>\n");
        deltas.forEach(
            (m, byP) ->
                byP.forEach((pt, d) -> b.append(row(m + " · " + pt, f(d[0]), f(d[1]), f(d[2])))));
        b.append("</table>\n");
      }
      Map<String, double[]> match = ReportTables.storedScoreMatch(entries);
      if (match.values().stream().anyMatch(m -> m[0] > 0)) {
        b.append(p("Against the scores stored in the source file:"));
        b.append(
            "<table><tr><th>metric</th><th>pairs</th><th>within 0.01</th>"
                + "<th>largest difference</th></tr>\n");
        match.forEach(
            (m, s) ->
                b.append(
                    row(
                        m,
                        String.valueOf((long) s[0]),
                        s[0] == 0 ? "" : String.format(Locale.ROOT, "%.1f%%", 100 * s[1] / s[0]),
                        String.format(Locale.ROOT, "%.2g", s[2]))));
        b.append("</table>\n");
      }
    }

    b.append("<h2>Agreement between judges</h2>\n");
    agreement(b, entries, Judge.CHECKER, Judge.FLAGGER, flagger);
    agreement(b, entries, Judge.HUMAN, Judge.CHECKER, human);
    agreement(b, entries, Judge.HUMAN, Judge.FLAGGER, human && flagger);
    Map<String, Double> kappas = ReportTables.annotatorKappas(entries);
    if (!kappas.isEmpty()) {
      b.append("<h3>Annotators</h3><table><tr><th>pair</th><th>Cohen's κ</th></tr>\n");
      kappas.forEach((pair, k) -> b.append(row(esc(pair), f(k))));
      b.append(row("all (Fleiss' κ)", f(ReportTables.fleiss(entries))));
      b.append("</table>\n");
    }

    if (!charts.isEmpty()) {
      b.append("<h2>Charts</h2>\n");
      for (Chart c : charts) {
        b.append("<figure><img src=\"")
            .append(c.slug())
            .append(".png\" alt=\"")
            .append(esc(c.title()))
            .append("\"><figcaption>")
            .append(esc(c.title()))
            .append(" (<a href=\"")
            .append(c.slug())
            .append(".svg\">SVG</a>)")
            .append("</figcaption></figure>\n");
      }
    }
    b.append(
        p(
            "Per step: <a href=\"steps.csv\">steps.csv</a>; per derivation:"
                + " <a href=\"derivations.csv\">derivations.csv</a> (columns in the README)."));
    b.append("</body></html>\n");
    return b.toString();
  }

  private static String categoryTable(Map<String, Map<String, long[]>> counts) {
    StringBuilder b = new StringBuilder("<table><tr><th>model · perturbation</th><th>steps</th>");
    Judge.COLUMNS.forEach(c -> b.append("<th>").append(ReportCharts.word(c)).append("</th>"));
    b.append("</tr>\n");
    counts.forEach(
        (m, byP) ->
            byP.forEach(
                (pt, c) -> {
                  long total = 0;
                  for (long x : c) {
                    total += x;
                  }
                  b.append("<tr><td>")
                      .append(esc(m + " · " + pt))
                      .append("</td><td>")
                      .append(total)
                      .append("</td>");
                  for (long x : c) {
                    b.append("<td>")
                        .append(
                            total == 0
                                ? ""
                                : String.format(Locale.ROOT, "%.1f%%", 100.0 * x / total))
                        .append("</td>");
                  }
                  b.append("</tr>\n");
                }));
    return b.append("</table>\n").toString();
  }

  private static void agreement(
      StringBuilder b, List<Entry> entries, Judge ref, Judge judged, boolean possible) {
    if (!possible) {
      return;
    }
    ReportTables.Agreement a = ReportTables.agreement(entries, ref, judged);
    StepAgreement s = a.steps();
    b.append("<h3>").append(judged.word()).append(" against ").append(ref.word()).append("</h3>\n");
    b.append(
        "<table><tr><th>category</th><th>precision</th><th>recall</th><th>F1</th>"
            + "<th>steps</th></tr>\n");
    for (String c : StepAgreement.CATEGORIES) {
      double[] x = s.scores(c);
      b.append(row(ReportCharts.word(c), f(x[0]), f(x[1]), f(x[2]), String.valueOf((long) x[3])));
    }
    b.append("</table>\n");
    b.append(
        p(
            "macro-F1 %s · Cohen's κ %s · earliest-error F1 %s (%d erroneous, %d error-free"
                + " derivations) · false alarms on error-free derivations %s",
            f(s.macroF1()),
            f(a.kappa()),
            f(s.earliestErrorF1()),
            s.erroneousDerivations(),
            s.errorFreeDerivations(),
            f(s.falseAlarmRate())));
  }

  private static String row(String... cells) {
    StringBuilder b = new StringBuilder("<tr>");
    for (String c : cells) {
      b.append("<td>").append(c).append("</td>");
    }
    return b.append("</tr>\n").toString();
  }

  private static String p(String format, Object... args) {
    return "<p>" + String.format(Locale.ROOT, format, args) + "</p>\n";
  }

  static String f(double v) {
    return Double.isNaN(v) ? "–" : String.format(Locale.ROOT, "%.3f", v);
  }

  static String esc(String s) {
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
