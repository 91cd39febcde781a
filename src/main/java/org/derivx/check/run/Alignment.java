package org.derivx.check.run;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.derivx.check.EqRef;
import org.derivx.check.numeric.Complex;
import org.derivx.check.numeric.Samples;
import org.derivx.check.rules.Known;
import org.derivx.derivation.Equation;
import org.derivx.expr.Relation;

/**
 * Lines up two derivations step by step (a reference and a model's generation): the longest chain
 * of matching equations, in order, where two equations match when they are the same up to canonical
 * form and side order, or equivalent (equal sides at every sample point, or equal differences of
 * sides up to a constant factor). Between two matches the unmatched steps of both sides share rows,
 * so the result reads like a side-by-side diff.
 */
public final class Alignment {
  /** How a row's two equations relate. */
  public enum Match {
    /** The same equation up to canonical form and side order. */
    SAME,
    /** Different form, same meaning at every sample point. */
    EQUIVALENT,
    /** Both sides present but different (an edit), or only one side present. */
    NONE
  }

  /** One row: 1-based step numbers, 0 where that side has no step in this row. */
  public record Row(int left, int right, Match match) {
    public boolean leftOnly() {
      return right == 0;
    }

    public boolean rightOnly() {
      return left == 0;
    }
  }

  private Alignment() {}

  public static List<Row> align(List<Equation> left, List<Equation> right) {
    int n = left.size();
    int m = right.size();
    Samples samples = new Samples();
    Known[] a = known(left, samples);
    Known[] b = known(right, samples);
    Match[][] match = new Match[n][m];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < m; j++) {
        match[i][j] = compare(a[i], b[j]);
      }
    }
    // weighted longest common subsequence; a same equation outweighs an equivalent one
    int[][] best = new int[n + 1][m + 1];
    for (int i = n - 1; i >= 0; i--) {
      for (int j = m - 1; j >= 0; j--) {
        int take = match[i][j] == Match.NONE ? -1 : weight(match[i][j]) + best[i + 1][j + 1];
        best[i][j] = Math.max(take, Math.max(best[i + 1][j], best[i][j + 1]));
      }
    }
    List<Row> rows = new ArrayList<>();
    List<Integer> pendingLeft = new ArrayList<>();
    List<Integer> pendingRight = new ArrayList<>();
    int i = 0;
    int j = 0;
    while (i < n && j < m) {
      if (match[i][j] != Match.NONE && best[i][j] == weight(match[i][j]) + best[i + 1][j + 1]) {
        flush(rows, pendingLeft, pendingRight);
        rows.add(new Row(i + 1, j + 1, match[i][j]));
        i++;
        j++;
      } else if (best[i + 1][j] >= best[i][j + 1]) {
        pendingLeft.add(++i);
      } else {
        pendingRight.add(++j);
      }
    }
    while (i < n) {
      pendingLeft.add(++i);
    }
    while (j < m) {
      pendingRight.add(++j);
    }
    flush(rows, pendingLeft, pendingRight);
    return rows;
  }

  private static int weight(Match m) {
    return m == Match.SAME ? 3 : 2;
  }

  private static void flush(List<Row> rows, List<Integer> left, List<Integer> right) {
    for (int k = 0; k < Math.max(left.size(), right.size()); k++) {
      int l = k < left.size() ? left.get(k) : 0;
      int r = k < right.size() ? right.get(k) : 0;
      rows.add(new Row(l, r, Match.NONE));
    }
    left.clear();
    right.clear();
  }

  private static Known[] known(List<Equation> eqs, Samples samples) {
    Known[] out = new Known[eqs.size()];
    for (int i = 0; i < out.length; i++) {
      Equation e = eqs.get(i);
      out[i] = e.parsed() ? Known.of(EqRef.step(i + 1), e.tree(), samples) : null;
    }
    return out;
  }

  private static Match compare(Known a, Known b) {
    if (a == null || b == null) {
      return Match.NONE;
    }
    // Known holds canonical forms already: compare them as they are, sides either way round
    Relation x = a.eq();
    Relation y = b.eq();
    if (x.lhs().equals(y.lhs()) && x.rhs().equals(y.rhs())
        || x.lhs().equals(y.rhs()) && x.rhs().equals(y.lhs())) {
      return Match.SAME;
    }
    boolean sides =
        Samples.same(a.lhs(), b.lhs()) && Samples.same(a.rhs(), b.rhs())
            || Samples.same(a.lhs(), b.rhs()) && Samples.same(a.rhs(), b.lhs());
    if (sides) {
      return Match.EQUIVALENT;
    }
    Complex[] da = difference(a);
    Complex[] db = difference(b);
    // a difference that vanishes everywhere says nothing about which equation it is
    if (!Samples.constant(da, 0) && !Samples.constant(db, 0) && proportional(da, db)) {
      return Match.EQUIVALENT;
    }
    return Match.NONE;
  }

  /** da = c·db for one constant c at every point: the same equation rearranged or scaled. */
  private static boolean proportional(Complex[] da, Complex[] db) {
    Complex[] ratio = new Complex[da.length];
    for (int i = 0; i < da.length; i++) {
      ratio[i] = da[i].divide(db[i]);
    }
    Complex first = null;
    for (Complex r : ratio) {
      if (r.isFinite()) {
        first = r;
        break;
      }
    }
    if (first == null || first.abs() < Samples.SAME) {
      return false;
    }
    Complex[] constant = new Complex[ratio.length];
    Arrays.fill(constant, first);
    return Samples.same(ratio, constant);
  }

  private static Complex[] difference(Known k) {
    Complex[] d = new Complex[k.lhs().length];
    for (int i = 0; i < d.length; i++) {
      d[i] = k.lhs()[i].minus(k.rhs()[i]);
    }
    return d;
  }
}
