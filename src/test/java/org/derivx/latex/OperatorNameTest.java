package org.derivx.latex;

import static org.assertj.core.api.Assertions.assertThat;

import org.derivx.expr.Relation;
import org.derivx.expr.SExpr;
import org.junit.jupiter.api.Test;

/**
 * Found by fuzzing (ParserFuzzTest, equations): {@code \operatorname{…}} around anything but a word
 * became a symbol named by the bare text, so {@code \operatorname{(a,b)}} printed as {@code (a,b)},
 * which does not parse, and {@code \operatorname{2}} as the number 2. Such a name keeps its
 * command.
 */
class OperatorNameTest {
  private static Relation parse(String latex) {
    return LatexParser.parseRelation(LatexNormalizer.normalize(latex));
  }

  @Test
  void anOperatorNameOfAnyTextPrintsAndParsesBackToItself() {
    for (String latex :
        new String[] {
          "\\operatorname{(a,b)} = 1",
          "\\operatorname{2} = 1",
          "\\operatorname{x+y} = x + y",
          "\\operatorname{x_{2}y}{(a)} = 1",
          "\\math\\operatorname{(C_{2},\\hat{p})} = (- \\frac{C_{2}^{2}}{2} + C_{2} \\hat{p}"
              + " + \\mathbf{D})^{C_{2}} (\\ln{(- \\frac{C_{2}^{2}}{2} + C_{2} \\hat{p}"
              + " + \\mathbf{D})} + 1)"
        }) {
      Relation tree = parse(latex);
      String printed = LatexPrinter.print(tree);
      assertThat(SExpr.of(LatexParser.parseRelation(printed))).as(latex).isEqualTo(SExpr.of(tree));
    }
  }

  @Test
  void theNameIsOneSymbolSpelledWithItsCommand() {
    assertThat(SExpr.of(parse("\\operatorname{(a,b)} = 1")))
        .isEqualTo("(= \\operatorname{(a,b)} 1)");
    assertThat(SExpr.of(parse("\\operatorname{2} = 2"))).isEqualTo("(= \\operatorname{2} 2)");
    // words and single identifiers read as before
    assertThat(SExpr.of(parse("\\operatorname{abc} = \\operatorname{x}")))
        .isEqualTo("(= \\operatorname{abc} x)");
  }
}
