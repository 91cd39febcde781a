package org.derivx.cas;

import static org.assertj.core.api.Assertions.assertThat;

import org.derivx.expr.Expr;
import org.derivx.latex.LatexParser;
import org.junit.jupiter.api.Test;

class SymjaVerifierTest {
  private final SymjaVerifier verifier = new SymjaVerifier();

  private static Expr e(String latex) {
    return LatexParser.parseExpression(latex);
  }

  @Test
  void provesAlgebraicEqualityWithCalculusInert() {
    assertThat(verifier.equal(e("(x + 1)^{2}"), e("x^{2} + 2 x + 1"), 2000))
        .isEqualTo(SymjaVerifier.Outcome.EQUAL);
    assertThat(verifier.equal(e("\\frac{d}{d x} (2 f{(x)})"), e("\\frac{d}{d x} (f{(x)} 2)"), 2000))
        .isEqualTo(SymjaVerifier.Outcome.EQUAL);
    // inert: the derivative is not carried out
    assertThat(verifier.equal(e("\\frac{d}{d x} x^{2}"), e("2 x"), 2000))
        .isEqualTo(SymjaVerifier.Outcome.NOT_PROVEN);
  }

  @Test
  void namesOfDangerousBuiltinsStayOurOwnSymbols() {
    for (String name :
        new String[] {"Run", "Import", "Export", "Get", "Put", "JavaNew", "SystemDialogInput"}) {
      Expr call = e("\\operatorname{" + name + "}{(x)}");
      assertThat(verifier.equal(call, e("\\operatorname{" + name + "}{(x)}"), 2000))
          .as(name)
          .isEqualTo(SymjaVerifier.Outcome.EQUAL);
      assertThat(verifier.equal(call, e("x"), 2000))
          .as(name)
          .isEqualTo(SymjaVerifier.Outcome.NOT_PROVEN);
    }
  }

  @Test
  void anExhaustedBudgetIsATimeoutNotAnAnswer() {
    assertThat(verifier.equal(e("x"), e("x"), 0)).isEqualTo(SymjaVerifier.Outcome.TIMEOUT);
  }
}
