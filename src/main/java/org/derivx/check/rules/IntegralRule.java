package org.derivx.check.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.derivx.check.Budget;
import org.derivx.check.algebra.Calculus;
import org.derivx.check.algebra.Rewrite;
import org.derivx.check.algebra.Trees;
import org.derivx.check.numeric.Complex;
import org.derivx.check.numeric.Evaluator;
import org.derivx.check.numeric.Roots;
import org.derivx.check.numeric.Samples;
import org.derivx.expr.Expr;
import org.derivx.expr.Expr.Integral;
import org.derivx.expr.Expr.Sym;

/**
 * Decides whether a side equals another side with its integrals carried out, without computing an
 * antiderivative: integrals of known functions are evaluated by quadrature from a fixed base point,
 * so the two may differ by a constant of integration. That constant is either absorbed additively
 * (the difference must not change when the integration variables move) or is a fresh symbol of the
 * step, solved for numerically and required to be independent of the integration variables.
 */
public final class IntegralRule {
  private static final double SHIFT = 0.23;
  private static final double[] STARTS = {0, 1, -1, 3, -3};

  private final Samples samples;

  IntegralRule(Samples samples) {
    this.samples = samples;
  }

  /** Does {@code stepSide} equal {@code source} with its integrals evaluated? */
  boolean matches(Expr stepSide, Expr source, Set<String> fresh) {
    Set<String> vars = indefiniteVariables(source);
    int unsure = 0;
    for (int p = 0; p < Samples.POINTS; p++) {
      Function<String, Complex> base = samples.at(p);
      Function<String, Complex> shifted = shift(base, vars);
      Budget budget = samples.budget();
      Complex target = new Evaluator(base, true, budget).eval(source);
      Complex value = new Evaluator(base, false, budget).eval(stepSide);
      if (!target.isFinite() || !value.isFinite()) {
        return false;
      }
      if (vars.isEmpty()) {
        if (!value.near(target, Samples.SAME)) {
          return false;
        }
        continue;
      }
      Complex targetShifted = new Evaluator(shifted, true, budget).eval(source);
      Complex valueShifted = new Evaluator(shifted, false, budget).eval(stepSide);
      if (value.minus(target).near(valueShifted.minus(targetShifted), Samples.SAME)) {
        continue;
      }
      Boolean solved =
          solvable(stepSide, source, vars, fresh, base, shifted, target, targetShifted);
      if (solved == null) {
        unsure++;
      } else if (!solved) {
        return false;
      }
    }
    // On a branch cut (a negative base raised to a symbol) the root found at a point may lie on
    // another branch; one such point is tolerated, the others must be consistent.
    return unsure <= 1;
  }

  /** True: a consistent constant exists; false: none at all; null: only inconsistent roots. */
  private Boolean solvable(
      Expr side,
      Expr source,
      Set<String> vars,
      Set<String> fresh,
      Function<String, Complex> base,
      Function<String, Complex> shifted,
      Complex target,
      Complex targetShifted) {
    boolean anyRoot = false;
    for (String c : fresh) {
      if (vars.contains(c) || !Trees.dependsOn(side, c)) {
        continue;
      }
      for (Complex start : starts(List.of(source), List.of(side), c, base, samples.budget())) {
        Complex root = Roots.solve(side, c, base, target, start, samples.budget());
        if (root == null) {
          continue;
        }
        anyRoot = true;
        Complex again = Roots.solve(side, c, shifted, targetShifted, root, samples.budget());
        if (again != null && again.near(root, 1e-7)) {
          return true;
        }
      }
    }
    return anyRoot ? null : Boolean.FALSE;
  }

  /**
   * Starting points for solving constant {@code c}: where a step writes {@code G + c} for an
   * integral the quadrature gives as {@code I}, the constant is near {@code I - G}; the generic
   * starts follow. Secant iteration from the generic starts alone can settle on a complex root on
   * another branch when the constant sits inside a power.
   */
  static List<Complex> starts(
      List<Expr> sources,
      List<Expr> targets,
      String c,
      Function<String, Complex> at,
      Budget budget) {
    List<Complex> integralValues = new ArrayList<>();
    Evaluator ev = new Evaluator(at, true, budget);
    for (Integral i : indefiniteIntegrals(sources)) {
      integralValues.add(ev.eval(i));
    }
    List<Complex> rests = new ArrayList<>();
    Sym constant = new Sym(c);
    for (Expr target : targets) {
      Trees.walk(
          target,
          x -> {
            if (x instanceof Expr.Add a && a.terms().contains(constant)) {
              List<Expr> rest = new ArrayList<>(a.terms());
              rest.remove(constant);
              rests.add(ev.eval(rest.size() == 1 ? rest.get(0) : new Expr.Add(rest)));
            }
          });
    }
    List<Complex> out = new ArrayList<>();
    for (Complex i : integralValues) {
      for (Complex r : rests) {
        Complex guess = i.minus(r);
        if (guess.isFinite() && out.size() < 6) {
          out.add(guess);
        }
      }
    }
    for (double s : STARTS) {
      out.add(Complex.real(s));
    }
    return out;
  }

  /** The distinct indefinite integrals the evaluator can carry out, in order of appearance. */
  static Set<Integral> indefiniteIntegrals(List<Expr> sides) {
    Set<Integral> out = new LinkedHashSet<>();
    for (Expr side : sides) {
      Trees.walk(
          side,
          x -> {
            if (x instanceof Integral i && evaluable(i) && !i.vars().get(0).definite()) {
              out.add(i);
            }
          });
    }
    return out;
  }

  public static Set<String> indefiniteVariables(Expr e) {
    Set<String> out = new HashSet<>();
    Trees.walk(
        e,
        x -> {
          if (x instanceof Integral i && evaluable(i)) {
            for (Integral.Bound b : i.vars()) {
              if (!b.definite()) {
                // over an application f(x), moving x moves the variable
                out.addAll(Trees.symbols(b.variable()));
              }
            }
          }
        });
    return out;
  }

  static boolean hasElementaryIntegral(List<Expr> sides) {
    return sides.stream().anyMatch(s -> Trees.any(s, x -> x instanceof Integral i && evaluable(i)));
  }

  /** Can the evaluator carry this integral out (see {@code Evaluator.evaluated})? */
  static boolean evaluable(Integral i) {
    if (i.vars().size() > 1) {
      return Trees.isElementary(i.body());
    }
    Expr v = i.vars().get(0).variable();
    Expr body = i.body();
    String name = v instanceof Sym s ? s.name() : "\u0001";
    if (!(v instanceof Sym)) {
      body = Rewrite.replaceNode(body, v, new Sym(name));
    }
    List<Expr> terms = body instanceof Expr.Add a ? a.terms() : List.of(body);
    for (Expr t : terms) {
      if (!Trees.isElementary(t) && Calculus.fundamentalTheorem(t, name) == null) {
        return false;
      }
    }
    return true;
  }

  private static Function<String, Complex> shift(Function<String, Complex> base, Set<String> vars) {
    return name -> {
      Complex v = base.apply(name);
      return vars.contains(name) ? v.plus(Complex.real(SHIFT)) : v;
    };
  }
}
