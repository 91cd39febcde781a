package org.derivx.check.rules;

import java.util.List;
import java.util.Set;
import java.util.function.BinaryOperator;
import java.util.function.UnaryOperator;
import org.derivx.check.Operation;
import org.derivx.check.Rule;
import org.derivx.check.numeric.Complex;
import org.derivx.check.numeric.Samples;

/**
 * Arithmetic on equations' values at the sample points, point by point, and the one operation made
 * of two equations that way: the paper's combination of two equations (added, subtracted,
 * multiplied or divided side by side).
 */
final class Pointwise {
  private Pointwise() {}

  /** Records each combination of {@code e} with {@code f} (in that order) that yields {@code t}. */
  static void combine(Known t, Known e, Known f, Set<Operation> found) {
    List<BinaryOperator<Complex>> ops =
        List.of(Complex::plus, Complex::minus, Complex::times, Complex::divide);
    List<String> names = List.of("added", "subtracted", "multiplied", "divided");
    for (int k = 0; k < ops.size(); k++) {
      BinaryOperator<Complex> op = ops.get(k);
      if (Samples.same(t.lhs(), zip(e.lhs(), f.lhs(), op))
          && Samples.same(t.rhs(), zip(e.rhs(), f.rhs(), op))) {
        found.add(new Operation(Rule.COMBINE, List.of(e.ref(), f.ref()), names.get(k)));
      }
    }
  }

  static Complex[] zip(Complex[] a, Complex[] b, BinaryOperator<Complex> op) {
    Complex[] out = new Complex[a.length];
    for (int i = 0; i < a.length; i++) {
      out[i] = op.apply(a[i], b[i]);
    }
    return out;
  }

  static Complex[] map(Complex[] a, UnaryOperator<Complex> op) {
    Complex[] out = new Complex[a.length];
    for (int i = 0; i < a.length; i++) {
      out[i] = op.apply(a[i]);
    }
    return out;
  }
}
