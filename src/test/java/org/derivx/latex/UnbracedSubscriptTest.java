package org.derivx.latex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.derivx.expr.Relation;
import org.derivx.expr.SExpr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An unbraced subscript that is a command with an argument reads as TeX reads it: the command takes
 * its argument (fuzzing found {@code \Psi_\operatorname{nt…}} read as {@code \Psi_{\operatorname}}
 * times letters, whose printed form did not parse back).
 */
class UnbracedSubscriptTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "x_\\mathrm{max} = 1 | x_{\\mathrm{max}} = 1",
        "x_\\text{max} = 1 | x_{\\text{max}} = 1",
        "x_\\operatorname{ab} = 1 | x_{\\operatorname{ab}} = 1",
        "x_\\hat{a} = 1 | x_{\\hat{a}} = 1",
        "x_\\alpha^2 = 1 | x_{\\alpha}^{2} = 1",
        "x_\\frac{1}{2} = 1 | x_{\\frac{1}{2}} = 1",
        "x_\\sqrt{2} y = 1 | x_{\\sqrt{2}} y = 1",
      })
  void readsAsTheBracedForm(String unbraced, String braced) {
    Relation tree = LatexParser.parseRelation(unbraced);
    assertThat(SExpr.of(tree)).isEqualTo(SExpr.of(LatexParser.parseRelation(braced)));
    String printed = LatexPrinter.print(tree);
    assertThat(SExpr.of(LatexParser.parseRelation(printed))).as(printed).isEqualTo(SExpr.of(tree));
  }

  @ParameterizedTest
  @ValueSource(strings = {"x_\\frac{1} = 1", "x_\\sqrt[3]{2} = 1"})
  void aCommandWithoutItsArgumentsNeedsBraces(String text) {
    assertThatThrownBy(() -> LatexParser.parseRelation(text))
        .isInstanceOf(LatexParseException.class)
        .hasMessageContaining("in braces");
  }

  @Test
  void theFuzzingFindingRoundTrips() {
    Relation tree =
        LatexParser.parseRelation(
            "\\Psi_\\operatorname{ntlambda}b{I}{(\\Psi_{\\lambda})} d\\Psi_{\\lambda} = \\Psi_{\\lambda}"
                + " + \\int e^{\\Psi_{\\lambda}} d\\Psi_{\\lambda}");
    assertThat(SExpr.of(tree).toString()).contains("\\Psi_{\\operatorname{ntlambda}}");
    String printed = LatexPrinter.print(tree);
    assertThat(SExpr.of(LatexParser.parseRelation(printed))).isEqualTo(SExpr.of(tree));
  }
}
