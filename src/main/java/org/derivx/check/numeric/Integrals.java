package org.derivx.check.numeric;

import java.util.HashMap;
import java.util.Map;
import org.derivx.expr.Expr;

/**
 * Integrals already computed at one sample point with the current bindings, for one derivation: the
 * same {@code \int \log J dJ} appears in most steps of a derivation and in every candidate made
 * from them, and its quadrature (24 evaluations of the integrand) is most of what evaluating them
 * costs. An entry keeps what computing it counted (evaluator nodes and budget units), and a reuse
 * charges exactly that again, so every budget, every work count and so every verdict is what it was
 * without the memo; only the time is saved.
 */
final class Integrals {
  /** A computed value, whether its quadrature settled, and the work it counted. */
  record Entry(Complex value, boolean inexact, int nodes, long units) {}

  private final Map<Expr.Integral, Entry> computed = new HashMap<>();

  Entry get(Expr.Integral integral) {
    return computed.get(integral);
  }

  void put(Expr.Integral integral, Entry e) {
    computed.put(integral, e);
  }
}
