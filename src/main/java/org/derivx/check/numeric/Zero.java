package org.derivx.check.numeric;

import java.util.List;
import org.derivx.expr.Expr;

/** Is an expression zero at the sample points, relative to the size of its terms? */
public final class Zero {
  private Zero() {}

  /**
   * True when {@code e} (integrals computed) vanishes at every sample point where it is finite, and
   * there are two such: each sum is compared with its largest term, so that a difference which
   * cancels to rounding noise counts as zero.
   */
  public static boolean at(Samples samples, Expr e, double tolerance) {
    List<Expr> terms = e instanceof Expr.Add a ? a.terms() : List.of(e);
    int finite = 0;
    for (int p = 0; p < Samples.POINTS; p++) {
      Evaluator ev = samples.evaluator(p);
      double scale = 1;
      Complex sum = Complex.ZERO;
      for (Expr t : terms) {
        Complex v = ev.eval(t);
        scale = Math.max(scale, v.abs());
        sum = sum.plus(v);
      }
      if (!sum.isFinite()) {
        continue;
      }
      if (sum.abs() > tolerance * scale) {
        return false;
      }
      finite++;
    }
    return finite >= 2;
  }
}
