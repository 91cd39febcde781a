package org.derivx.expr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.derivx.latex.LatexParser;
import org.derivx.latex.LatexPrinter;
import org.junit.jupiter.api.Test;

/** Tree walks in expr (and the printers) work on trees far deeper than any stack. */
class NodesTest {
  private static final int DEEP = 200_000;

  @Test
  void depthCountsLevelsOfEveryKindOfNode() {
    Expr x = new Expr.Sym("x");
    assertThat(Nodes.depth(x)).isEqualTo(1);
    assertThat(Nodes.depth(new Expr.Add(List.of(x, new Expr.Neg(x))))).isEqualTo(3);
    Expr derivative =
        new Expr.Derivative(x, List.of(new Expr.Derivative.Var(new Expr.Neg(x), 1)), false);
    assertThat(Nodes.depth(derivative)).as("a variable is a child").isEqualTo(3);
    Expr integral =
        new Expr.Integral(
            x, List.of(new Expr.Integral.Bound(x, Expr.Num.of(0), new Expr.Neg(new Expr.Neg(x)))));
    assertThat(Nodes.depth(integral)).as("a bound is a child").isEqualTo(4);
    assertThat(Nodes.depth(Relation.of(x, integral))).isEqualTo(4);
  }

  @Test
  void deepChainsAreMeasuredPrintedAndTestedWithoutRecursion() {
    Expr neg = Expr.Num.of(0);
    Expr pow = new Expr.Sym("y");
    for (int i = 0; i < DEEP; i++) {
      neg = new Expr.Neg(neg);
      pow = new Expr.Pow(pow, Expr.Num.of(2));
    }
    assertThat(Nodes.depth(neg)).isEqualTo(DEEP + 1);
    assertThat(Nodes.depth(pow)).isEqualTo(DEEP + 1);
    assertThat(Exprs.isZero(neg)).isTrue();
    // compared by length and ends: a failure must not print a megabyte
    String sexpr = SExpr.of(neg);
    assertThat(sexpr.length()).isEqualTo(4 * DEEP + 1);
    assertThat(sexpr.substring(0, 6)).isEqualTo("(- (- ");
    String printed = LatexPrinter.print(pow);
    assertThat(printed.length()).isEqualTo(5 + 6 * (DEEP - 1));
    assertThat(printed.substring(printed.length() - 10)).isEqualTo(")^{2})^{2}");
    // a negation of a negation prints as it reads: "- - … - 0"
    String negated = LatexPrinter.print(neg);
    assertThat(negated.length()).isEqualTo(2 * DEEP + 1);
    assertThat(negated.substring(negated.length() - 5)).isEqualTo("- - 0");
  }

  @Test
  void printersStillWriteWhatTheyWroteBefore() {
    Relation r =
        LatexParser.parseRelation(
            "\\int_{0}^{1} x d\\alpha + \\frac{d^{2}}{d x^{2}} f{(x,y)} = - (a + b)^{2} \\sin^{2}{(x)}");
    assertThat(SExpr.of(r))
        .isEqualTo(
            "(= (+ (int x [\\alpha 0 1]) (d (apply f x y) x^2)) (- (* (^ (+ a b) 2) (^ (sin x) 2))))");
    assertThat(LatexPrinter.print(r))
        .isEqualTo(
            "\\int_{0}^{1} x d\\alpha + \\frac{d^{2}}{d x^{2}} f{(x,y)} = - (a + b)^{2} \\sin^{2}{(x)}");
  }
}
