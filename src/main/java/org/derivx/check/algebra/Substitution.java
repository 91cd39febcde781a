package org.derivx.check.algebra;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.derivx.expr.Expr;
import org.derivx.expr.Expr.Add;
import org.derivx.expr.Expr.Derivative;
import org.derivx.expr.Expr.Fn;
import org.derivx.expr.Expr.Integral;
import org.derivx.expr.Expr.Mul;
import org.derivx.expr.Expr.Pow;
import org.derivx.expr.Expr.Sym;
import org.derivx.expr.Func;
import org.derivx.expr.Relation;

/**
 * Replaces occurrences of one expression by another the way SymPy's {@code subs} does on the
 * paper's data: on canonical forms, matching whole nodes, sub-sums and sub-products; {@code e^{kx}}
 * and {@code e^{-x}} count as powers of {@code e^{x}} (SymPy replaces them too); integer powers of
 * a matched power; a derivative inside a higher one; and, as SymPy does, the variables of
 * derivatives and integrals too.
 */
public final class Substitution {
  private final Expr pattern;
  private final Expr replacement;
  private int hits;
  private boolean invalid;

  /** Also into integrands over a variable the pattern mentions (see {@link #intoIntegrands}). */
  private final boolean everywhere;

  private Substitution(Expr pattern, Expr replacement, boolean everywhere) {
    this.pattern = pattern;
    this.replacement = replacement;
    this.everywhere = everywhere;
  }

  /**
   * {@code r} with {@code pattern} replaced on both sides, or empty if it occurs nowhere. All three
   * must be canonical ({@link Canon}), as the pool's equations are; the result is canonical too.
   */
  public static Optional<Relation> apply(Relation r, Expr pattern, Expr replacement) {
    return apply(r, pattern, replacement, false);
  }

  /**
   * As {@link #apply}, but an identity between compound expressions is also substituted inside an
   * integrand over a variable it mentions (SymPy leaves such a body alone; a reader does not: ∫
   * ∂(u/b)/∂b du becomes ∫ ∂ξ/∂b du by an identity that holds for every u). Empty when that changes
   * nothing beyond {@link #apply}.
   */
  public static Optional<Relation> intoIntegrands(Relation r, Expr pattern, Expr replacement) {
    if (!Trees.hasIntegral(r)) {
      return Optional.empty();
    }
    Optional<Relation> plain = apply(r, pattern, replacement, false);
    Optional<Relation> all = apply(r, pattern, replacement, true);
    return all.equals(plain) ? Optional.empty() : all;
  }

