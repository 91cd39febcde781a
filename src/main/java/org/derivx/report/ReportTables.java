package org.derivx.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.derivx.annotate.ItemKey;
import org.derivx.annotate.StepLabel;
import org.derivx.derivation.Derivation;
import org.derivx.metrics.Kappa;
import org.derivx.metrics.StepAgreement;

/** The report's numbers, computed from its entries; no formatting here. */
public final class ReportTables {
  private ReportTables() {}

  /** model → perturbation (paper order) → step counts per {@link Judge#COLUMNS}. */
  public static Map<String, Map<String, long[]>> categoryCounts(List<Entry> entries, Judge judge) {
    Map<String, Map<String, long[]>> out = new TreeMap<>();
    for (Entry e : entries) {
      if (!judge.judged(e)) {
        continue;
      }
      long[] c =
          out.computeIfAbsent(e.model(), m -> perturbationMap())
              .computeIfAbsent(e.perturbation(), p -> new long[Judge.COLUMNS.size()]);
      for (String l : judge.labels(e)) {
        c[l == null ? Judge.COLUMNS.size() - 1 : Judge.COLUMNS.indexOf(l)]++;
      }
    }
    return out;
  }

  /** A map that lists the paper's perturbations in the paper's order, then any others. */
  static <V> Map<String, V> perturbationMap() {
    return new TreeMap<>(
        (a, b) -> {
          int i = order(a);
          int j = order(b);
          return i != j ? Integer.compare(i, j) : a.compareTo(b);
        });
  }

  private static int order(String p) {
    int i = Derivation.PERTURBATIONS.indexOf(p);
    return i < 0 ? Integer.MAX_VALUE : i;
  }

  /** model → perturbation → mean {ROUGE-2, BLEU, GLEU, count} over generations with a reference. */
  public static Map<String, Map<String, double[]>> metricMeans(List<Entry> entries) {
    Map<String, Map<String, double[]>> out = new TreeMap<>();
    for (Entry e : entries) {
      if (e.scores() == null) {
        continue;
      }
      double[] s =
          out.computeIfAbsent(e.model(), m -> perturbationMap())
              .computeIfAbsent(e.perturbation(), p -> new double[4]);
      s[0] += e.scores().rouge2();
      s[1] += e.scores().bleu();
      s[2] += e.scores().gleu();
      s[3]++;
    }
    out.values()
        .forEach(
            m ->
                m.values()
                    .forEach(
                        s -> {
                          for (int i = 0; i < 3; i++) {
                            s[i] /= s[3];
                          }
                        }));
    return out;
  }

  /**
   * model → perturbation → {ΔROUGE-2, ΔBLEU, ΔGLEU}, as the paper reports them: static minus
   * perturbed (a positive delta is a drop under the perturbation).
   */
  public static Map<String, Map<String, double[]>> metricDeltas(List<Entry> entries) {
    Map<String, Map<String, double[]>> out = new TreeMap<>();
    metricMeans(entries)
        .forEach(
            (model, byP) -> {
              double[] base = byP.get("static");
              if (base == null) {
                return;
              }
              byP.forEach(
                  (p, s) -> {
                    if (!p.equals("static")) {
                      out.computeIfAbsent(model, m -> perturbationMap())
                          .put(p, new double[] {base[0] - s[0], base[1] - s[1], base[2] - s[2]});
                    }
                  });
            });
    return out;
  }

  /** One judge scored against another, on the derivations both judged. */
  public record Agreement(Judge reference, Judge judged, StepAgreement steps, double kappa) {}

  public static Agreement agreement(List<Entry> entries, Judge reference, Judge judged) {
    StepAgreement a = new StepAgreement();
    List<String> ra = new ArrayList<>();
    List<String> ja = new ArrayList<>();
    for (Entry e : entries) {
      if (!reference.judged(e) || !judged.judged(e)) {
        continue;
      }
      List<String> r = reference.labels(e);
      List<String> j = judged.labels(e);
      a.add(r, j);
      for (int k = 0; k < r.size(); k++) {
        if (r.get(k) != null && j.get(k) != null) {
          ra.add(r.get(k));
          ja.add(j.get(k));
        }
      }
    }
    return new Agreement(reference, judged, a, Kappa.cohen(ra, ja));
  }

  /** Cohen's κ per pair of annotators ("ann / bob"), over the steps both labelled. */
  public static Map<String, Double> annotatorKappas(List<Entry> entries) {
    Map<String, Map<String, String>> byAnnotator = new TreeMap<>();
    for (Entry e : entries) {
      for (StepLabel l : e.humanSteps()) {
        byAnnotator
            .computeIfAbsent(l.annotator(), a -> new LinkedHashMap<>())
            .put(stepKey(e.item().key(), l.step()), l.category().name());
      }
    }
    Map<String, Double> out = new LinkedHashMap<>();
    List<String> names = new ArrayList<>(byAnnotator.keySet());
    for (int i = 0; i < names.size(); i++) {
      for (int j = i + 1; j < names.size(); j++) {
        Map<String, String> a = byAnnotator.get(names.get(i));
        Map<String, String> b = byAnnotator.get(names.get(j));
        List<String> la = new ArrayList<>();
        List<String> lb = new ArrayList<>();
        a.forEach(
            (k, v) -> {
              if (b.containsKey(k)) {
                la.add(v);
                lb.add(b.get(k));
              }
            });
        if (!la.isEmpty()) {
          out.put(names.get(i) + " / " + names.get(j), Kappa.cohen(la, lb));
        }
      }
    }
    return out;
  }

  /** Fleiss' κ over every step two or more annotators labelled. */
  public static double fleiss(List<Entry> entries) {
    List<List<String>> items = new ArrayList<>();
    for (Entry e : entries) {
      Map<Integer, List<String>> bySteps = new TreeMap<>();
      for (StepLabel l : e.humanSteps()) {
        bySteps.computeIfAbsent(l.step(), k -> new ArrayList<>()).add(l.category().name());
      }
      items.addAll(bySteps.values());
    }
    return Kappa.fleiss(items);
  }

  private static String stepKey(ItemKey k, int step) {
    return k.record() + '\u0000' + k.variant() + '\u0000' + step;
  }

  /**
   * How closely our text scores reproduce those the source file stored (the paper's {@code
   * static_rouge} …): per metric {pairs compared, pairs within 0.01, largest difference}.
   */
  public static Map<String, double[]> storedScoreMatch(List<Entry> entries) {
    Map<String, double[]> out = new LinkedHashMap<>();
    for (String m : List.of("rouge", "bleu", "gleu")) {
      out.put(m, new double[3]);
    }
    for (Entry e : entries) {
      if (e.scores() == null) {
        continue;
      }
      compare(out.get("rouge"), e.storedScores().get("rouge"), e.scores().rouge2());
      compare(out.get("bleu"), e.storedScores().get("bleu"), e.scores().bleu());
      compare(out.get("gleu"), e.storedScores().get("gleu"), e.scores().gleu());
    }
    return out;
  }

  private static void compare(double[] acc, Double stored, double ours) {
    if (stored == null) {
      return;
    }
    double d = Math.abs(stored - ours);
    acc[0]++;
    acc[1] += d <= 0.01 ? 1 : 0;
    acc[2] = Math.max(acc[2], d);
  }
}
