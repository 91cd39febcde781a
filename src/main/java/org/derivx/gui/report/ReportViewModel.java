package org.derivx.gui.report;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.derivx.annotate.AnnotationStore;
import org.derivx.check.DerivationReport;
import org.derivx.gui.session.Item;
import org.derivx.gui.session.Session;
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
  private final Session session;
  private final Consumer<Consumer<AnnotationStore>> store;
  private final ObservableList<Chart> charts = FXCollections.observableArrayList();
  private final StringProperty status = new SimpleStringProperty("");
  private final BooleanProperty busy = new SimpleBooleanProperty(false);
  private final StringProperty summary = new SimpleStringProperty("");
  private List<Entry> entries = List.of();

  /**
   * {@code store} hands over the annotation store (or null) once every label so far is committed.
   */
  public ReportViewModel(Session session, Consumer<Consumer<AnnotationStore>> store) {
    this.session = session;
    this.store = store;
  }

  /** Recomputes the charts from the checked derivations now open. */
  public void refresh() {
    List<Item> all = List.copyOf(session.items());
    busy.set(true);
    status.set("Computing the report\u2026");
    store.accept(s -> compute(all, s));
  }

  private void compute(List<Item> all, AnnotationStore s) {
    List<Entries.Source> sources = new ArrayList<>();
    List<DerivationReport> checks = new ArrayList<>();
    List<float[][]> flags = new ArrayList<>();
    boolean flagged = true;
    for (Item i : all) {
      // the report is about the files: edited items count as their file's version only when
      // that is what was checked; a large file's unloaded items keep verdicts, not reports
      if (i.report() == null || i.isEdited()) {
        continue;
      }
      sources.add(new Entries.Source(fileName(i), i.record(), i.original()));
      checks.add(i.report());
      flags.add(i.flags());
      flagged &= i.flags() != null;
    }
    List<float[][]> f = flagged ? flags : null;
    int skipped = all.size() - sources.size();
    session
        .tasks()
        .submit(
            () -> {
              List<Entry> e = Entries.build(sources, checks, f, s);
              return new Computed(e, ReportWriter.charts(e), summary(e));
            },
            c -> {
              entries = c.entries();
              charts.setAll(c.charts());
              summary.set(c.summary());
              busy.set(false);
              status.set(
                  c.entries().size()
                      + " derivations"
                      + (skipped > 0
                          ? " (" + skipped + " unchecked, edited or not loaded left out)"
                          : ""));
            },
            ex -> {
              busy.set(false);
              status.set("Report failed: " + Session.describe(ex));
            });
  }

  private record Computed(List<Entry> entries, List<Chart> charts, String summary) {}

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

  private static String fileName(Item i) {
    String f = i.record().source() == null ? null : i.record().source().file();
    return f == null ? "" : Path.of(f).getFileName().toString();
  }

  /** One chart as PNG or SVG (by extension). */
  public void exportChart(Chart c, Path out) {
    session
        .tasks()
        .submit(
            () -> {
              if (out.toString().endsWith(".svg")) {
                ChartFiles.svg(c, out);
              } else {
                ChartFiles.png(c, out);
              }
              return out;
            },
            o -> status.set("Exported " + o),
            ex -> status.set("Export failed: " + Session.describe(ex)));
  }

  /** report.html, the CSVs and every chart into {@code dir}. */
  public void writeReport(Path dir) {
    List<Entry> e = entries;
    List<String> files = e.stream().map(Entry::file).distinct().toList();
    session
        .tasks()
        .submit(
            () -> {
              ReportWriter.write(e, files, LocalDate.now().toString(), dir);
              return dir.resolve("report.html");
            },
            html -> status.set("Report written to " + html),
            ex -> status.set("Report failed: " + Session.describe(ex)));
  }

  /** The chart the Report opens on: the checker's step categories, else the first. */
  public static Chart opening(List<Chart> charts) {
    return charts.stream()
        .filter(c -> c.title().endsWith("(" + Judge.CHECKER.word() + ")"))
        .findFirst()
        .orElse(charts.isEmpty() ? null : charts.get(0));
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
