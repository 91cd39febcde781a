package org.derivx.latex;

import static org.assertj.core.api.Assertions.assertThat;

import org.derivx.expr.Relation;
import org.derivx.expr.SExpr;
import org.junit.jupiter.api.Test;

/**
 * A quotient printed so that it reads back as a quotient, never as a derivative, and an integral's
 * body that starts with d so that it is not read as the differential (fuzzing).
 */
class PrintedQuotientTest {
  @Test
  void aQuotientWhoseNumeratorIsDStaysAQuotient() {
    Relation tree = LatexParser.parseRelation("\\frac{d}{d {f(C_d)}} f{(C_d)} = 1");
    assertThat(SExpr.of(tree).toString()).startsWith("(= (* (/ d");
    String printed = LatexPrinter.print(tree);
    assertThat(SExpr.of(LatexParser.parseRelation(printed))).isEqualTo(SExpr.of(tree));
    // a real derivative still prints as one
    Relation derivative = LatexParser.parseRelation("\\frac{d}{d x} f{(x)} = 1");
    assertThat(LatexPrinter.print(derivative)).startsWith("\\frac{d}{d x}");
  }

  @Test
  void anIntegralWhoseBodyStartsWithDKeepsItsBody() {
    Relation tree =
        LatexParser.parseRelation(
            LatexNormalizer.normalize("\\int d~{e^{F_{g}}} dF_{g} = e^{e^{F_{g}}} C"));
    assertThat(SExpr.of(tree).toString()).startsWith("(= (int (* d (exp F_g)) F_g)");
    String printed = LatexPrinter.print(tree);
    assertThat(printed).startsWith("\\int (d e^{F_g}) d F_g");
    assertThat(SExpr.of(LatexParser.parseRelation(printed))).isEqualTo(SExpr.of(tree));
  }
}
