package org.derivx.latex;

import static org.assertj.core.api.Assertions.assertThat;

import org.derivx.expr.Relation;
import org.derivx.expr.SExpr;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A power of an applied function prints as {@code f^{2}{(x)}}, except for a function named e, whose
 * {@code e^{2}{(x)}} would read back as the exponential times (x) (fuzzing).
 */
class PrintedApplicationPowerTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "y = f(x)^{2} | y = f^{2}{(x)}",
        "y = e(x)^{2} | y = (e{(x)})^{2}",
        "y = (\\phi + e(f{(x)})^{Z}) e^{Z} | y = (\\phi + (e{(f{(x)})})^{Z}) e^{Z}",
      })
  void printsSoItReadsBack(String text, String printed) {
    Relation tree = LatexParser.parseRelation(text);
    assertThat(LatexPrinter.print(tree)).isEqualTo(printed);
    assertThat(SExpr.of(LatexParser.parseRelation(printed))).isEqualTo(SExpr.of(tree));
  }
}
