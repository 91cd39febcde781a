package org.derivx.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.derivx.annotate.Adjudication;
import org.derivx.annotate.AnnotationException;
import org.derivx.annotate.AnnotationStore;
import org.derivx.annotate.DerivationLabel;
import org.derivx.annotate.Item;
import org.derivx.annotate.ItemKey;
import org.derivx.annotate.StepLabel;
import org.derivx.check.DerivationReport;
import org.derivx.derivation.Derivation;
import org.derivx.derivation.DerivationRecord;
import org.derivx.derivation.Equation;
import org.derivx.metrics.TextMetrics;

/** Builds the report's entries from derivations, their checks, flags and annotations. */
public final class Entries {
  private Entries() {}

  /** One derivation to report on, with the file it came from and its record. */
  public record Source(String file, DerivationRecord record, Derivation derivation) {}

  /**
   * {@code checks.get(i)} and {@code flags.get(i)} belong to {@code sources.get(i)}; {@code flags}
   * may be null (flagger not run); {@code store} may be null (no annotations).
   */
  public static List<Entry> build(
      List<Source> sources,
      List<DerivationReport> checks,
      List<float[][]> flags,
      AnnotationStore store)
      throws AnnotationException {
    Map<ItemKey, List<StepLabel>> steps = new HashMap<>();
    Map<ItemKey, List<DerivationLabel>> derivations = new HashMap<>();
    Map<ItemKey, List<Adjudication>> adjudications = new HashMap<>();
    if (store != null) {
      steps = store.allSteps().stream().collect(Collectors.groupingBy(StepLabel::item));
      derivations =
          store.allDerivations().stream().collect(Collectors.groupingBy(DerivationLabel::item));
      adjudications =
          store.allAdjudications().stream().collect(Collectors.groupingBy(Adjudication::item));
    }
    List<Entry> out = new ArrayList<>();
    for (int i = 0; i < sources.size(); i++) {
      Source s = sources.get(i);
      Item item = Item.of(s.record(), s.derivation());
      out.add(
          new Entry(
              s.file(),
              s.record(),
              s.derivation(),
              item,
              checks.get(i),
              flags == null ? null : flags.get(i),
              scores(s.record(), s.derivation()),
              stored(s.record(), s.derivation()),
              steps.getOrDefault(item.key(), List.of()),
              derivations.getOrDefault(item.key(), List.of()),
              adjudications.getOrDefault(item.key(), List.of())));
    }
    return out;
  }

  /** The derivation as the paper scored it: its equations joined by " and ". */
  public static String text(Derivation d) {
    return d.steps().stream().map(Equation::raw).collect(Collectors.joining(" and "));
  }

  /** Scores of a generation against its record's reference for the same perturbation. */
  static TextMetrics.Scores scores(DerivationRecord r, Derivation d) {
    if (d.isReference()) {
      return null;
    }
    return r.variants().stream()
        .filter(v -> v.isReference() && perturbation(v).equals(perturbation(d)))
        .findFirst()
        .map(ref -> TextMetrics.all(text(ref), text(d)))
        .orElse(null);
  }

  /**
   * The scores the paper's file stored for this generation: {@code static_rouge} for the static
   * one; for a perturbed one {@code static_rouge − VR_rouge}, since the file stores differences.
   */
  static Map<String, Double> stored(DerivationRecord r, Derivation d) {
    Map<String, Double> out = new HashMap<>();
    if (d.isReference()) {
      return out;
    }
    for (String m : List.of("rouge", "bleu", "gleu")) {
      Double base = number(r.meta().get("static_" + m));
      if (base == null) {
        continue;
      }
      if (perturbation(d).equals("static")) {
        out.put(m, base);
      } else {
        Double delta = number(r.meta().get(perturbation(d) + "_" + m));
        if (delta != null) {
          out.put(m, base - delta);
        }
      }
    }
    return out;
  }

  /** The perturbation; "static" when the file names none. */
  public static String perturbation(Derivation d) {
    String p = d.perturbation();
    return p == null || p.isBlank() ? "static" : p;
  }

  private static Double number(Object o) {
    return o instanceof Number n ? n.doubleValue() : null;
  }
}
