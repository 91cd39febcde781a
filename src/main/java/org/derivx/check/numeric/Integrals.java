package org.derivx.check.numeric;

import java.util.HashMap;
import java.util.Map;
import org.derivx.check.algebra.Trees;
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

  /**
   * Entries kept at most: a long derivation's search makes many candidates, and each entry keeps
   * its integral's tree alive. Forgetting costs time only: a recomputation charges the same.
   */
  static final int LIMIT = 2048;

  private final Map<Expr.Integral, Entry> computed = new HashMap<>();
  private final String varying;

  /** For evaluations at one point, with every symbol's value fixed. */
  Integrals() {
    this(null);
  }

  /**
   * For evaluations where only {@code varying} changes value (a root search for it): integrals
   * without it keep their value, those with it are computed each time.
   */
  Integrals(String varying) {
    this.varying = varying;
  }

  /** Entries kept now. */
  int size() {
    return computed.size();
  }

  /** What computing {@code integral} gave before, or null (never computed, or it varies). */
  Entry get(Expr.Integral integral) {
    return computed.get(integral);
  }

  /** Remembers what computing {@code integral} gave, unless its value varies. */
  void put(Expr.Integral integral, Entry e) {
    if (varies(integral)) {
      return;
    }
    if (computed.size() >= LIMIT) {
      computed.clear();
    }
    computed.put(integral, e);
  }

  /** Does {@code integral} hold the varying symbol? Every symbol counts, '#' placeholders too. */
  private boolean varies(Expr.Integral integral) {
    return varying != null
        && Trees.any(integral, x -> x instanceof Expr.Sym s && s.name().equals(varying));
  }
}
