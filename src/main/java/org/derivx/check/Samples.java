package org.derivx.check;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.derivx.expr.Expr;
import org.derivx.expr.Relation;

/**
 * The sample points a derivation is evaluated at: every symbol gets a fixed pseudo-random value in
 * (0.55, 1.95) per point, derived from its name, so the same symbol has the same value in every
 * equation. Symbols bound by a step (fresh integration constants) override the defaults.
 */
final class Samples {
  static final int POINTS = 4;

  /** Two values agree when their difference is below this, relative to their size. */
  static final double SAME = 1e-8;

  private final Map<String, Complex[]> bindings = new HashMap<>();
  private final Map<String, Complex[]> cache = new HashMap<>();
  private int version;

  static double defaultValue(String symbol, int point) {
    SplittableRandom r = new SplittableRandom(symbol.hashCode() * 31L + point * 0x5DEECE66DL);
    return 0.55 + 1.4 * r.nextDouble();
  }

  void bind(String symbol, Complex[] values) {
    bindings.put(symbol, values.clone());
    version++;
  }

  /** Changes whenever a symbol is bound, so cached values can tell they are stale. */
  int version() {
    return version;
  }

  boolean isBound(String symbol) {
    return bindings.containsKey(symbol);
  }

  Function<String, Complex> at(int point) {
    return name -> {
      Complex[] bound = bindings.get(name);
      if (bound != null) {
        return bound[point];
      }
      return cache.computeIfAbsent(name, n -> fresh(n))[point];
    };
  }

  private static Complex[] fresh(String name) {
    Complex[] v = new Complex[POINTS];
    for (int i = 0; i < POINTS; i++) {
      v[i] = Complex.real(defaultValue(name, i));
    }
    return v;
  }

  /** Values of {@code e} at every point, calculus inert (integrals optionally computed). */
  Complex[] values(Expr e, boolean evaluateIntegrals) {
    Complex[] out = new Complex[POINTS];
    for (int i = 0; i < POINTS; i++) {
      Evaluator ev = new Evaluator(at(i), evaluateIntegrals);
      out[i] = ev.eval(e);
    }
    return out;
  }

  Values values(Relation r) {
    return new Values(values(r.lhs(), false), values(r.rhs(), false));
  }

  /** Inert values of an equation's two sides. */
  record Values(Complex[] lhs, Complex[] rhs) {}

  /** True when a and b agree at every point where both are finite, and there are two such. */
  static boolean same(Complex[] a, Complex[] b) {
    int valid = 0;
    for (int i = 0; i < a.length; i++) {
      if (a[i].isFinite() && b[i].isFinite()) {
        if (!a[i].near(b[i], SAME)) {
          return false;
        }
        valid++;
      } else if (a[i].isFinite() != b[i].isFinite()) {
        return false;
      }
    }
    return valid >= 2;
  }

  /** True when at least two values are finite (a 0/0 ratio is not). */
  static boolean finite(Complex[] a) {
    int valid = 0;
    for (Complex c : a) {
      if (c.isFinite()) {
        valid++;
      }
    }
    return valid >= 2;
  }

  static boolean constant(Complex[] a, double value) {
    Complex[] c = new Complex[a.length];
    java.util.Arrays.fill(c, Complex.real(value));
    return same(a, c);
  }
}