  private static Optional<Relation> apply(
      Relation r, Expr pattern, Expr replacement, boolean everywhere) {
    Substitution s = new Substitution(pattern, replacement, everywhere);
    if (s.pattern.equals(s.replacement)) {
      return Optional.empty();
    }
    List<Expr> replaced = new ArrayList<>();
    for (Expr side : r.sides()) {
      replaced.add(s.replace(side));
    }
    if (s.hits == 0 || s.invalid) {
      return Optional.empty(); // nothing to make canonical: most patterns occur nowhere
    }
    return Optional.of(new Relation(replaced.stream().map(Canon::of).toList()));
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
      Expr divided = dividePowers(m.factors(), p.factors());
      if (divided != null) {
        return divided;
      }
    }
    if (node instanceof Derivative d) {
      return derivative(d);
    }
    if (node instanceof Integral i) {
      return integral(i);
    }
    return Rewrite.children(node, this::replace);
  }

  /**
   * SymPy's {@code ExprWithLimits._eval_subs}: an integration variable equal to the pattern becomes
   * the replacement (if that can be a variable); the body is left alone once a variable shares a
   * symbol with the pattern, unless the pattern is a function application whose arguments cover the
   * variables the replacement brings in. So {@code e^{x}} is never replaced inside {@code \int
   * e^{x} dx}, while a definition {@code f(x)} is substituted into {@code \int f(x) dx}.
   */
  private Expr integral(Integral i) {
    Set<String> old = Trees.symbols(pattern);
    if (pattern instanceof Sym sym && !freeSymbols(i).contains(sym.name())) {
      // A definite integral over the pattern symbol: only the limits outside its scope change.
      List<Integral.Bound> bounds = new ArrayList<>(i.vars());
      for (int k = bounds.size() - 1; k >= 0; k--) {
        Integral.Bound b = bounds.get(k);
        bounds.set(k, new Integral.Bound(b.variable(), limit(b.lower()), limit(b.upper())));
        if (b.variable().equals(pattern)) {
          break;
        }
      }
      return new Integral(i.body(), bounds);
    }
    boolean intoBody = true;
    List<Integral.Bound> bounds = new ArrayList<>(i.vars());
    for (int k = bounds.size() - 1; k >= 0; k--) {
      Integral.Bound b = bounds.get(k);
      Expr variable = b.variable();
      if (!b.definite() && variable.equals(pattern) && canBeVariable(replacement)) {
        hits++;
        variable = replacement;
      }
      bounds.set(k, new Integral.Bound(variable, limit(b.lower()), limit(b.upper())));
      // SymPy leaves the body alone once the pattern shares a symbol with a variable; everywhere
      // only a bare symbol (renaming the variable) is kept out
      if ((!everywhere || pattern instanceof Sym)
          && !Collections.disjoint(Trees.symbols(variable), old)) {
        intoBody = false;
        break;
      }
    }
    if (pattern instanceof Expr.Apply a) {
      Set<String> vars = new HashSet<>();
      i.vars().forEach(b -> vars.addAll(Trees.symbols(b.variable())));
      Set<String> brought = new HashSet<>(Trees.symbols(replacement));
      brought.retainAll(vars);
      Set<String> covered = new HashSet<>();
      a.args().forEach(x -> covered.addAll(Trees.symbols(x)));
      covered.retainAll(vars);
      if (!covered.containsAll(brought)) {
        invalid = true; // SymPy raises here, so the operation does not exist
        return i;
      }
      intoBody = true;
    }
    return new Integral(intoBody ? replace(i.body()) : i.body(), bounds);
  }

  private Expr limit(Expr bound) {
    return bound == null ? null : replace(bound);
  }

  private static boolean canBeVariable(Expr e) {
    return e instanceof Sym || e instanceof Expr.Apply || e instanceof Derivative;
  }

  /** Symbols free in an integral: an indefinite integral's variable stays free. */
  private static Set<String> freeSymbols(Integral i) {
    Set<String> free = new HashSet<>(Trees.symbols(i.body()));
    for (Integral.Bound b : i.vars()) {
      if (b.definite()) {
        free.removeAll(Trees.symbols(b.variable()));
        if (b.lower() != null) {
          free.addAll(Trees.symbols(b.lower()));
        }
        if (b.upper() != null) {
          free.addAll(Trees.symbols(b.upper()));
        }
      } else {
        free.addAll(Trees.symbols(b.variable()));
      }
    }
    return free;
  }

  /** {@code x^{m}} for pattern {@code x^{k}} with m/k an integer, and e^{c·a} for e^{a}. */
  private Expr powerOfPattern(Expr node) {
    if (pattern instanceof Pow p && node.equals(p.base())) {
      // SymPy: x.subs(1/x, y) is 1/y
      BigDecimal ratio = ratio(Canon.literalOf(BigDecimal.ONE), p.exponent());
      return ratio == null ? null : new Pow(replacement, Canon.literalOf(ratio));
    }
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

  /**
   * SymPy's {@code Mul._eval_subs} on powers: {@code -2 r P^{-3}} with pattern {@code r P^{-1}} is
   * {@code -2 (r P^{-1}) P^{-2}}, and the pattern is taken out as often as it fits ({@code x^2 y^2}
   * holds {@code xy} twice). Integer exponents of the same sign only; literal factors must match.
   */
  private Expr dividePowers(List<Expr> whole, List<Expr> part) {
    List<Expr> rest = new ArrayList<>(whole);
    List<Expr[]> wanted = new ArrayList<>();
    for (Expr f : part) {
      if (Canon.literal(f) != null) {
        if (!rest.remove(f)) {
          return null;
        }
      } else {
        wanted.add(baseAndExponent(f));
      }
    }
    if (wanted.isEmpty()) {
      return null;
    }
    int times = Integer.MAX_VALUE;
    int[] at = new int[wanted.size()];
    for (int w = 0; w < wanted.size(); w++) {
      Expr[] be = wanted.get(w);
      BigDecimal k = Canon.literal(be[1]);
      at[w] = -1;
      for (int i = 0; i < rest.size() && at[w] < 0; i++) {
        Expr[] have = baseAndExponent(rest.get(i));
        BigDecimal m = Canon.literal(have[1]);
        if (have[0].equals(be[0]) && k != null && m != null && k.signum() * m.signum() > 0) {
          BigDecimal q = m.divide(k, 0, RoundingMode.DOWN);
          if (q.signum() > 0 && isInteger(m) && isInteger(k)) {
            at[w] = i;
            times = Math.min(times, q.intValue());
          }
        }
      }
      if (at[w] < 0) {
        return null;
      }
    }
    List<Expr> out = new ArrayList<>();
    for (int i = 0; i < rest.size(); i++) {
      int w = indexOf(at, i);
      if (w < 0) {
        out.add(replace(rest.get(i)));
        continue;
      }
      Expr[] have = baseAndExponent(rest.get(i));
      BigDecimal left =
          Canon.literal(have[1])
              .subtract(Canon.literal(wanted.get(w)[1]).multiply(BigDecimal.valueOf(times)));
      if (left.signum() != 0) {
        out.add(new Pow(have[0], Canon.literalOf(left)));
      }
    }
    hits++;
    out.add(
        times == 1
            ? replacement
            : new Pow(replacement, Canon.literalOf(BigDecimal.valueOf(times))));
    return Canon.product(out);
  }

  private static int indexOf(int[] xs, int v) {
    for (int i = 0; i < xs.length; i++) {
      if (xs[i] == v) {
        return i;
      }
    }
    return -1;
  }

  private static boolean isInteger(BigDecimal x) {
    return x.stripTrailingZeros().scale() <= 0;
  }

  private static Expr[] baseAndExponent(Expr f) {
    return f instanceof Pow p
        ? new Expr[] {p.base(), p.exponent()}
        : new Expr[] {f, Canon.literalOf(BigDecimal.ONE)};
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
