package org.derivx.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.derivx.expr.Expr;
import org.derivx.expr.Expr.Add;
import org.derivx.expr.Expr.Derivative;
import org.derivx.expr.Expr.Fn;
import org.derivx.expr.Expr.Mul;
import org.derivx.expr.Expr.Pow;
import org.derivx.expr.Func;
import org.derivx.expr.Relation;

/**
 * Replaces occurrences of one expression by another the way SymPy's {@code subs} does on the
 * paper's data: on canonical forms, matching whole nodes, sub-sums and sub-products; {@code e^{kx}}
 * and {@code e^{-x}} count as powers of {@code e^{x}} (SymPy replaces them too); integer powers of
 * a matched power; a derivative inside a higher one; and, as SymPy does, the variables of
 * derivatives and integrals too.
 */
final class Substitution {
  private final Expr pattern;
  private final Expr replacement;
  private int hits;

  private Substitution(Expr pattern, Expr replacement) {
    this.pattern = Canon.of(pattern);
    this.replacement = Canon.of(replacement);
  }

  /** {@code r} with {@code pattern} replaced on both sides, or empty if it occurs nowhere. */
  static Optional<Relation> apply(Relation r, Expr pattern, Expr replacement) {
    Substitution s = new Substitution(pattern, replacement);
    if (s.pattern instanceof Expr.Num || s.pattern.equals(s.replacement)) {
      return Optional.empty();
    }
    List<Expr> sides = new ArrayList<>();
    for (Expr side : r.sides()) {
      sides.add(Canon.of(s.replace(Canon.of(side))));
    }
    return s.hits == 0 ? Optional.empty() : Optional.of(new Relation(sides));
  }

  private Expr replace(Expr node) {
    if (node.equals(pattern)) {
      hits++;
      return replacement;
    }
    Expr power = powerOfPattern(node);
    if (power != null) {
      hits++;
      return power;
    }
    if (node instanceof Add a && pattern instanceof Add p) {
      List<Expr> rest = without(a.terms(), p.terms());
      if (rest != null) {
        hits++;
        rest.replaceAll(this::replace);
        rest.add(replacement);
        return new Add(rest);
      }
    }
    if (node instanceof Mul m && pattern instanceof Mul p) {
      List<Expr> rest = without(m.factors(), p.factors());
      if (rest != null) {
        hits++;
        rest.replaceAll(this::replace);
        rest.add(replacement);
        return Canon.product(rest);
      }
    }
    if (node instanceof Derivative d) {
      return derivative(d);
    }
    return Rewrite.children(node, this::replace);
  }

  /** {@code x^{m}} for pattern {@code x^{k}} with m/k an integer, and e^{c·a} for e^{a}. */
  private Expr powerOfPattern(Expr node) {
    if (node instanceof Pow n && pattern instanceof Pow p && n.base().equals(p.base())) {
      BigDecimal ratio = ratio(n.exponent(), p.exponent());
      return ratio == null ? null : new Pow(replacement, Canon.literalOf(ratio));
    }
    if (node instanceof Fn n && pattern instanceof Fn p) {
      if (n.func() == Func.EXP && p.func() == Func.EXP) {
        BigDecimal ratio = ratio(n.arg(), p.arg());
        return ratio == null ? null : new Pow(replacement, Canon.literalOf(ratio));
      }
    }
    return null;
  }

  /** The integer k ≠ 0, 1 with {@code a = k·b}, or null. */
  private static BigDecimal ratio(Expr a, Expr b) {
    BigDecimal la = Canon.literal(a);
    BigDecimal lb = Canon.literal(b);
    BigDecimal k = null;
    if (la != null && lb != null && lb.signum() != 0) {
      try {
        k = la.divide(lb);
      } catch (ArithmeticException nonTerminating) {
        return null;
      }
    } else if (la == null && lb == null) {
      BigDecimal ca = coefficient(a);
      BigDecimal cb = coefficient(b);
      if (stripCoefficient(a).equals(stripCoefficient(b)) && cb.signum() != 0) {
        try {
          k = ca.divide(cb);
        } catch (ArithmeticException nonTerminating) {
          return null;
        }
      }
    }
    if (k == null || k.stripTrailingZeros().scale() > 0 || k.compareTo(BigDecimal.ONE) == 0) {
      return null;
    }
    return k;
  }

  private static BigDecimal coefficient(Expr e) {
    if (e instanceof Mul m) {
      BigDecimal c = Canon.literal(m.factors().get(0));
      return c == null ? BigDecimal.ONE : c;
    }
    return BigDecimal.ONE;
  }

  private static Expr stripCoefficient(Expr e) {
    if (e instanceof Mul m && Canon.literal(m.factors().get(0)) != null) {
      List<Expr> rest = m.factors().subList(1, m.factors().size());
      return rest.size() == 1 ? rest.get(0) : new Mul(rest);
    }
    return e;
  }

  private Expr derivative(Derivative d) {
    if (pattern instanceof Derivative p && p.body().equals(d.body())) {
      List<Derivative.Var> rest = new ArrayList<>(d.vars());
      for (Derivative.Var v : p.vars()) {
        int at = -1;
        for (int i = 0; i < rest.size(); i++) {
          if (rest.get(i).variable().equals(v.variable()) && rest.get(i).order() >= v.order()) {
            at = i;
          }
        }
        if (at < 0) {
          return Rewrite.children(d, this::replace);
        }
        Derivative.Var old = rest.get(at);
        if (old.order() == v.order()) {
          rest.remove(at);
        } else {
          rest.set(at, new Derivative.Var(old.variable(), old.order() - v.order()));
        }
      }
      hits++;
      return rest.isEmpty() ? replacement : new Derivative(replacement, rest, d.partial());
    }
    return Rewrite.children(d, this::replace);
  }

  /** {@code whole} minus the multiset {@code part}, or null if part is not contained. */
  private static List<Expr> without(List<Expr> whole, List<Expr> part) {
    if (part.size() >= whole.size()) {
      return null;
    }
    List<Expr> rest = new ArrayList<>(whole);
    for (Expr p : part) {
      if (!rest.remove(p)) {
        return null;
      }
    }
    return rest;
  }
}
