package org.derivx.metrics;

import java.io.PrintWriter;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;
import org.derivx.check.DerivationReport;
import org.derivx.check.StepResult;
import org.derivx.check.Verdict;

/**
 * Verdict counts per variant (INCORRECT split into root errors and errors carried forward) and how
 * many derivations reached their goal, soundly or after an error.
 */
public final class VerdictStats {
  /** Counts for one variant name. */
  public static final class Row {
    final Map<Verdict, Long> verdicts = new EnumMap<>(Verdict.class);
    long derivations;
    long goalReached;
    long goalAfterError;
    long goalStated;
    long carried;

    public long count(Verdict v) {
      return verdicts.getOrDefault(v, 0L);
    }

    public long steps() {
      return verdicts.values().stream().mapToLong(Long::longValue).sum();
    }

    public long derivations() {
      return derivations;
    }

    /** Reached by a sound chain. */
    public long goalReached() {
      return goalReached;
    }

    /** Reached, but resting on an INCORRECT (or unparseable) step. */
    public long goalAfterError() {
      return goalAfterError;
    }

    /** INCORRECT steps that carry an earlier error forward. */
    public long carried() {
      return carried;
    }
  }

  private final Map<String, Row> rows = new TreeMap<>();
  private final Row total = new Row();

  public synchronized void add(DerivationReport r) {
    for (Row row : new Row[] {rows.computeIfAbsent(r.variant(), v -> new Row()), total}) {
      row.derivations++;
      if (r.goal() != DerivationReport.Goal.NO_GOAL) {
        row.goalStated++;
      }
      if (r.goal() == DerivationReport.Goal.REACHED) {
        row.goalReached++;
      }
      if (r.goal() == DerivationReport.Goal.REACHED_AFTER_ERROR) {
        row.goalAfterError++;
      }
      row.carried += r.carried();
      for (StepResult s : r.steps()) {
        row.verdicts.merge(s.verdict(), 1L, Long::sum);
      }
    }
  }

  public Map<String, Row> rows() {
    return rows;
  }

  public Row total() {
    return total;
  }

  public void printTable(PrintWriter out) {
    StringBuilder head = new StringBuilder(String.format("%-28s %5s", "variant", "steps"));
    for (Verdict v : Verdict.values()) {
      head.append(String.format(" %11s", v.name()));
      if (v == Verdict.INCORRECT) {
        head.append(String.format(" %11s", "(carried)"));
      }
    }
    head.append(String.format(" %-15s", " goal sound+err/all"));
    out.println(head);
    rows.forEach((name, row) -> out.println(line(name, row)));
    out.println(line("total", total));
  }

  private static String line(String name, Row row) {
    StringBuilder sb = new StringBuilder(String.format("%-28s %5d", name, row.steps()));
    for (Verdict v : Verdict.values()) {
      // INCORRECT counts root errors; the next column those carried forward
      sb.append(
          String.format(
              " %11d", v == Verdict.INCORRECT ? row.count(v) - row.carried : row.count(v)));
      if (v == Verdict.INCORRECT) {
        sb.append(String.format(" %11d", row.carried));
      }
    }
    sb.append(String.format(" %5d+%d/%d", row.goalReached, row.goalAfterError, row.goalStated));
    return sb.toString();
  }
}
