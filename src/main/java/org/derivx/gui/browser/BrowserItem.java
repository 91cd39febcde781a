package org.derivx.gui.browser;

import java.util.EnumMap;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.derivx.check.DerivationReport;
import org.derivx.check.Verdict;
import org.derivx.derivation.Derivation;
import org.derivx.derivation.DerivationRecord;
import org.derivx.derivation.StepCategory;

/**
 * One row of the dataset browser: a record's variant and, once checked, its report. The source
 * editor may replace the derivation by an edited one ({@link #edit}); the file's version and its
 * report are kept for {@link #revert}.
 */
public final class BrowserItem {
  private final DerivationRecord record;
  private final Derivation original;
  private Derivation derivation;
  private DerivationReport originalReport;
  private final ObjectProperty<DerivationReport> report = new SimpleObjectProperty<>();

  /** The flagger's probabilities per step, in {@code Category} order (null until flagged). */
  private final ObjectProperty<float[][]> flags = new SimpleObjectProperty<>();

  /** Counted once per report: sorting and filtering ask for them many times. */
  private Map<Verdict, Long> counts = Map.of();

  private long errors = -1;

  public BrowserItem(DerivationRecord record, Derivation derivation) {
    this.record = record;
    this.original = derivation;
    this.derivation = derivation;
    report.addListener(
        (o, a, r) -> {
          Map<Verdict, Long> c = new EnumMap<>(Verdict.class);
          if (r != null) {
            r.steps().forEach(s -> c.merge(s.verdict(), 1L, Long::sum));
          }
          counts = c;
          errors =
              r == null
                  ? -1
                  : c.entrySet().stream()
                      .filter(e -> e.getKey().isError())
                      .mapToLong(Map.Entry::getValue)
                      .sum();
        });
  }

  public DerivationRecord record() {
    return record;
  }

  /** The derivation shown: the file's, or the editor's version of it. */
  public Derivation derivation() {
    return derivation;
  }

  /** The derivation as read from the file. */
  public Derivation original() {
    return original;
  }

  public boolean isEdited() {
    return derivation != original;
  }

  /** The file's derivation was checked (in the background). Kept aside while an edit is shown. */
  public void checked(DerivationReport r) {
    if (isEdited()) {
      originalReport = r;
    } else {
      report.set(r);
    }
  }

  /** Shows an edited derivation and its report (views rebuild once, on the report). */
  public void edit(Derivation edited, DerivationReport r) {
    if (!isEdited()) {
      originalReport = report.get();
    }
    derivation = edited;
    flags.set(null); // the flagger read the old text
    report.set(r);
  }

  /** Back to the file's derivation and its report. */
  public void revert() {
    if (isEdited()) {
      derivation = original;
      flags.set(null);
      DerivationReport r = originalReport;
      originalReport = null;
      report.set(null); // always a change, so views rebuild even if r equals the edit's report
      report.set(r);
    }
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

  public ObjectProperty<float[][]> flagsProperty() {
    return flags;
  }

  public float[][] flags() {
    return flags.get();
  }

  /**
   * True when the flagger's top category differs from the checker's verdict on some step the
   * checker decided (PREMISE counts as VALID; UNKNOWN and UNPARSEABLE decide nothing).
   */
  public boolean disagrees() {
    float[][] f = flags.get();
    DerivationReport r = report.get();
    if (f == null || r == null) {
      return false;
    }
    for (int k = 0; k < Math.min(f.length, r.steps().size()); k++) {
      StepCategory checker = r.steps().get(k).verdict().category();
      if (checker != null && checker != StepCategory.top(f[k])) {
        return true;
      }
    }
    return false;
  }

  /** Steps per verdict (empty until checked). */
  public Map<Verdict, Long> counts() {
    return counts;
  }

  /** Error steps (every verdict but PREMISE and VALID); -1 while unchecked. */
  public long errors() {
    return errors;
  }

  /**
   * The badge text, e.g. "5✓ 1» 1✗ 2↪" (INCORRECT as root errors ✗ and errors carried forward ↪),
   * or "…" while unchecked.
   */
  public String badge() {
    DerivationReport r = report.get();
    if (r == null) {
      return "\u2026";
    }
    long carried = r.carried();
    StringBuilder b = new StringBuilder();
    counts()
        .forEach(
            (v, n) -> {
              long shown = v == Verdict.INCORRECT ? n - carried : n;
              if (v != Verdict.PREMISE && shown > 0) {
                b.append(b.length() == 0 ? "" : " ")
                    .append(shown)
                    .append(org.derivx.render.VerdictStyle.of(v).symbol());
              }
            });
    if (carried > 0) {
      b.append(b.length() == 0 ? "" : " ").append(carried).append(CARRIED);
    }
    return b.toString();
  }

  /** The badge's mark for errors carried forward. */
  public static final String CARRIED = "\u21AA";

  /** The variant as the browser lists it: "reference · VR" or "gpt-3.5-turbo · VR". */
  public String label() {
    String who = derivation.isReference() ? "reference" : derivation.model();
    String p = derivation.perturbation();
    return (who == null ? derivation.name() : who)
        + (p == null ? "" : " \u00B7 " + p)
        + (isEdited() ? " \u00B7 edited" : "");
  }

  /** Text the filter box matches against. */
  public String searchText() {
    return (record.id() + " " + derivation.name() + " " + label())
        .toLowerCase(java.util.Locale.ROOT);
  }
}
