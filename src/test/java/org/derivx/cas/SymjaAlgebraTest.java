package org.derivx.cas;

import static org.assertj.core.api.Assertions.assertThat;

import org.derivx.cas.SymjaAlgebra.Mode;
import org.derivx.expr.Expr;
import org.derivx.latex.LatexParser;
import org.derivx.latex.LatexPrinter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Symja's evaluation brought back into our trees, printed as LaTeX (what the generator writes). */
class SymjaAlgebraTest {
  private static String run(String latex, Mode mode) throws Exception {
    Expr e = LatexParser.parseRelation(latex + " = 0").lhs();
    return SymjaAlgebra.evaluate(e, mode).map(LatexPrinter::print).orElse("(none)");
  }

  @ParameterizedTest(name = "{1}: {0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          x x                                 | SIMPLIFY    | x^{2}
          a + b - b                           | SIMPLIFY    | a
          \\frac{d}{d x} f{(x)} + 0           | SIMPLIFY    | \\frac{d}{d x} f{(x)}
          \\frac{d}{d x} x^{2} \\sin{(x)}      | DERIVATIVES | x^{2} \\cos{(x)} + 2 x \\sin{(x)}
          \\frac{d}{d x} f{(x)}               | DERIVATIVES | \\frac{d}{d x} f{(x)}
          \\frac{d}{d x} (x f{(x)})           | DERIVATIVES | f{(x)} + x \\frac{d}{d x} f{(x)}
          \\int x e^{x} dx                    | INTEGRALS   | - e^{x} + e^{x} x
          \\int \\cos{(y)} dy                  | INTEGRALS   | \\sin{(y)}
          \\int f{(x)} dx                     | INTEGRALS   | (none)
          """)
  void evaluatesLikeSympy(String latex, Mode mode, String expected) throws Exception {
    assertThat(run(latex, mode)).isEqualTo(expected);
  }
}
