package org.derivx.check.numeric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Collections;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import org.derivx.check.Budget;
import org.derivx.check.algebra.Rewrite;
import org.derivx.expr.Expr;
import org.derivx.latex.LatexParser;
import org.junit.jupiter.api.Test;

/**
 * Integrals computed once per sample point are reused at no saving of counted work: the values, the
 * units spent, where a budget runs out and whether a quadrature settled are all as without reuse.
 */
class IntegralsTest {
  /** The same integral three times, once under a power, beside a constant of integration C. */
  private static final Expr E =
      LatexParser.parseRelation(
              "y = \\int \\log{(x)} \\sin{(x)} d x + 2 \\int \\log{(x)} \\sin{(x)} d x"
                  + " + (\\int \\log{(x)} \\sin{(x)} d x)^{2} + C")
          .rhs();

  private static Budget budget(long units) {
    return new Budget(units, new AtomicBoolean(), 600_000);
  }

  @Test
  void reusedIntegralsGiveTheSameValuesAndChargeTheSameUnits() {
    Samples samples = new Samples();
    for (int p = 0; p < Samples.POINTS; p++) {
      Budget plain = budget(10_000_000);
      Complex expected = new Evaluator(samples.at(p), true, plain).eval(E);
      Budget reused = budget(10_000_000);
      samples.use(reused);
      Evaluator first = samples.evaluator(p);
      Complex once = first.eval(E);
      long afterFirst = reused.used();
      Complex twice = samples.evaluator(p).eval(E);
      assertThat(once).isEqualTo(expected);
      assertThat(twice).isEqualTo(expected);
      assertThat(afterFirst).isEqualTo(plain.used());
      assertThat(reused.used()).isEqualTo(2 * plain.used());
    }
  }

  @Test
  void aBudgetRunsOutWhereItDidWithoutReuse() {
    Samples samples = new Samples();
    Budget full = budget(10_000_000);
    new Evaluator(samples.at(0), true, full).eval(E);
    long needed = full.used();
    samples.use(budget(10_000_000));
    samples.evaluator(0).eval(E); // remembered now
    Budget enough = budget(needed);
    samples.use(enough);
    samples.evaluator(0).eval(E);
    assertThat(enough.used()).isEqualTo(needed);
    Budget short1 = budget(needed - 1);
    samples.use(short1);
    assertThatThrownBy(() -> samples.evaluator(0).eval(E)).isInstanceOf(Budget.Exhausted.class);
    assertThat(short1.used()).isEqualTo(needed); // limit + 1, as every spent budget
  }

  @Test
  void bindingAConstantOrGoingBackToAMarkForgetsWhatWasComputed() {
    Expr withC = LatexParser.parseRelation("y = \\int C \\log{(x)} d x").rhs();
    Samples samples = new Samples();
    Complex unbound = samples.evaluator(1).eval(withC);
    Samples.Mark mark = samples.mark();
    samples.bind(
        "C", new Complex[] {Complex.real(3), Complex.real(3), Complex.real(3), Complex.real(3)});
    Complex bound = samples.evaluator(1).eval(withC);
    assertThat(bound).isNotEqualTo(unbound);
    // back to the mark after one binding: the version must not be the bound one's again
    samples.reset(mark);
    assertThat(samples.evaluator(1).eval(withC)).isEqualTo(unbound);
  }

  @Test
  void aRootSearchRemembersOnlyTheIntegralsWithoutItsSymbol() {
    // #c: the solver's placeholder names count as symbols here too
    Expr e =
        LatexParser.parseRelation(
                "y = \\int C \\log{(x)} d x + \\int \\sin{(x)} \\log{(x)} d x + C")
            .rhs();
    e = Rewrite.replaceNode(e, new Expr.Sym("C"), new Expr.Sym("#c"));
    Samples samples = new Samples();
    Integrals known = new Integrals("#c");
    for (double c : new double[] {0.5, 1.5, -2}) {
      Function<String, Complex> at =
          name -> name.equals("#c") ? Complex.real(c) : samples.at(2).apply(name);
      Budget plain = budget(10_000_000);
      Complex expected = new Evaluator(at, true, plain).eval(e);
      Budget reused = budget(10_000_000);
      assertThat(new Evaluator(at, true, reused, known).eval(e)).isEqualTo(expected);
      assertThat(reused.used()).isEqualTo(plain.used());
    }
    Expr.Integral withC = (Expr.Integral) ((Expr.Add) e).terms().get(0);
    Expr.Integral withoutC = (Expr.Integral) ((Expr.Add) e).terms().get(1);
    assertThat(known.get(withC)).isNull();
    assertThat(known.get(withoutC)).isNotNull();
  }

  /** Copies of one triple integral, enough of them to pass an evaluation's node limit. */
  private static Expr pastTheNodeLimit() {
    Expr triple =
        LatexParser.parseRelation("y = \\int \\int \\int \\sin{(x y z)} d x d y d z").rhs();
    Budget one = budget(10_000_000);
    new Evaluator(new Samples().at(0), true, one).eval(triple);
    int copies = (int) (200_000 / one.used()) + 2;
    return new Expr.Add(Collections.nCopies(copies, triple));
  }

  @Test
  void anEvaluationStopsAtItsNodeLimitWhereItDidWithoutReuse() {
    Expr sum = pastTheNodeLimit();
    Samples samples = new Samples();
    Budget plain = budget(10_000_000);
    Complex expected = new Evaluator(samples.at(0), true, plain).eval(sum);
    Budget reused = budget(10_000_000);
    samples.use(reused);
    assertThat(samples.evaluator(0).eval(sum)).isEqualTo(expected).isEqualTo(Complex.NaN);
    assertThat(reused.used()).isEqualTo(plain.used());
  }

  @Test
  void anUnsettledQuadratureIsRememberedAlsoWhenALaterEvaluationStopsMidway() {
    Expr unsettled = LatexParser.parseRelation("y = \\int \\sin{(60 x)} d x").rhs();
    Samples samples = new Samples();
    Evaluator plain = new Evaluator(samples.at(0), true, budget(10_000_000));
    plain.eval(unsettled);
    assertThat(plain.inexact()).isTrue();
    Evaluator ev = samples.evaluator(0);
    ev.eval(unsettled);
    ev.eval(pastTheNodeLimit());
    assertThat(ev.inexact()).isTrue();
  }

  @Test
  void atMostLimitIntegralsAreKeptPerPoint() {
    Integrals kept = new Integrals();
    for (int n = 0; n < Integrals.LIMIT + 10; n++) {
      Expr.Integral i =
          (Expr.Integral) LatexParser.parseRelation("y = \\int " + n + " x d x").rhs();
      kept.put(i, new Integrals.Entry(Complex.ZERO, false, 1, 1));
      assertThat(kept.size()).isLessThanOrEqualTo(Integrals.LIMIT);
    }
  }
}
