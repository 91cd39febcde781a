package org.derivx.check.rules;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.derivx.check.Budget;
import org.derivx.check.EqRef;
import org.derivx.check.Operation;
import org.derivx.check.Rule;
import org.derivx.check.algebra.Canon;
import org.derivx.check.algebra.Differentiator;
import org.derivx.check.algebra.Shapes;
import org.derivx.check.algebra.Substitution;
import org.derivx.check.algebra.Trees;
import org.derivx.check.numeric.Samples;
import org.derivx.expr.Expr;
import org.derivx.expr.Expr.Derivative;
import org.derivx.expr.Expr.Integral;
import org.derivx.expr.Expr.Mul;
import org.derivx.expr.Relation;

/**
 * Steps that are one rewrite of the trivial equation {@code X = X} (labelling guide, extension 3):
 * {@code X = X'} with X' the derivatives or integrals of X carried out, X with an earlier equation
 * substituted in, or X rewritten algebraically (true with no premise at all). The first two need X
 * to be the whole side: {@code C[X] = C[X']} also counts the context C.
 */
final class Rewrites {
  private final Attribution a;
  private final Samples samples;
  private final IntegralRule integrals;
  private final Budget budget;

  Rewrites(Attribution a, Samples samples) {
    this.a = a;
    this.samples = samples;
    this.integrals = new IntegralRule(samples);
    this.budget = samples.budget();
  }

  /**
   * Steps that are one rewrite of the trivial equation {@code X = X} (labelling guide, extension
   * 3): {@code X = X'} with X' the derivatives or integrals of X carried out, X with an earlier
   * equation substituted in, or X rewritten algebraically (true with no premise at all). The first
   * two need X to be the whole side: {@code C[X] = C[X']} also counts the context C.
   */
  List<Operation> find(Known step, List<Known> pool) {
    Set<Operation> found = new LinkedHashSet<>();
    if (Samples.same(step.lhs(), step.rhs())
        && !a.differsAtProbes(step.eq(), Relation.of(step.r(), step.l()))) {
      boolean expand = Shapes.isExpanded(step.eq());
      found.add(new Operation(expand ? Rule.EXPAND : Rule.SIMPLIFY, List.of(), null));
      return List.copyOf(found);
    }
    for (Known t : List.of(step, step.swapped())) {
      Expr x = t.l();
      Expr evaluated = stripCoefficient(x);
      if (evaluated instanceof Derivative && !Trees.any(t.r(), n -> n instanceof Derivative)) {
        try {
          Expr done = Differentiator.evaluateDerivatives(x, budget);
          if (Samples.same(samples.values(done, false), t.rhs())) {
            found.add(new Operation(Rule.EVALUATE_DERIVATIVES, List.of(), null));
          }
        } catch (Differentiator.UnsupportedException unsupported) {
          // not carried out here: no such rewrite
        }
      }
      if (evaluated instanceof Integral i
          && IntegralRule.evaluable(i)
          && !Trees.any(t.r(), n -> n instanceof Integral)
          && integrals.matches(t.r(), x, newOnTheRight(t))) {
        found.add(new Operation(Rule.EVALUATE_INTEGRALS, List.of(), null));
      }
      for (Known f : pool) {
        budget.spend(f.size() + t.size());
        Relation same = Relation.of(x, x);
        List<EqRef> uses = List.of(f.ref());
        for (boolean everywhere : new boolean[] {false, true}) {
          (everywhere
                  ? Substitution.intoIntegrands(same, f.l(), f.r())
                  : Substitution.apply(same, f.l(), f.r()))
              .filter(c -> Samples.same(samples.values(c.lhs(), false), t.rhs()))
              .ifPresent(c -> found.add(new Operation(Rule.SUBSTITUTE_LHS_FOR_RHS, uses, null)));
          (everywhere
                  ? Substitution.intoIntegrands(same, f.r(), f.l())
                  : Substitution.apply(same, f.r(), f.l()))
              .filter(c -> Samples.same(samples.values(c.lhs(), false), t.rhs()))
              .ifPresent(c -> found.add(new Operation(Rule.SUBSTITUTE_RHS_FOR_LHS, uses, null)));
        }
      }
    }
    return List.copyOf(found);
  }

  private static Expr stripCoefficient(Expr e) {
    if (e instanceof Mul m
        && m.factors().size() == 2
        && Canon.literal(m.factors().get(0)) != null) {
      return m.factors().get(1);
    }
    return e;
  }

  private static Set<String> newOnTheRight(Known t) {
    Set<String> fresh = new LinkedHashSet<>(Trees.symbols(t.r()));
    fresh.removeAll(Trees.symbols(t.l()));
    return fresh;
  }
}
