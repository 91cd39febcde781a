package org.derivx.check.numeric;

import java.util.function.Function;
import org.derivx.check.Budget;
import org.derivx.expr.Expr;

/** Secant iteration for one symbol: the value that makes an expression equal a target. */
public final class Roots {
  private Roots() {}

  /** A value of {@code symbol} with {@code e = target} near {@code start}, or null. */
  public static Complex solve(
      Expr e,
      String symbol,
      Function<String, Complex> base,
      Complex target,
      Complex start,
      Budget budget) {
    return solve(e, symbol, base, target, start, false, budget);
  }

  public static Complex solve(
      Expr e,
      String symbol,
      Function<String, Complex> base,
      Complex target,
      Complex start,
      boolean integrals,
      Budget budget) {
    // integrals without the symbol keep their value from one try to the next: computed once
    Integrals known = integrals ? new Integrals(symbol) : null;
    Complex x0 = start;
    Complex x1 = start.plus(Complex.real(0.5));
    Complex f0 = residual(e, symbol, base, target, x0, known, budget);
    // Quadrature and difference stencils leave ~1e-10 of noise, below which no residual falls.
    double tolerance = 1e-9 * Math.max(1, target.abs());
    Complex f1 = residual(e, symbol, base, target, x1, known, budget);
    if (f0.isFinite() && f1.isFinite() && f1.minus(f0).abs() <= tolerance) {
      return null; // the symbol cancels out: there is nothing to solve for
    }
    if (f0.isFinite() && f0.abs() <= tolerance) {
      return x0;
    }
    for (int i = 0; i < 60; i++) {
      if (!f0.isFinite() || !f1.isFinite()) {
        return null;
      }
      if (f1.abs() <= tolerance) {
        return x1;
      }
      Complex slope = f1.minus(f0);
      if (slope.abs() == 0) {
        return null;
      }
      Complex x2 = x1.minus(f1.times(x1.minus(x0)).divide(slope));
      x0 = x1;
      f0 = f1;
      x1 = x2;
      f1 = residual(e, symbol, base, target, x1, known, budget);
    }
    return null;
  }

  private static Complex residual(
      Expr e,
      String symbol,
      Function<String, Complex> base,
      Complex target,
      Complex x,
      Integrals integrals,
      Budget budget) {
    Function<String, Complex> with = name -> name.equals(symbol) ? x : base.apply(name);
    return new Evaluator(with, integrals != null, budget, integrals).eval(e).minus(target);
  }
}
