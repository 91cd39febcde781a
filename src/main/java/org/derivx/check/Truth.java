package org.derivx.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.derivx.expr.Expr;
import org.derivx.expr.Exprs;
import org.derivx.expr.Relation;

/**
 * Is a step true under the premises? Definitions are substituted, undefined functions become fixed
 * random functions, derivatives are carried out symbolically and integrals by quadrature; then the
 * sides are compared at the sample points. A step that introduces a fresh constant next to an
 * indefinite integral binds it: the constant's value is solved for, must not depend on the
 * integration variables, and is used by later steps.
 */
final class Truth {
  /** Clearly different: the sides differ by more than this, relative to their size. */
  static final double DIFFERENT = 1e-5;

  enum Kind {
    TRUE,
    FALSE,
    UNDECIDED
  }

  /** The outcome; for FALSE, the counterexample point and both sides' values there. */
  record Result(
      Kind kind,
      String detail,
      Map<String, Complex> point,
      Complex lhs,
      Complex rhs,
      Function<String, Complex> at) {
    Result(Kind kind, String detail, Map<String, Complex> point, Complex lhs, Complex rhs) {
      this(kind, detail, point, lhs, rhs, null);
    }

    static Result undecided(String why) {
      return new Result(Kind.UNDECIDED, why, Map.of(), null, null);
    }
  }

  private final Samples samples;
  private final Definitions definitions;

  Truth(Samples samples, Definitions definitions) {
    this.samples = samples;
    this.definitions = definitions;
  }

  Result test(Relation step, Set<String> fresh) {
    List<Expr> sides = new ArrayList<>();
    try {
      for (Expr s : step.sides()) {
        sides.add(Differentiator.evaluateDerivatives(definitions.expand(s), samples.budget()));
      }
    } catch (Differentiator.UnsupportedException e) {
      return Result.undecided("unsupported: " + e.getMessage());
    }
    Set<String> integrationVars = IntegralRule.indefiniteVariables(Exprs.add(sides));
    for (String c : new java.util.TreeSet<>(fresh)) {
      if (!integrationVars.isEmpty() && bind(sides, c, integrationVars)) {
        return constant(c);
      }
      if (renamesConstant(sides, c)) {
        return constant(c);
      }
    }
    Result worst = null;
    for (int k = 1; k < sides.size(); k++) {
      Result r = compare(step, sides.get(0), sides.get(k));
      if (r.kind() == Kind.FALSE) {
        return trueUpToConstant(sides, integrationVars) ? TRUE_UP_TO_CONSTANT : confirmed(r, sides);
      }
      if (r.kind() == Kind.TRUE) {
        Result probed = probe(step, sides.get(0), sides.get(k));
        if (probed != null) {
          return confirmed(probed, sides);
        }
      }
      if (worst == null || r.kind() == Kind.UNDECIDED) {
        worst = r;
      }
    }
    return worst;
  }

  /** True, with the fresh constant {@code c} bound to the values that make it so. */
  private static Result constant(String c) {
    return new Result(
        Kind.TRUE, "true if " + c + " is a constant of integration", Map.of(), null, null);
  }

  /**
   * A fresh symbol that renames a constant of integration bound earlier (or an expression in such
   * constants): solving for it gives values that do not move when any other symbol moves. It is
   * bound like the constant it renames, so later steps see the same value.
   */
  private boolean renamesConstant(List<Expr> sides, String c) {
    Set<String> others = new java.util.HashSet<>();
    sides.forEach(s -> others.addAll(Trees.symbols(s)));
    others.remove(c);
    boolean anyBound = others.removeIf(samples::isBound);
    if (!anyBound) {
      return false;
    }
    return bind(sides, c, others);
  }

