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
 * {@link Trees#any} stops at the first node that passes; it must find what a full {@link
 * Trees#walk} finds, wherever the node sits (integral bounds, derivative variables, function
 * arguments), and visit nodes in the walk's order up to it.
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
        Trees.walk(side, order::add);
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
}
