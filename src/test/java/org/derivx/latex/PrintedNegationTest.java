package org.derivx.latex;

import static org.assertj.core.api.Assertions.assertThat;

import org.derivx.expr.Relation;
import org.derivx.expr.SExpr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A negation of a negation prints as it reads, without parentheses: with them, a chain of minuses
 * the parser read within its depth limit printed twice as deep and could not be read back
 * (fuzzing).
 */
class PrintedNegationTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "x = ----y | x = - - - - y",
        "x = a - (-b) | x = a - - b",
        "x = -(-(a+b)) | x = - - (a + b)",
        "x = a (-b) | x = a (- b)",
        "x = -(-(x y)) | x = - (- x y)",
        "x = a - (-(x y)) | x = a - (- x y)",
        "x = -(-(-(x y))) | x = - - (- x y)",
      })
  void printsAsItReads(String text, String printed) {
    Relation tree = LatexParser.parseRelation(text);
    assertThat(LatexPrinter.print(tree)).isEqualTo(printed);
    assertThat(SExpr.of(LatexParser.parseRelation(printed))).isEqualTo(SExpr.of(tree));
  }

  @Test
  void aChainOfMinusesWithinTheDepthLimitReadsBack() {
    String text = "x = " + "-".repeat(LatexParser.MAX_DEPTH - 10) + "y";
    Relation tree = LatexParser.parseRelation(text);
    assertThat(SExpr.of(LatexParser.parseRelation(LatexPrinter.print(tree))))
        .isEqualTo(SExpr.of(tree));
  }
}