  /**
   * Probes a step that is true at the sample points at the probe points, where symbols take either
   * sign and larger magnitudes (see {@link Samples}); null when nothing is found there. Sides that
   * still hold calculus (integrals are computed by quadrature from a base point that a negative
   * value would cross) are not probed.
   */
  private Result probe(Relation step, Expr lhs, Expr rhs) {
    if (Trees.any(lhs, x -> x instanceof Expr.Integral || x instanceof Expr.Derivative)
        || Trees.any(rhs, x -> x instanceof Expr.Integral || x instanceof Expr.Derivative)) {
      return null;
    }
    int q = samples.probeDifference(lhs, rhs);
    if (q < 0) {
      return null;
    }
    Function<String, Complex> at = samples.probe(q, 1);
    Map<String, Complex> point = new LinkedHashMap<>();
    for (String s : Trees.symbols(step)) {
      point.put(s, at.apply(s));
    }
    Evaluator ev = new Evaluator(at, false, samples.budget());
    return new Result(Kind.FALSE, "", point, ev.eval(lhs), ev.eval(rhs), at);
  }

  /**
   * A counterexample re-evaluated independently by Symja (principal branches) at the same point:
   * the values shown are Symja's. Where Symja finds the sides equal after all, the two evaluators
   * disagree and nothing is claimed; where it cannot evaluate them (quadrature, a spent budget),
   * our own values stand and the detail says so.
   */
  private Result confirmed(Result r, List<Expr> sides) {
    Map<String, double[]> point = new java.util.HashMap<>();
    for (Expr s : sides) {
      for (String name : Trees.symbols(s)) {
        Complex v = r.at().apply(name);
        point.put(name, new double[] {v.re(), v.im()});
      }
    }
    var lhs = org.derivx.cas.SymjaNumeric.value(sides.get(0), point);
    var rhs = org.derivx.cas.SymjaNumeric.value(sides.get(sides.size() - 1), point);
    if (lhs.isEmpty() || rhs.isEmpty()) {
      return new Result(
          Kind.FALSE, "not re-evaluated by Symja", r.point(), r.lhs(), r.rhs(), r.at());
    }
    Complex l = new Complex(lhs.get()[0], lhs.get()[1]);
    Complex rr = new Complex(rhs.get()[0], rhs.get()[1]);
    if (l.near(rr, DIFFERENT)) {
      return Result.undecided(
          "the checker's evaluator finds the sides different, Symja finds them equal");
    }
    return new Result(Kind.FALSE, "re-evaluated by Symja", r.point(), l, rr, r.at());
  }

  private static final Result TRUE_UP_TO_CONSTANT =
      new Result(Kind.TRUE, "true for a suitable constant of integration", Map.of(), null, null);

  /**
   * An indefinite integral stands for some antiderivative; quadrature picks one. When an integral
   * sits where its constant does not cancel (inside a power, say {@code e^{\int x dx} =
   * e^{x^2/2}}), the step is true if one constant, the same for every occurrence of that integral
   * and independent of the integration variables, makes it hold. Tried for each integral alone.
   */
  private boolean trueUpToConstant(List<Expr> sides, Set<String> integrationVars) {
    if (integrationVars.isEmpty()) {
      return false;
    }
    int tried = 0;
    for (Expr integral : IntegralRule.indefiniteIntegrals(sides)) {
      if (tried++ == 3) {
        break;
      }
      Expr shifted = Exprs.add(List.of(integral, new Expr.Sym(OFFSET)));
      List<Expr> with = new ArrayList<>();
      for (Expr side : sides) {
        with.add(Rewrite.replaceNode(side, integral, shifted));
      }
      if (solve(with, OFFSET, integrationVars) != null) {
        return true;
      }
    }
    return false;
  }

  /** A symbol no parsed equation can contain: the constant added to an integral. */
  private static final String OFFSET = "#offset";

