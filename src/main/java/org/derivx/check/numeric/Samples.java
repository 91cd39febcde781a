package org.derivx.check.numeric;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.derivx.check.Budget;
import org.derivx.expr.Expr;
import org.derivx.expr.Relation;

/**
 * The sample points a derivation is evaluated at: every symbol gets a fixed pseudo-random value in
 * (0.55, 1.95) per point, derived from its name, so the same symbol has the same value in every
 * equation. Symbols bound by a step (fresh integration constants) override the defaults.
 *
 * <p>Those points are where operations are matched: quadrature and branch cuts behave there. Truth
 * needs more: a claim that holds only for positive values or on one branch ({@code \sqrt{x^2} = x},
 * {@code \sin L = \sqrt{1 - \cos^2 L}}) is false given premises that assume nothing. So there are
 * also {@link #PROBES} probe points where each symbol takes either sign (four of eight negative)
 * and magnitudes from 0.6 to 4.6, beyond π. A probe point counts only where both sides are real (it
 * is admissible): {@code \log(ab) = \log a + \log b} has no real right side at a, b < 0.
 */
public final class Samples {
  public static final int POINTS = 4;

  static final int PROBES = 8;

  /** The 70 sign patterns of eight probes with four negative, one chosen per symbol. */
  private static final int[] SIGNS = balancedMasks();

  /** Two values agree when their difference is below this, relative to their size. */
  public static final double SAME = 1e-8;

  /** Clearly different: values differ by more than this, relative to their size. */
  public static final double DIFFERENT = 1e-5;

  private final Map<String, Complex[]> bindings = new HashMap<>();
  private Budget budget = Budget.generous();
  private final Map<String, Complex[]> cache = new HashMap<>();
  private int version;
  private Integrals[] integrals = new Integrals[POINTS];
  private int integralsVersion;

  static double defaultValue(String symbol, int point) {
    SplittableRandom r = new SplittableRandom(symbol.hashCode() * 31L + point * 0x5DEECE66DL);
    return 0.55 + 1.4 * r.nextDouble();
  }

  /** The budget that evaluations at these points spend from (the current step's). */
  public Budget budget() {
    return budget;
  }

  public void use(Budget b) {
    this.budget = b;
  }

  /** The bindings as they are now, to return to when a step's attempt is abandoned. */
  public record Mark(Map<String, Complex[]> bindings, int version) {}

  public Mark mark() {
    return new Mark(new HashMap<>(bindings), version);
  }

  public void reset(Mark m) {
    bindings.clear();
    bindings.putAll(m.bindings());
    // a version never seen before: m.version() + 1 may be the version of a binding made since the
    // mark, and what was cached under it would then pass for fresh
    version++;
  }

  static double probeValue(String symbol, int q) {
    SplittableRandom r = new SplittableRandom(symbol.hashCode() * 0x9E3779B97F4A7C15L + q * 131L);
    double magnitude = 0.6 + 4.0 * r.nextDouble();
    int mask = SIGNS[Math.floorMod(symbol.hashCode() * 31 + 7, SIGNS.length)];
    return (mask >> q & 1) == 1 ? -magnitude : magnitude;
  }

  private static int[] balancedMasks() {
    int[] out = new int[70];
    int n = 0;
    for (int m = 0; m < 256; m++) {
      if (Integer.bitCount(m) == 4) {
        out[n++] = m;
      }
    }
    return out;
  }

  /**
   * Probe point {@code q}, every value scaled by {@code scale} (a nearby point when it is close to
   * 1); bound constants have no value there.
   */
  public Function<String, Complex> probe(int q, double scale) {
    return name ->
        bindings.containsKey(name) ? Complex.NaN : Complex.real(probeValue(name, q) * scale);
  }

