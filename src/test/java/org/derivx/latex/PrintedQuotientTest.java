package org.derivx.latex;

import static org.assertj.core.api.Assertions.assertThat;

import org.derivx.expr.Relation;
import org.derivx.expr.SExpr;
import org.junit.jupiter.api.Test;

/** A quotient printed so that it reads back as a quotient, never as a derivative (fuzzing). */
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
}