  private Result compare(Relation step, Expr lhs, Expr rhs) {
    int valid = 0;
    int different = 0;
    int near = 0;
    int firstDifferent = -1;
    Complex[] l = new Complex[Samples.POINTS];
    Complex[] r = new Complex[Samples.POINTS];
    boolean inexact = false;
    for (int p = 0; p < Samples.POINTS; p++) {
      Evaluator ev = new Evaluator(samples.at(p), true, samples.budget());
      l[p] = ev.eval(lhs);
      r[p] = ev.eval(rhs);
      inexact |= ev.inexact();
      if (!l[p].isFinite() || !r[p].isFinite()) {
        continue;
      }
      valid++;
      if (!l[p].near(r[p], Samples.SAME * 10)) {
        if (l[p].near(r[p], DIFFERENT)) {
          near++;
        } else {
          different++;
          if (firstDifferent < 0) {
            firstDifferent = p;
          }
        }
      }
    }
    if (valid == 0) {
      return Result.undecided("the sides could not be evaluated");
    }
    if (different == 0 && near == 0) {
      return new Result(
          Kind.TRUE, inexact ? "numerically, with inexact quadrature" : "", Map.of(), null, null);
    }
    if (different >= Math.min(2, valid) && !inexact) {
      int p = firstDifferent;
      return new Result(Kind.FALSE, "", pointOf(step, p), l[p], r[p], samples.at(p));
    }
    return Result.undecided(inexact ? "inexact quadrature" : "numerically inconclusive");
  }

  private Map<String, Complex> pointOf(Relation step, int p) {
    Function<String, Complex> at = samples.at(p);
    Map<String, Complex> point = new LinkedHashMap<>();
    for (String s : Trees.symbols(step)) {
      point.put(s, at.apply(s));
    }
    return point;
  }

  /**
   * After a step was attributed to evaluate_integrals: binds its fresh constants (solving for one,
   * the others keep their sample values) so later steps are judged with the same constants.
   */
  void bindConstants(Relation step, Set<String> fresh, Set<String> vars) {
    List<Expr> sides = new ArrayList<>();
    try {
      for (Expr s : step.sides()) {
        sides.add(Differentiator.evaluateDerivatives(definitions.expand(s), samples.budget()));
      }
    } catch (Differentiator.UnsupportedException e) {
      return;
    }
    for (String c : fresh) {
      if (bind(sides, c, vars)) {
        return;
      }
    }
  }

  /** Solves for constant {@code c} at every point; binds it if consistent. */
  private boolean bind(List<Expr> sides, String c, Set<String> vars) {
    Complex[] values = solve(sides, c, vars);
    if (values == null) {
      return false;
    }
    samples.bind(c, values);
    return true;
  }

  /** The value of {@code c} at every point that makes the sides equal, or null if none is. */
  private Complex[] solve(List<Expr> sides, String c, Set<String> vars) {
    Expr residual = Exprs.sub(sides.get(0), sides.get(sides.size() - 1));
    if (vars.contains(c) || !Trees.dependsOn(residual, c)) {
      // a constant of integration is never the integration variable itself
      return null;
    }
    Complex[] values = new Complex[Samples.POINTS];
    int unsure = 0;
    for (int p = 0; p < Samples.POINTS; p++) {
      Function<String, Complex> base = samples.at(p);
      Function<String, Complex> shifted =
          name ->
              vars.contains(name) ? base.apply(name).plus(Complex.real(0.23)) : base.apply(name);
      Complex root = null;
      Complex any = null;
      for (Complex start : IntegralRule.starts(sides, sides, c, base, samples.budget())) {
        Complex r = Roots.solve(residual, c, base, Complex.ZERO, start, true, samples.budget());
        if (r == null) {
          continue;
        }
        any = any == null ? r : any;
        Complex again = Roots.solve(residual, c, shifted, Complex.ZERO, r, true, samples.budget());
        if (again != null && again.near(r, 1e-7)) {
          root = r;
          break;
        }
      }
      if (root == null && any != null) {
        unsure++;
        root = any;
      }
      if (root == null || unsure > 1) {
        return null;
      }
      values[p] = root;
    }
    return values;
  }
}
