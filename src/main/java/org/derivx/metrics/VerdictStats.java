package org.derivx.metrics;

import java.io.PrintWriter;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;
import org.derivx.check.DerivationReport;
import org.derivx.check.StepResult;
import org.derivx.check.Verdict;

/** Verdict counts per variant and how many derivations reached their goal. */
public final class VerdictStats {
  /** Counts for one variant name. */
  public static final class Row {
    final Map<Verdict, Long> verdicts = new EnumMap<>(Verdict.class);
    long derivations;
    long goalReached;
    long goalStated;

    public long count(Verdict v) {
      return verdicts.getOrDefault(v, 0L);
    }

    public long steps() {
      return verdicts.values().stream().mapToLong(Long::longValue).sum();
    }

    public long derivations() {
      return derivations;
    }

    public long goalReached() {
      return goalReached;
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
    }
    head.append(String.format(" %9s", "goal"));
    out.println(head);
    rows.forEach((name, row) -> out.println(line(name, row)));
    out.println(line("total", total));
  }

  private static String line(String name, Row row) {
    StringBuilder sb = new StringBuilder(String.format("%-28s %5d", name, row.steps()));
    for (Verdict v : Verdict.values()) {
      sb.append(String.format(" %11d", row.count(v)));
    }
    sb.append(String.format(" %4d/%-4d", row.goalReached, row.goalStated));
    return sb.toString();
  }
}