  /** Values of {@code e} at every probe point (calculus inert), scaled as in {@link #probe}. */
  Complex[] probeValues(Expr e, double scale) {
    Complex[] out = new Complex[PROBES];
    for (int q = 0; q < PROBES; q++) {
      out[q] = new Evaluator(probe(q, scale), false, budget).eval(e);
    }
    return out;
  }

  /** A value both finite and real: the only kind a probe point compares. */
  static boolean admissible(Complex c) {
    return c.isFinite() && Math.abs(c.im()) <= 1e-9 * Math.max(1, Math.abs(c.re()));
  }

  /**
   * The first probe point where {@code a} and {@code b} are both admissible and clearly differ,
   * also at a nearby point (so a pole or a rounding edge is not taken for a counterexample); -1 if
   * there is none. The expressions must be free of calculus that has to be carried out.
   */
  public int probeDifference(Expr a, Expr b) {
    Complex[] va = probeValues(a, 1);
    Complex[] vb = probeValues(b, 1);
    for (int q = 0; q < PROBES; q++) {
      if (admissible(va[q]) && admissible(vb[q]) && !va[q].near(vb[q], DIFFERENT)) {
        Complex na = new Evaluator(probe(q, NEARBY), false, budget).eval(a);
        Complex nb = new Evaluator(probe(q, NEARBY), false, budget).eval(b);
        if (admissible(na) && admissible(nb) && !na.near(nb, DIFFERENT)) {
          return q;
        }
      }
    }
    return -1;
  }

  /** The nearby point's scale. */
  static final double NEARBY = 1.0007;

  public void bind(String symbol, Complex[] values) {
    bindings.put(symbol, values.clone());
    version++;
  }

  /** Changes whenever a symbol is bound, so cached values can tell they are stale. */
  public int version() {
    return version;
  }

  public boolean isBound(String symbol) {
    return bindings.containsKey(symbol);
  }

  public Function<String, Complex> at(int point) {
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
  public Complex[] values(Expr e, boolean evaluateIntegrals) {
    Complex[] out = new Complex[POINTS];
    for (int i = 0; i < POINTS; i++) {
      Evaluator ev = evaluateIntegrals ? evaluator(i) : new Evaluator(at(i), false, budget);
      out[i] = ev.eval(e);
    }
    return out;
  }

  /**
   * An evaluator at {@code point} that computes integrals, sharing with the others at this point
   * the integrals computed since the bindings last changed ({@link Integrals}).
   */
  public Evaluator evaluator(int point) {
    if (integralsVersion != version) {
      integrals = new Integrals[POINTS];
      integralsVersion = version;
    }
    if (integrals[point] == null) {
      integrals[point] = new Integrals();
    }
    return new Evaluator(at(point), true, budget, integrals[point]);
  }

  /**
   * Could {@code e} have {@code value} at the first point? False only when both are finite and
   * differ (a NaN there decides nothing: the other points will).
   */
  public boolean sameAtFirstPoint(Complex value, Expr e) {
    Complex v = new Evaluator(at(0), false, budget).eval(e);
    return !value.isFinite() || !v.isFinite() || value.near(v, SAME);
  }

  /** The inert value of {@code e} at point {@code p}. */
  public Complex valueAt(Expr e, int p) {
    return new Evaluator(at(p), false, budget).eval(e);
  }

  public Values values(Relation r) {
    return new Values(values(r.lhs(), false), values(r.rhs(), false));
  }

  /** Inert values of an equation's two sides. */
  public record Values(Complex[] lhs, Complex[] rhs) {}

  /** True when a and b agree at every point where both are finite, and there are two such. */
  public static boolean same(Complex[] a, Complex[] b) {
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
  public static boolean finite(Complex[] a) {
    int valid = 0;
    for (Complex c : a) {
      if (c.isFinite()) {
        valid++;
      }
    }
    return valid >= 2;
  }

  public static boolean constant(Complex[] a, double value) {
    Complex[] c = new Complex[a.length];
    Arrays.fill(c, Complex.real(value));
    return same(a, c);
  }
}
