package org.derivx.render;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.derivx.report.Chart;
import org.derivx.report.Entry;
import org.derivx.report.Judge;
import org.derivx.report.ReportCharts;
import org.derivx.report.ReportCsv;
import org.derivx.report.ReportHtml;
import org.derivx.report.ReportTables;

/**
 * Writes a report directory: {@code report.html}, {@code steps.csv}, {@code derivations.csv} and
 * each chart as PNG and SVG. The CLI's {@code report} command and the Report view both call it.
 */
public final class ReportWriter {
  private ReportWriter() {}

  /** The charts for these entries: categories per judge present, score deltas, confusions. */
  public static List<Chart> charts(List<Entry> entries) {
    List<Chart> out = new ArrayList<>();
    for (Judge j : Judge.values()) {
      if (entries.stream().anyMatch(j::judged)) {
        out.add(ReportCharts.categories(entries, j));
      }
    }
    Chart deltas = ReportCharts.deltas(entries);
    if (!deltas.groups().isEmpty()) {
      out.add(deltas);
    }
    boolean flagger = entries.stream().anyMatch(Judge.FLAGGER::judged);
    boolean human = entries.stream().anyMatch(Judge.HUMAN::judged);
    if (human) {
      out.add(ReportCharts.confusion(ReportTables.agreement(entries, Judge.HUMAN, Judge.CHECKER)));
    }
    if (flagger) {
      out.add(
          ReportCharts.confusion(ReportTables.agreement(entries, Judge.CHECKER, Judge.FLAGGER)));
    }
    return out;
  }

  public static void write(List<Entry> entries, List<String> files, String date, Path dir)
      throws IOException {
    Files.createDirectories(dir);
    List<Chart> charts = charts(entries);
    for (Chart c : charts) {
      ChartFiles.png(c, dir.resolve(c.slug() + ".png"));
      ChartFiles.svg(c, dir.resolve(c.slug() + ".svg"));
    }
    ReportCsv.write(ReportCsv.steps(entries), ReportCsv.StepRow.class, dir.resolve("steps.csv"));
    ReportCsv.write(
        ReportCsv.derivations(entries),
        ReportCsv.DerivationRow.class,
        dir.resolve("derivations.csv"));
    Files.writeString(
        dir.resolve("report.html"),
        ReportHtml.of(entries, charts, files, date),
        StandardCharsets.UTF_8);
  }
}
