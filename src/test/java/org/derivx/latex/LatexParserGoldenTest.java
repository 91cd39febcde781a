package org.derivx.latex;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.derivx.derivation.Equation;
import org.derivx.expr.SExpr;
import org.derivx.testing.Golden;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every construct the parser knows, as a reviewed table: LaTeX → tree, or the precise error. */
class LatexParserGoldenTest {
  @TestFactory
  Stream<DynamicTest> goldenTable() {
    return Golden.table("/golden/latex-parse.tsv").stream()
        .map(
            row ->
                DynamicTest.dynamicTest(
                    row[0],
                    () -> {
                      Equation e = Equations.parse(row[0]);
                      String actual =
                          e.parsed()
                              ? SExpr.of(e.tree())
                              : "ERROR " + e.error().offset() + " " + e.error().message();
                      assertThat(actual).isEqualTo(row[1]);
                    }));
  }

  @TestFactory
  Stream<DynamicTest> canonicalLatexParsesBackToTheSameTree() {
    return Golden.table("/golden/latex-parse.tsv").stream()
        .map(row -> Equations.parse(row[0]))
        .filter(Equation::parsed)
        .map(
            e ->
                DynamicTest.dynamicTest(
                    e.raw(),
                    () -> {
                      String printed = LatexPrinter.print(e.tree());
                      assertThat(SExpr.of(LatexParser.parseRelation(printed)))
                          .isEqualTo(SExpr.of(e.tree()));
                      assertThat(LatexNormalizer.normalize(printed)).isEqualTo(printed);
                    }));
  }
}
