package org.derivx.gui.report;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.derivx.annotate.AnnotationStore;
import org.derivx.check.DerivationReport;
import org.derivx.gui.UiExecutor;
import org.derivx.gui.browser.BrowserItem;
import org.derivx.render.ChartFiles;
import org.derivx.render.ReportWriter;
import org.derivx.report.Chart;
import org.derivx.report.Entries;
import org.derivx.report.Entry;
import org.derivx.report.Judge;
import org.derivx.report.ReportTables;

/**
 * The Report view's state: the charts of what is open (checked derivations, their flags, the
 * annotations), computed in the background; exports of one chart (PNG, SVG) or the whole report
 * directory, through the same writer the CLI uses.
 */
public final class ReportViewModel {
  private final UiExecutor executor;
  private final Supplier<List<BrowserItem>> items;
  private final Supplier<AnnotationStore> store;
  private final ObservableList<Chart> charts = FXCollections.observableArrayList();
  private final StringProperty status = new SimpleStringProperty("");
  private final BooleanProperty busy = new SimpleBooleanProperty(false);
  private final StringProperty summary = new SimpleStringProperty("");
  private List<Entry> entries = List.of();

  public ReportViewModel(
      UiExecutor executor, Supplier<List<BrowserItem>> items, Supplier<AnnotationStore> store) {
    this.executor = executor;
    this.items = items;
    this.store = store;
  }

  /** Recomputes the charts from the checked derivations now open. */
  public void refresh() {
    List<BrowserItem> all = List.copyOf(items.get());
    AnnotationStore s = store.get();
    busy.set(true);
    status.set("Computing the report\u2026");
    executor.background(
        () -> {
          try {
            List<Entries.Source> sources = new ArrayList<>();
            List<DerivationReport> checks = new ArrayList<>();
            List<float[][]> flags = new ArrayList<>();
            boolean flagged = true;
            for (BrowserItem i : all) {
              // the report is about the files: edited items count as their file's version only
              // when that is what was checked
              if (i.report() == null || i.isEdited()) {
                continue;
              }
              sources.add(new Entries.Source(fileName(i), i.record(), i.original()));
              checks.add(i.report());
              flags.add(i.flags());
              flagged &= i.flags() != null;
            }
            List<Entry> e = Entries.build(sources, checks, flagged ? flags : null, s);
            List<Chart> c = ReportWriter.charts(e);
            String text = summary(e);
            int skipped = all.size() - sources.size();
            executor.ui(
                () -> {
                  entries = e;
                  charts.setAll(c);
                  summary.set(text);
                  busy.set(false);
                  status.set(
                      e.size()
                          + " derivations"
                          + (skipped > 0 ? " (" + skipped + " unchecked or edited left out)" : ""));
                });
          } catch (Exception ex) {
            executor.ui(
                () -> {
                  busy.set(false);
                  status.set("Report failed: " + ex.getMessage());
                });
          }
        });
  }

  /** Agreement in a few lines: judge against judge (macro-F1, κ), annotator pairs, Fleiss. */
  static String summary(List<Entry> e) {
    StringBuilder b = new StringBuilder();
    Judge[][] pairs = {
      {Judge.CHECKER, Judge.FLAGGER}, {Judge.HUMAN, Judge.CHECKER}, {Judge.HUMAN, Judge.FLAGGER}
    };
    for (Judge[] p : pairs) {
      if (e.stream().anyMatch(p[0]::judged) && e.stream().anyMatch(p[1]::judged)) {
        ReportTables.Agreement a = ReportTables.agreement(e, p[0], p[1]);
        b.append(
            String.format(
                Locale.ROOT,
                "%s vs %s: macro-F1 %.3f, Cohen's \u03BA %.3f, earliest-error F1 %.3f%n",
                p[1].word(),
                p[0].word(),
                a.steps().macroF1(),
                a.kappa(),
                a.steps().earliestErrorF1()));
      }
    }
    ReportTables.annotatorKappas(e)
        .forEach(
            (pair, k) ->
                b.append(String.format(Locale.ROOT, "%s: Cohen's \u03BA %.3f%n", pair, k)));
    double fleiss = ReportTables.fleiss(e);
    if (!Double.isNaN(fleiss)) {
      b.append(String.format(Locale.ROOT, "all annotators: Fleiss' \u03BA %.3f%n", fleiss));
    }
    return b.toString().strip();
  }

  /** Agreement figures of what is open (see {@link #summary(List)}). */
  public StringProperty summaryProperty() {
    return summary;
  }

  private static String fileName(BrowserItem i) {
    String f = i.record().source() == null ? null : i.record().source().file();
    return f == null ? "" : Path.of(f).getFileName().toString();
  }

  /** One chart as PNG or SVG (by extension). */
  public void exportChart(Chart c, Path out) {
    executor.background(
        () -> {
          try {
            if (out.toString().endsWith(".svg")) {
              ChartFiles.svg(c, out);
            } else {
              ChartFiles.png(c, out);
            }
            executor.ui(() -> status.set("Exported " + out));
          } catch (java.io.IOException ex) {
            executor.ui(() -> status.set("Export failed: " + ex.getMessage()));
          }
        });
  }

  /** report.html, the CSVs and every chart into {@code dir}. */
  public void writeReport(Path dir) {
    List<Entry> e = entries;
    List<String> files = e.stream().map(Entry::file).distinct().toList();
    executor.background(
        () -> {
          try {
            ReportWriter.write(e, files, LocalDate.now().toString(), dir);
            executor.ui(() -> status.set("Report written to " + dir.resolve("report.html")));
          } catch (java.io.IOException ex) {
            executor.ui(() -> status.set("Report failed: " + ex.getMessage()));
          }
        });
  }

  public ObservableList<Chart> charts() {
    return charts;
  }

  public StringProperty statusProperty() {
    return status;
  }

  public BooleanProperty busyProperty() {
    return busy;
  }
}
