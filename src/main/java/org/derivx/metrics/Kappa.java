package org.derivx.metrics;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Chance-corrected agreement between annotators. Labels are any strings (categories). */
public final class Kappa {
  private Kappa() {}

  /**
   * Cohen's κ of two annotators over the same items ({@code a.get(i)} and {@code b.get(i)} label
   * item i). NaN when there are no items; 1 when both always use one and the same label.
   */
  public static double cohen(List<String> a, List<String> b) {
    if (a.size() != b.size()) {
      throw new IllegalArgumentException("label lists differ in length");
    }
    int n = a.size();
    if (n == 0) {
      return Double.NaN;
    }
    Map<String, Integer> ca = new HashMap<>();
    Map<String, Integer> cb = new HashMap<>();
    int agree = 0;
    for (int i = 0; i < n; i++) {
      ca.merge(a.get(i), 1, Integer::sum);
      cb.merge(b.get(i), 1, Integer::sum);
      if (a.get(i).equals(b.get(i))) {
        agree++;
      }
    }
    double po = (double) agree / n;
    double pe = 0;
    for (Map.Entry<String, Integer> e : ca.entrySet()) {
      pe += (double) e.getValue() / n * cb.getOrDefault(e.getKey(), 0) / n;
    }
    return pe == 1 ? 1 : (po - pe) / (1 - pe);
  }

  /**
   * Fleiss' κ: per item, the labels its annotators gave (items with fewer than two are skipped).
   * Items may have different numbers of annotators: the per-item agreement is then over that item's
   * own pairs, and the label shares are pooled over all ratings. NaN when no item has two.
   */
  public static double fleiss(List<List<String>> items) {
    Set<String> labels = new HashSet<>();
    Map<String, Integer> totals = new HashMap<>();
    double agreementSum = 0;
    int counted = 0;
    int ratings = 0;
    for (List<String> item : items) {
      int r = item.size();
      if (r < 2) {
        continue;
      }
      Map<String, Integer> c = new HashMap<>();
      for (String l : item) {
        c.merge(l, 1, Integer::sum);
        totals.merge(l, 1, Integer::sum);
        labels.add(l);
      }
      double pairs = 0;
      for (int k : c.values()) {
        pairs += (double) k * (k - 1);
      }
      agreementSum += pairs / ((double) r * (r - 1));
      counted++;
      ratings += r;
    }
    if (counted == 0) {
      return Double.NaN;
    }
    double pBar = agreementSum / counted;
    double pe = 0;
    for (String l : labels) {
      double p = (double) totals.get(l) / ratings;
      pe += p * p;
    }
    return pe == 1 ? 1 : (pBar - pe) / (1 - pe);
  }
}
