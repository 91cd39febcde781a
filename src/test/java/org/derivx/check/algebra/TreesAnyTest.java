package org.derivx.check.algebra;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.derivx.expr.Expr;
import org.derivx.expr.Relation;
import org.derivx.latex.Equations;
import org.junit.jupiter.api.Test;

/**
 * {@link Trees#any} stops at the first node that passes; it must find every node, wherever it sits
 * (integral bounds, derivative variables, function arguments), and visit nodes parent before
 * children in the order below up to it. {@link Trees#walk} (built on it) visits them all in that
 * order.
 */
class TreesAnyTest {
  private static final List<String> EQUATIONS =
      List.of(
          "y = \\int_{0}^{b} x^{2} dx + \\frac{d}{dt} f(t)",
          "F = \\int g(u) du",
          "z = \\frac{\\partial^{2}}{\\partial x \\partial q} (\\sin(x) q^{k})",
          "w = -\\sqrt{a + b} / (c - \\cos(d))",
          "E = m c^{2}",
          "u = \\int_{a}^{\\int_{0}^{1} s ds} e^{v} dv");

  @Test
  void findsWhatTheWalkFindsAndStopsThere() {
    for (String latex : EQUATIONS) {
      Relation r = Equations.parse(latex).tree();
      assertThat(r).as(latex).isNotNull();
      for (Expr side : r.sides()) {
        List<Expr> order = new ArrayList<>();
        preorder(side, order);
        List<Expr> walked = new ArrayList<>();
        Trees.walk(side, walked::add);
        assertThat(walked).as(latex).isEqualTo(order);
        for (int k = 0; k < order.size(); k++) {
          Expr target = order.get(k);
          Predicate<Expr> is = x -> x.equals(target);
          List<Expr> asked = new ArrayList<>();
          boolean found =
              Trees.any(
                  side,
                  x -> {
                    asked.add(x);
                    return is.test(x);
                  });
          assertThat(found).as(latex).isTrue();
          int first = order.indexOf(target);
          assertThat(asked).as(latex).isEqualTo(order.subList(0, first + 1));
        }
        assertThat(Trees.any(side, x -> false)).isFalse();
      }
      assertThat(Trees.hasIntegral(r)).isEqualTo(latex.contains("\\int"));
      assertThat(Trees.hasDerivative(r))
          .isEqualTo(latex.contains("\\frac{d}") || latex.contains("\\partial"));
    }
  }

  /** The reference order, written out apart from the code under test. */
  private static void preorder(Expr e, List<Expr> out) {
    out.add(e);
    if (e instanceof Expr.Add a) {
      a.terms().forEach(t -> preorder(t, out));
    } else if (e instanceof Expr.Mul m) {
      m.factors().forEach(f -> preorder(f, out));
    } else if (e instanceof Expr.Neg n) {
      preorder(n.arg(), out);
    } else if (e instanceof Expr.Div d) {
      preorder(d.numerator(), out);
      preorder(d.denominator(), out);
    } else if (e instanceof Expr.Pow p) {
      preorder(p.base(), out);
      preorder(p.exponent(), out);
    } else if (e instanceof Expr.Fn f) {
      preorder(f.arg(), out);
    } else if (e instanceof Expr.Apply a) {
      a.args().forEach(x -> preorder(x, out));
    } else if (e instanceof Expr.Derivative d) {
      preorder(d.body(), out);
      d.vars().forEach(v -> preorder(v.variable(), out));
    } else if (e instanceof Expr.Integral i) {
      preorder(i.body(), out);
      for (Expr.Integral.Bound b : i.vars()) {
        preorder(b.variable(), out);
        if (b.definite()) {
          preorder(b.lower(), out);
          preorder(b.upper(), out);
        }
      }
    }
  }
}
