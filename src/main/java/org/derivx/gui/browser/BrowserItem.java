package org.derivx.gui.browser;

import java.util.EnumMap;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.derivx.check.DerivationReport;
import org.derivx.check.Verdict;
import org.derivx.derivation.Derivation;
import org.derivx.derivation.DerivationRecord;

/** One row of the dataset browser: a record's variant and, once checked, its report. */
public final class BrowserItem {
  private final DerivationRecord record;
  private final Derivation derivation;
  private final ObjectProperty<DerivationReport> report = new SimpleObjectProperty<>();

  public BrowserItem(DerivationRecord record, Derivation derivation) {
    this.record = record;
    this.derivation = derivation;
  }

  public DerivationRecord record() {
    return record;
  }

  public Derivation derivation() {
    return derivation;
  }

  public String id() {
    return record.id();
  }

  public ObjectProperty<DerivationReport> reportProperty() {
    return report;
  }

  public DerivationReport report() {
    return report.get();
  }

  /** Steps per verdict (empty until checked). */
  public Map<Verdict, Long> counts() {
    Map<Verdict, Long> out = new EnumMap<>(Verdict.class);
    DerivationReport r = report.get();
    if (r != null) {
      r.steps().forEach(s -> out.merge(s.verdict(), 1L, Long::sum));
    }
    return out;
  }

  /** Error steps (every verdict but PREMISE and VALID); -1 while unchecked. */
  public long errors() {
    DerivationReport r = report.get();
    return r == null ? -1 : r.steps().stream().filter(s -> s.verdict().isError()).count();
  }

  /** The badge text, e.g. "5✓ 1» 1✗", or "…" while unchecked. */
  public String badge() {
    if (report.get() == null) {
      return "\u2026";
    }
    StringBuilder b = new StringBuilder();
    counts()
        .forEach(
            (v, n) -> {
              if (v != Verdict.PREMISE) {
                b.append(b.length() == 0 ? "" : " ")
                    .append(n)
                    .append(org.derivx.render.VerdictStyle.of(v).symbol());
              }
            });
    return b.toString();
  }

  /** The variant as the browser lists it: "reference · VR" or "gpt-3.5-turbo · VR". */
  public String label() {
    String who = derivation.isReference() ? "reference" : derivation.model();
    String p = derivation.perturbation();
    return (who == null ? derivation.name() : who) + (p == null ? "" : " \u00B7 " + p);
  }

  /** Text the filter box matches against. */
  public String searchText() {
    return (record.id() + " " + derivation.name() + " " + label())
        .toLowerCase(java.util.Locale.ROOT);
  }
}
