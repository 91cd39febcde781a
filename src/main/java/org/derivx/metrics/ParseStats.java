package org.derivx.metrics;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.derivx.derivation.Dataset;
import org.derivx.derivation.Derivation;
import org.derivx.derivation.DerivationRecord;
import org.derivx.derivation.Equation;

/** Counts records, equations and parse failures per variant and per kind (reference/generation). */
public final class ParseStats {
  /** One equation that did not parse. */
  public record Failure(String id, String variant, int step, String latex, String error) {
    /** {@code {"id", "variant", "step", "latex", "error"}}. */
    public Map<String, Object> toJson() {
      Map<String, Object> e = new LinkedHashMap<>();
      e.put("id", id);
      e.put("variant", variant);
      e.put("step", step);
      e.put("latex", latex);
      e.put("error", error);
      return e;
    }

    /** Two lines of the table: where and why, then the LaTeX. */
    public void print(PrintWriter out) {
      out.printf("  %s  %s  step %d: %s%n      %s%n", id, variant, step, error, latex);
    }
  }

  private static final class Count {
    long equations;
    long parsed;

    void add(Equation e) {
      equations++;
      if (e.parsed()) {
        parsed++;
      }
    }

    Map<String, Object> json() {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("equations", equations);
      m.put("parsed", parsed);
      return m;
    }

    String rate() {
      return equations == 0 ? "-" : String.format("%.2f%%", 100.0 * parsed / equations);
    }
  }

  private long records;
  private final Count total = new Count();
  private final Map<String, Count> byVariant = new TreeMap<>();
  private final Map<Derivation.Kind, Count> byKind = new TreeMap<>();
  private final List<Failure> failures = new ArrayList<>();

  public void add(Dataset d) {
    for (DerivationRecord r : d.records()) {
      add(r);
    }
  }

  /** Counts one record, keeping its failures (for {@link #failures} and {@link #toJson}). */
  public void add(DerivationRecord r) {
    add(r, failures::add);
  }

  /**
   * Counts one record and hands its failures to {@code onFailure} instead of keeping them: a
   * dataset of any size is counted in constant memory.
   */
  public void add(DerivationRecord r, Consumer<Failure> onFailure) {
    records++;
    for (Derivation v : r.variants()) {
      Count c = byVariant.computeIfAbsent(v.name(), k -> new Count());
      Count k = byKind.computeIfAbsent(v.kind(), x -> new Count());
      for (int i = 1; i <= v.size(); i++) {
        Equation e = v.step(i);
        c.add(e);
        k.add(e);
        total.add(e);
        if (!e.parsed()) {
          onFailure.accept(new Failure(r.id(), v.name(), i, e.raw(), e.error().toString()));
        }
      }
    }
  }

  public long records() {
    return records;
  }

  public long equations() {
    return total.equations;
  }

  public long parsed() {
    return total.parsed;
  }

  public List<Failure> failures() {
    return List.copyOf(failures);
  }

  /** The {@code --json} shape of {@code derivx inspect}. */
  public Map<String, Object> toJson() {
    Map<String, Object> m = summaryJson();
    List<Map<String, Object>> f = new ArrayList<>();
    for (Failure x : failures) {
      f.add(x.toJson());
    }
    m.put("failures", f);
    return m;
  }

  /** {@link #toJson} without the failures. */
  public Map<String, Object> summaryJson() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("records", records);
    m.put("equations", total.equations);
    m.put("parsed", total.parsed);
    Map<String, Object> v = new LinkedHashMap<>();
    byVariant.forEach((name, c) -> v.put(name, c.json()));
    m.put("byVariant", v);
    Map<String, Object> k = new LinkedHashMap<>();
    byKind.forEach((kind, c) -> k.put(kind.name().toLowerCase(Locale.ROOT), c.json()));
    m.put("byKind", k);
    return m;
  }

  public void printTable(PrintWriter out) {
    printSummary(out);
    if (!failures.isEmpty()) {
      out.println();
      out.println(FAILURES_HEADING);
      failures.forEach(x -> x.print(out));
    }
  }

  /** Heads the list of failures in the table. */
  public static final String FAILURES_HEADING = "equations that do not parse:";

  /** The counts: records, equations and parse rate, then per variant and per kind. */
  public void printSummary(PrintWriter out) {
    out.printf(
        "records: %d   equations: %d   parsed: %s%n", records, total.equations, total.rate());
    out.println();
    out.printf("%-28s %10s %10s %9s%n", "variant", "equations", "parsed", "rate");
    byVariant.forEach(
        (name, c) -> out.printf("%-28s %10d %10d %9s%n", name, c.equations, c.parsed, c.rate()));
    byKind.forEach(
        (kind, c) ->
            out.printf(
                "%-28s %10d %10d %9s%n",
                "(all " + kind.name().toLowerCase(Locale.ROOT) + "s)",
                c.equations,
                c.parsed,
                c.rate()));
  }
}
