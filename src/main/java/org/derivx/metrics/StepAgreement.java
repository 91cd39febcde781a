package org.derivx.metrics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How well one judge's step categories (flagger, checker) match a reference's (labels, checker):
 * per-category precision, recall and F1 and their macro mean, the confusion matrix, the false-alarm
 * rate on error-free derivations, and earliest-error F1 as in ProcessBench (the harmonic mean of
 * first-error-step accuracy on erroneous derivations and of accuracy on error-free ones). Steps the
 * reference does not categorise (null) are skipped. PREMISE counts as VALID, an error is any
 * category but VALID.
 */
public final class StepAgreement {
  public static final List<String> CATEGORIES =
      List.of("VALID", "SKIPPED", "REDUNDANT", "IRRELEVANT", "INCORRECT");

  private final long[][] confusion = new long[CATEGORIES.size()][CATEGORIES.size()];
  private long errorFree;
  private long errorFreeClean;
  private long erroneous;
  private long erroneousFirstRight;

  /** Adds one derivation: the reference's and the judge's category per step (same length). */
  public void add(List<String> reference, List<String> judged) {
    if (reference.size() != judged.size()) {
      throw new IllegalArgumentException(
          "reference has " + reference.size() + " steps, judge " + judged.size());
    }
    int firstRef = -1;
    int firstJudged = -1;
    boolean complete = true;
    for (int k = 0; k < reference.size(); k++) {
      String r = normal(reference.get(k));
      String j = normal(judged.get(k));
      if (r == null) {
        complete = false;
        continue;
      }
      int ri = CATEGORIES.indexOf(r);
      int ji = j == null ? -1 : CATEGORIES.indexOf(j);
      if (ri >= 0 && ji >= 0) {
        confusion[ri][ji]++;
      }
      if (firstRef < 0 && !r.equals("VALID") && ri >= 0) {
        firstRef = k;
      }
      if (firstJudged < 0 && j != null && !j.equals("VALID")) {
        firstJudged = k;
      }
    }
    if (!complete && firstRef < 0) {
      return; // cannot tell whether it is error-free
    }
    if (firstRef < 0) {
      errorFree++;
      errorFreeClean += firstJudged < 0 ? 1 : 0;
    } else {
      erroneous++;
      erroneousFirstRight += firstJudged == firstRef ? 1 : 0;
    }
  }

  private static String normal(String c) {
    if (c == null) {
      return null;
    }
    return c.equals("PREMISE") ? "VALID" : c;
  }

  public long[][] confusion() {
    return confusion;
  }

  /** {precision, recall, f1, support} of one category. */
  public double[] scores(String category) {
    int c = CATEGORIES.indexOf(category);
    long tp = confusion[c][c];
    long actual = 0;
    long predicted = 0;
    for (int j = 0; j < CATEGORIES.size(); j++) {
      actual += confusion[c][j];
      predicted += confusion[j][c];
    }
    double p = predicted == 0 ? 0 : tp / (double) predicted;
    double r = actual == 0 ? 0 : tp / (double) actual;
    double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
    return new double[] {p, r, f, actual};
  }

  /** Mean F1 over the categories the reference uses. */
  public double macroF1() {
    double sum = 0;
    int n = 0;
    for (String c : CATEGORIES) {
      double[] s = scores(c);
      if (s[3] > 0) {
        sum += s[2];
        n++;
      }
    }
    return n == 0 ? 0 : sum / n;
  }

  /** Share of error-free derivations in which the judge flagged some step. */
  public double falseAlarmRate() {
    return errorFree == 0 ? 0 : 1 - errorFreeClean / (double) errorFree;
  }

  /** ProcessBench's F1: harmonic mean of the two accuracies (0 if either set is empty). */
  public double earliestErrorF1() {
    if (errorFree == 0 || erroneous == 0) {
      return 0;
    }
    double a = erroneousFirstRight / (double) erroneous;
    double b = errorFreeClean / (double) errorFree;
    return a + b == 0 ? 0 : 2 * a * b / (a + b);
  }

  public long erroneousDerivations() {
    return erroneous;
  }

  public long errorFreeDerivations() {
    return errorFree;
  }

  /** The figures as a table for the terminal. */
  public String table(String judge, String reference) {
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, "%s against %s%n", judge, reference));
    b.append(
        String.format(
            Locale.ROOT,
            "%-12s %9s %9s %9s %9s%n",
            "category",
            "precision",
            "recall",
            "F1",
            "steps"));
    for (String c : CATEGORIES) {
      double[] s = scores(c);
      b.append(
          String.format(
              Locale.ROOT, "%-12s %9.3f %9.3f %9.3f %9d%n", c, s[0], s[1], s[2], (long) s[3]));
    }
    b.append(String.format(Locale.ROOT, "macro-F1 %.3f%n", macroF1()));
    b.append(
        String.format(
            Locale.ROOT,
            "earliest-error F1 %.3f (%d erroneous, %d error-free derivations)%n",
            earliestErrorF1(),
            erroneous,
            errorFree));
    b.append(
        String.format(
            Locale.ROOT, "false alarms on error-free derivations %.3f%n", falseAlarmRate()));
    b.append("confusion (rows: ")
        .append(reference)
        .append(", columns: ")
        .append(judge)
        .append(")\n");
    b.append(String.format(Locale.ROOT, "%-12s", ""));
    CATEGORIES.forEach(c -> b.append(String.format(Locale.ROOT, " %10.10s", c)));
    b.append('\n');
    for (int i = 0; i < CATEGORIES.size(); i++) {
      b.append(String.format(Locale.ROOT, "%-12s", CATEGORIES.get(i)));
      for (int j = 0; j < CATEGORIES.size(); j++) {
        b.append(String.format(Locale.ROOT, " %10d", confusion[i][j]));
      }
      b.append('\n');
    }
    return b.toString();
  }

  /** The figures as JSON-ready maps. */
  public Map<String, Object> toMap() {
    Map<String, Object> o = new LinkedHashMap<>();
    Map<String, Object> per = new LinkedHashMap<>();
    for (String c : CATEGORIES) {
      double[] s = scores(c);
      // in this order on every run (Map.of's order changes from one JVM run to the next)
      Map<String, Object> one = new LinkedHashMap<>();
      one.put("precision", s[0]);
      one.put("recall", s[1]);
      one.put("f1", s[2]);
      one.put("steps", (long) s[3]);
      per.put(c, one);
    }
    o.put("categories", per);
    o.put("macroF1", macroF1());
    o.put("earliestErrorF1", earliestErrorF1());
    o.put("falseAlarmRate", falseAlarmRate());
    List<List<Long>> m = new ArrayList<>();
    for (long[] row : confusion) {
      List<Long> r = new ArrayList<>();
      for (long v : row) {
        r.add(v);
      }
      m.add(r);
    }
    o.put("confusion", m);
    return o;
  }
}
