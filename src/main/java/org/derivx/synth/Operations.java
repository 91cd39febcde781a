package org.derivx.synth;

import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.derivx.cas.SymjaAlgebra;
import org.derivx.cas.SymjaAlgebra.Mode;
import org.derivx.check.algebra.Rewrite;
import org.derivx.check.algebra.Trees;
import org.derivx.expr.Expr;
import org.derivx.expr.Expr.Derivative;
import org.derivx.expr.Expr.Integral;
import org.derivx.expr.Expr.Sym;
import org.derivx.expr.Exprs;
import org.derivx.expr.Func;
import org.derivx.expr.Relation;
import org.derivx.latex.LatexPrinter;

/**
 * The paper's generator operations on equations, with SymPy's semantics: both sides get the same
 * treatment and every new side is simplified automatically (Symja, calculus inert), except that
 * {@code evaluate_*} carry derivatives or integrals out. Empty when the operation does not apply or
 * Symja cannot do it in time.
 */
final class Operations {
  /*
   * Generation must not depend on timing (the same seed gives the same file on any machine and
   * thread count): Symja calls are bounded by counted evaluation steps (SymjaAlgebra.DEFAULT_STEPS),
   * far above what any call of the generator needs. Symja's integrator does not always stop when
   * asked (one call took 10 s against a 2 s limit), so only small integrands without undefined
   * functions are handed to it at all.
   */
  private static final int MAX_INTEGRAND_LATEX = 48;

  private Operations() {}

  static Optional<Relation> differentiate(Relation r, Sym x) {
    return both(r, s -> new Derivative(s, List.of(new Derivative.Var(x, 1)), false), false);
  }

  static Optional<Relation> integrate(Relation r, Sym x) {
    return both(r, s -> new Integral(s, List.of(Integral.Bound.indefinite(x))), false);
  }

  static Optional<Relation> evaluateDerivatives(Relation r) {
    return evaluate(r, Mode.DERIVATIVES);
  }

  /**
   * Integrals carried out; {@code constant} is added to the right side, as SymPy's generator does.
   */
  static Optional<Relation> evaluateIntegrals(Relation r, Sym constant) {
    boolean small =
        !Trees.any(
            r,
            n ->
                n instanceof Integral i
                    && (Trees.any(
                            i.body(),
                            m ->
                                m instanceof Integral
                                    || m instanceof Derivative
                                    // Symja ignores the stop request on these (8 s seen); SymPy
                                    // leaves them unevaluated anyway
                                    || m instanceof Expr.Apply)
                        || LatexPrinter.print(i.body()).length() > MAX_INTEGRAND_LATEX));
    if (!small) {
      return Optional.empty();
    }
    return evaluate(r, Mode.INTEGRALS)
        .flatMap(e -> simplified(new Relation(List.of(e.lhs(), Exprs.add(e.rhs(), constant)))));
  }

  static Optional<Relation> add(Relation r, Expr a) {
    return both(r, s -> Exprs.add(s, a), true);
  }

  static Optional<Relation> minus(Relation r, Expr a) {
    return both(r, s -> Exprs.sub(s, a), true);
  }

  static Optional<Relation> times(Relation r, Expr a) {
    return both(r, s -> Exprs.mul(s, a), true);
  }

  static Optional<Relation> divide(Relation r, Expr a) {
    return both(r, s -> Exprs.div(s, a), true);
  }

  static Optional<Relation> power(Relation r, Expr a) {
    return both(r, s -> Exprs.pow(s, a), true);
  }

  static Optional<Relation> function(Relation r, Func f) {
    return both(r, s -> Exprs.fn(f, s), true);
  }

  /** In {@code r}, {@code from} (a whole subtree, anywhere) replaced by {@code to}. */
  static Optional<Relation> substitute(Relation r, Expr from, Expr to) {
    boolean[] hit = {false};
    Relation out =
        Rewrite.bottomUp(
            r,
            node -> {
              if (node.equals(from)) {
                hit[0] = true;
                return to;
              }
              return node;
            });
    return hit[0] ? simplified(out) : Optional.empty();
  }

  private static Optional<Relation> both(Relation r, UnaryOperator<Expr> f, boolean simplify) {
    Relation out = new Relation(List.of(f.apply(r.lhs()), f.apply(r.rhs())));
    return simplify ? simplified(out) : Optional.of(out);
  }

  static Optional<Relation> simplified(Relation r) {
    Optional<Expr> l = SymjaAlgebra.evaluate(r.lhs(), Mode.SIMPLIFY);
    Optional<Expr> rr = SymjaAlgebra.evaluate(r.rhs(), Mode.SIMPLIFY);
    return l.isPresent() && rr.isPresent()
        ? Optional.of(new Relation(List.of(l.get(), rr.get())))
        : Optional.empty();
  }

  private static Optional<Relation> evaluate(Relation r, Mode mode) {
    Optional<Expr> l = SymjaAlgebra.evaluate(r.lhs(), mode);
    if (l.isEmpty()) {
      return Optional.empty();
    }
    Optional<Expr> rr = SymjaAlgebra.evaluate(r.rhs(), mode);
    if (l.isEmpty() || rr.isEmpty()) {
      return Optional.empty();
    }
    Relation out = new Relation(List.of(l.get(), rr.get()));
    return out.equals(r) ? Optional.empty() : Optional.of(out);
  }
}
