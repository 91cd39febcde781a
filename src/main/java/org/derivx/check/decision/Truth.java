package org.derivx.check.decision;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.derivx.cas.SymjaNumeric;
import org.derivx.check.algebra.Canon;
import org.derivx.check.algebra.Differentiator;
import org.derivx.check.algebra.Inference;
import org.derivx.check.algebra.Trees;
import org.derivx.check.numeric.Complex;
import org.derivx.check.numeric.Evaluator;
import org.derivx.check.numeric.Samples;
import org.derivx.check.numeric.Zero;
import org.derivx.check.rules.Constants;
import org.derivx.check.rules.Definitions;
import org.derivx.expr.Expr;
import org.derivx.expr.PlainText;
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
  static final double DIFFERENT = Samples.DIFFERENT;

  enum Kind {
    TRUE,
    FALSE,
    UNDECIDED
  }

  /** The outcome; for FALSE, the counterexample point and both sides' values there. */
  /**
   * The outcome; for FALSE, the counterexample point, both sides' values there, how to evaluate at
   * that point, and whether Symja confirmed the values; {@code constant} a fresh constant of
   * integration the step bound and {@code renames} the constants it renames.
   */
  record Result(
      Kind kind,
      String detail,
      Map<String, Complex> point,
      Complex lhs,
      Complex rhs,
      Function<String, Complex> at,
      boolean symja,
      List<String> renames,
      String constant) {
    Result(Kind kind, String detail, Map<String, Complex> point, Complex lhs, Complex rhs) {
      this(kind, detail, point, lhs, rhs, null, false, List.of(), null);
    }

    Result(
        Kind kind,
        String detail,
        Map<String, Complex> point,
        Complex lhs,
        Complex rhs,
        Function<String, Complex> at) {
      this(kind, detail, point, lhs, rhs, at, false, List.of(), null);
    }

    Result(
        Kind kind,
        String detail,
        Map<String, Complex> point,
        Complex lhs,
        Complex rhs,
        Function<String, Complex> at,
        boolean symja) {
      this(kind, detail, point, lhs, rhs, at, symja, List.of(), null);
    }

    static Result undecided(String why) {
      return new Result(Kind.UNDECIDED, why, Map.of(), null, null);
    }
  }

  private static final Result TRUE_UP_TO_CONSTANT =
      new Result(Kind.TRUE, "true for suitable constants of integration", Map.of(), null, null);

  private final Samples samples;
  private final Definitions definitions;
  private final Constants constants;

  /** Whether Symja re-evaluates counterexamples (off with the rest of Symja: --no-symbolic). */
  private final boolean symja;

  Truth(Samples samples, Definitions definitions, Constants constants, boolean symja) {
    this.samples = samples;
    this.definitions = definitions;
    this.constants = constants;
    this.symja = symja;
  }

  /** A step's sides with definitions substituted and derivatives carried out. */
  List<Expr> expanded(Relation step) {
    List<Expr> sides = new ArrayList<>();
    for (Expr s : step.sides()) {
      sides.add(Differentiator.evaluateDerivatives(definitions.expand(s), samples.budget()));
    }
    return sides;
  }

  Result test(Relation step, Set<String> fresh) {
    List<Expr> sides;
    try {
      sides = expanded(step);
    } catch (Differentiator.UnsupportedException e) {
      return Result.undecided("unsupported: " + e.getMessage());
    }
    Constants.Outcome bound = constants.bindFresh(step, sides, fresh);
    if (bound != null) {
      return new Result(
          Kind.TRUE,
          Constants.because(bound.constant()),
          Map.of(),
          null,
          null,
          null,
          false,
          bound.renames(),
          bound.constant());
    }
    Result worst = null;
    for (int k = 1; k < sides.size(); k++) {
      Result r = compare(step, sides.get(0), sides.get(k));
      if (r.kind() == Kind.FALSE) {
        return constants.absorbed(sides) ? TRUE_UP_TO_CONSTANT : confirmed(r, sides);
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

  /**
   * Why the step itself is undefined: a denominator in it is zero under the premises (so the step
   * follows, if at all, only by dividing by zero); null when every denominator is fair.
   */
  String zeroDenominator(Relation step) {
    List<Expr> denominators = new ArrayList<>();
    for (Expr side : step.sides()) {
      Trees.walk(
          side,
          x -> {
            if (x instanceof Expr.Div d) {
              denominators.add(d.denominator());
            } else if (x instanceof Expr.Pow p
                && Inference.looksNegative(Canon.of(p.exponent()))
                && !(p.base() instanceof Expr.Num)) {
              denominators.add(p.base());
            }
          });
    }
    for (Expr d : denominators) {
      if (Trees.symbols(d).isEmpty()) {
        continue; // a number: nothing the premises decide
      }
      if (isZero(d)) {
        return "divides by " + PlainText.of(d) + ", which is 0 under the premises";
      }
    }
    return null;
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
    if (!symja) {
      return r;
    }
    Map<String, double[]> point = new HashMap<>();
    for (Expr s : sides) {
      for (String name : Trees.symbols(s)) {
        Complex v = r.at().apply(name);
        point.put(name, new double[] {v.re(), v.im()});
      }
    }
    var lhs = SymjaNumeric.value(sides.get(0), point);
    var rhs = SymjaNumeric.value(sides.get(sides.size() - 1), point);
    if (lhs.isEmpty() || rhs.isEmpty()) {
      return new Result(Kind.FALSE, "", r.point(), r.lhs(), r.rhs(), r.at(), false);
    }
    Complex l = new Complex(lhs.get()[0], lhs.get()[1]);
    Complex rr = new Complex(rhs.get()[0], rhs.get()[1]);
    if (l.near(rr, DIFFERENT)) {
      return Result.undecided(
          "the checker's evaluator finds the sides different, Symja finds them equal");
    }
    return new Result(Kind.FALSE, "", r.point(), l, rr, r.at(), true);
  }

  private Result compare(Relation step, Expr lhs, Expr rhs) {
    int valid = 0;
    int different = 0;
    int near = 0;
    int firstDifferent = -1;
    Complex[] l = new Complex[Samples.POINTS];
    Complex[] r = new Complex[Samples.POINTS];
    boolean inexact = false;
    for (int p = 0; p < Samples.POINTS; p++) {
      Evaluator ev = samples.evaluator(p);
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

  /**
   * Is {@code e} zero under the premises? Definitions substituted and derivatives carried out, it
   * must vanish at every sample point, relative to the size of its terms (so a difference that
   * cancels to rounding noise counts as zero).
   */
  boolean isZero(Expr e) {
    try {
      Expr x = Differentiator.evaluateDerivatives(definitions.expand(e), samples.budget());
      return Zero.at(samples, x, 1e-9);
    } catch (Differentiator.UnsupportedException unsupported) {
      return false;
    }
  }

  private Map<String, Complex> pointOf(Relation step, int p) {
    Function<String, Complex> at = samples.at(p);
    Map<String, Complex> point = new LinkedHashMap<>();
    for (String s : Trees.symbols(step)) {
      point.put(s, at.apply(s));
    }
    return point;
  }
}
