package org.derivx.check.rules;

import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.derivx.check.Operation;
import org.derivx.check.Rule;
import org.derivx.check.algebra.Auto;
import org.derivx.check.algebra.Canon;
import org.derivx.check.algebra.Inference;
import org.derivx.check.numeric.Complex;
import org.derivx.check.numeric.Samples;
import org.derivx.expr.Expr;
import org.derivx.expr.Expr.Mul;
import org.derivx.expr.Expr.Pow;
import org.derivx.expr.Exprs;
import org.derivx.expr.PlainText;
import org.derivx.expr.Relation;
import org.derivx.latex.LatexPrinter;

/**
 * The operations whose argument is read off the step: add or subtract the difference of the sides,
 * multiply or divide by their ratio, raise to a power. A factor that is zero, or has a denominator
 * that is, makes no operation (labelling guide, extension 9).
 */
final class ArgumentOperations {
  private final Attribution a;
  private final Samples samples;
  private final Attribution.ZeroTest zero;

  ArgumentOperations(Attribution a, Samples samples, Attribution.ZeroTest zero) {
    this.a = a;
    this.samples = samples;
    this.zero = zero;
  }

  void addOrMinus(Known t, Known e, Set<Operation> found) {
    Complex[] delta = Pointwise.zip(t.lhs(), e.lhs(), Complex::minus);
    if (Samples.constant(delta, 0)) {
      return;
    }
    if (Samples.same(t.rhs(), Pointwise.zip(e.rhs(), delta, Complex::plus))) {
      Expr arg = Inference.difference(t.l(), e.l());
      boolean minus = Inference.looksNegative(arg);
      Expr shown = minus ? Canon.negate(arg) : arg;
      Rule rule = minus ? Rule.MINUS : Rule.ADD;
      Rule mirror = minus ? Rule.ADD : Rule.MINUS;
      Relation c = Relation.of(Exprs.add(e.l(), arg), Exprs.add(e.r(), arg));
      a.add(found, new Operation(rule, List.of(e.ref()), shown(shown)), c, t);
      a.add(found, new Operation(mirror, List.of(e.ref()), shown(Canon.negate(shown))), c, t);
    }
  }

  void timesOrDivide(Known t, Known e, Set<Operation> found) {
    // The factor is read off the left sides, or off the right sides when the left ones vanish
    // (multiplying "0 = x" by k keeps a 0 whose ratio says nothing).
    Complex[] ratio = Pointwise.zip(t.lhs(), e.lhs(), Complex::divide);
    boolean left = Samples.finite(ratio);
    if (!left) {
      ratio = Pointwise.zip(t.rhs(), e.rhs(), Complex::divide);
    }
    if (Samples.constant(ratio, 1) || Samples.constant(ratio, 0)) {
      return;
    }
    Complex[] other = left ? t.rhs() : t.lhs();
    if (Samples.same(other, Pointwise.zip(left ? e.rhs() : e.lhs(), ratio, Complex::times))) {
      Expr arg = left ? Inference.ratio(t.l(), e.l()) : Inference.ratio(t.r(), e.r());
      boolean divide = Inference.looksReciprocal(arg);
      Expr inverse = Canon.of(new Pow(arg, Canon.literalOf(BigDecimal.ONE.negate())));
      Expr shown = divide ? inverse : arg;
      Expr mirrored = divide ? arg : inverse;
      Relation c = Relation.of(Exprs.mul(e.l(), arg), Exprs.mul(e.r(), arg));
      Rule rule = divide ? Rule.DIVIDE : Rule.TIMES;
      Rule mirror = divide ? Rule.TIMES : Rule.DIVIDE;
      Operation op = new Operation(rule, List.of(e.ref()), shown(shown));
      Operation reverse = new Operation(mirror, List.of(e.ref()), shown(mirrored));
      String why = dividesByZero(arg, e);
      if (why != null) {
        a.byZero.put(op, why);
        a.byZero.put(reverse, why);
      }
      a.add(found, op, c, t);
      a.add(found, reverse, c, t);
    }
  }

  /**
   * Why multiplying {@code e} by {@code factor} is no operation (labelling guide, extension 9): the
   * factor, or a denominator in it, is zero under the premises, or is what {@code e} itself says is
   * zero ({@code X = 0} times {@code Y X^{-1}}); null when it is a fair operation.
   */
  private String dividesByZero(Expr factor, Known e) {
    Expr k = Auto.of(factor);
    if (isZero(k, e)) {
      return "multiplies by " + PlainText.of(k) + ", which is 0" + because(k, e);
    }
    List<Expr> factors = k instanceof Mul m ? m.factors() : List.of(k);
    for (Expr f : factors) {
      if (f instanceof Pow p && Inference.looksNegative(p.exponent()) && isZero(p.base(), e)) {
        return "divides by " + PlainText.of(p.base()) + ", which is 0" + because(p.base(), e);
      }
    }
    return null;
  }

  private boolean isZero(Expr x, Known e) {
    return said(x, e) || zero.isZero(x);
  }

  /** Does equation {@code e} say {@code x = 0}? */
  private static boolean said(Expr x, Known e) {
    Expr d = Auto.of(x);
    return Exprs.isZero(e.l()) && Auto.of(e.r()).equals(d)
        || Exprs.isZero(e.r()) && Auto.of(e.l()).equals(d);
  }

  private static String because(Expr x, Known e) {
    return said(x, e) ? " by (" + e.ref() + ")" : " under the premises";
  }

  void power(Known t, Known e, Set<Operation> found) {
    Set<Expr> exponents = new LinkedHashSet<>();
    for (Expr side : List.of(t.l(), t.r())) {
      List<Expr> factors = side instanceof Mul m ? m.factors() : List.of(side);
      for (Expr f : factors) {
        if (f instanceof Pow p) {
          exponents.add(p.exponent());
          for (Expr source : List.of(e.l(), e.r())) {
            if (source instanceof Pow q) {
              exponents.add(Canon.of(new Expr.Div(p.exponent(), q.exponent())));
            }
          }
        }
      }
    }
    for (Expr x : exponents) {
      Complex[] k = samples.values(x, false);
      if (Samples.constant(k, 1)) {
        continue;
      }
      if (Samples.same(t.lhs(), Pointwise.zip(e.lhs(), k, Complex::pow))
          && Samples.same(t.rhs(), Pointwise.zip(e.rhs(), k, Complex::pow))) {
        a.add(
            found,
            new Operation(Rule.POWER, List.of(e.ref()), shown(x)),
            Relation.of(new Pow(e.l(), x), new Pow(e.r(), x)),
            t);
        return;
      }
    }
  }

  /**
   * An inferred argument as shown to people: automatically simplified, so "add 1", not "add -1 + 2"
   * (the numbers decided already; this is only its spelling).
   */
  private static String shown(Expr argument) {
    return LatexPrinter.print(Auto.of(argument));
  }
}
