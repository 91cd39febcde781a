package org.derivx.check.numeric;

import java.util.Locale;

/**
 * A complex double. The checker evaluates in complex arithmetic on principal branches, so that
 * {@code (-\sin q)^{q}} or {@code \log(-x)} have values and compare consistently instead of being
 * NaN in real arithmetic.
 */
public record Complex(double re, double im) {
  public static final Complex ZERO = new Complex(0, 0);
  public static final Complex ONE = new Complex(1, 0);
  public static final Complex NaN = new Complex(Double.NaN, Double.NaN);
  private static final Complex I = new Complex(0, 1);

  public static Complex real(double x) {
    return new Complex(x, 0);
  }

  public boolean isFinite() {
    return Double.isFinite(re) && Double.isFinite(im);
  }

  public double abs() {
    return Math.hypot(re, im);
  }

  public Complex plus(Complex o) {
    return new Complex(re + o.re, im + o.im);
  }

  public Complex minus(Complex o) {
    return new Complex(re - o.re, im - o.im);
  }

  public Complex times(Complex o) {
    return new Complex(re * o.re - im * o.im, re * o.im + im * o.re);
  }

  public Complex times(double k) {
    return new Complex(re * k, im * k);
  }

  public Complex negate() {
    return new Complex(-re, -im);
  }

  public Complex divide(Complex o) {
    double d = o.re * o.re + o.im * o.im;
    if (d == 0) {
      return NaN;
    }
    return new Complex((re * o.re + im * o.im) / d, (im * o.re - re * o.im) / d);
  }

  public Complex exp() {
    double m = Math.exp(re);
    return im == 0 ? real(m) : new Complex(m * Math.cos(im), m * Math.sin(im));
  }

  /**
   * The principal logarithm, arg in (-π, π]. A negative real reached by negation carries an
   * imaginary part of -0.0; adding 0.0 makes it +0.0, so -(x) and (0 - x) are on the same branch.
   */
  public Complex log() {
    if (im == 0 && re > 0) {
      return real(Math.log(re));
    }
    return new Complex(Math.log(abs()), Math.atan2(im + 0.0, re));
  }

  public Complex pow(Complex e) {
    if (e.im == 0 && e.re == Math.rint(e.re) && Math.abs(e.re) <= 64) {
      return powInt((int) e.re);
    }
    if (im == 0 && re > 0 && e.im == 0) {
      return real(Math.pow(re, e.re));
    }
    if (re == 0 && im == 0) {
      return e.re > 0 ? ZERO : NaN;
    }
    return log().times(e).exp();
  }

  private Complex powInt(int n) {
    if (n < 0) {
      return ONE.divide(powInt(-n));
    }
    Complex result = ONE;
    Complex base = this;
    for (int k = n; k > 0; k >>= 1) {
      if ((k & 1) == 1) {
        result = result.times(base);
      }
      base = base.times(base);
    }
    return result;
  }

  public Complex sqrt() {
    return pow(real(0.5));
  }

  public Complex sin() {
    return new Complex(Math.sin(re) * Math.cosh(im), Math.cos(re) * Math.sinh(im));
  }

  public Complex cos() {
    return new Complex(Math.cos(re) * Math.cosh(im), -Math.sin(re) * Math.sinh(im));
  }

  public Complex sinh() {
    return new Complex(Math.sinh(re) * Math.cos(im), Math.cosh(re) * Math.sin(im));
  }

  public Complex cosh() {
    return new Complex(Math.cosh(re) * Math.cos(im), Math.sinh(re) * Math.sin(im));
  }

  /** arcsin z = -i log(iz + sqrt(1 - z²)). */
  public Complex asin() {
    Complex w = I.times(this).plus(ONE.minus(times(this)).sqrt());
    return w.log().times(I).negate();
  }

  public Complex acos() {
    return real(Math.PI / 2).minus(asin());
  }

  /** arctan z = (i/2) log((i + z)/(i - z)). */
  public Complex atan() {
    return I.plus(this).divide(I.minus(this)).log().times(new Complex(0, 0.5));
  }

  /** True when the two values agree to a relative tolerance (NaN never agrees). */
  public boolean near(Complex o, double tolerance) {
    double scale = Math.max(1, Math.max(abs(), o.abs()));
    return minus(o).abs() <= tolerance * scale;
  }

  @Override
  public String toString() {
    return im == 0 ? fmt(re) : fmt(re) + (im < 0 ? " - " : " + ") + fmt(Math.abs(im)) + "i";
  }

  private static String fmt(double x) {
    return String.format(Locale.ROOT, "%.6g", x);
  }
}
