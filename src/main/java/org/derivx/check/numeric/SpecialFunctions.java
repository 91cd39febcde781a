package org.derivx.check.numeric;

import org.derivx.expr.Func;

/** Complex values of the built-in functions; Ei, Ci and Si by their power series. */
public final class SpecialFunctions {
  private static final double EULER_GAMMA = 0.5772156649015329;

  private SpecialFunctions() {}

  public static Complex apply(Func f, Complex x) {
    return switch (f) {
      case SIN -> x.sin();
      case COS -> x.cos();
      case TAN -> x.sin().divide(x.cos());
      case COT -> x.cos().divide(x.sin());
      case SEC -> Complex.ONE.divide(x.cos());
      case CSC -> Complex.ONE.divide(x.sin());
      case ASIN -> x.asin();
      case ACOS -> x.acos();
      case ATAN -> x.atan();
      case SINH -> x.sinh();
      case COSH -> x.cosh();
      case TANH -> x.sinh().divide(x.cosh());
      case LOG -> x.log();
      case EXP -> x.exp();
      case SQRT -> x.sqrt();
      case EI -> ei(x);
      case CI -> ci(x);
      case SI -> si(x);
    };
  }

  /** Ei(z) = γ + log z + Σ z^k / (k·k!). */
  private static Complex ei(Complex z) {
    if (z.abs() > 40) {
      return Complex.NaN;
    }
    Complex sum = Complex.ZERO;
    Complex term = Complex.ONE;
    for (int k = 1; k < 200; k++) {
      term = term.times(z).times(1.0 / k);
      Complex add = term.times(1.0 / k);
      sum = sum.plus(add);
      if (add.abs() < 1e-17 * Math.max(1, sum.abs())) {
        break;
      }
    }
    return Complex.real(EULER_GAMMA).plus(z.log()).plus(sum);
  }

  /** Ci(z) = γ + log z + Σ (-z²)^k / (2k·(2k)!). */
  private static Complex ci(Complex z) {
    if (z.abs() > 40) {
      return Complex.NaN;
    }
    Complex z2 = z.times(z).negate();
    Complex sum = Complex.ZERO;
    Complex power = Complex.ONE;
    for (int k = 1; k < 200; k++) {
      power = power.times(z2).times(1.0 / ((2 * k - 1) * (2.0 * k)));
      Complex add = power.times(1.0 / (2 * k));
      sum = sum.plus(add);
      if (add.abs() < 1e-17 * Math.max(1, sum.abs())) {
        break;
      }
    }
    return Complex.real(EULER_GAMMA).plus(z.log()).plus(sum);
  }

  /** Si(z) = Σ (-1)^k z^{2k+1} / ((2k+1)·(2k+1)!). */
  private static Complex si(Complex z) {
    if (z.abs() > 40) {
      return Complex.NaN;
    }
    Complex z2 = z.times(z).negate();
    Complex power = z;
    Complex sum = z;
    for (int k = 1; k < 200; k++) {
      power = power.times(z2).times(1.0 / ((2.0 * k) * (2 * k + 1)));
      Complex add = power.times(1.0 / (2 * k + 1));
      sum = sum.plus(add);
      if (add.abs() < 1e-17 * Math.max(1, sum.abs())) {
        break;
      }
    }
    return sum;
  }
}
