package org.derivx.cas;

import static org.assertj.core.api.Assertions.assertThat;

import org.derivx.expr.Expr;
import org.derivx.latex.LatexParser;
import org.junit.jupiter.api.Test;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IExpr;

class SymjaVerifierTest {
  private final SymjaVerifier verifier = new SymjaVerifier();

  private static Expr e(String latex) {
    return LatexParser.parseExpression(latex);
  }

  @Test
  void provesAlgebraicEqualityWithCalculusInert() {
    assertThat(verifier.equal(e("(x + 1)^{2}"), e("x^{2} + 2 x + 1"), SymjaVerifier.DEFAULT_STEPS))
        .isEqualTo(SymjaVerifier.Outcome.EQUAL);
    assertThat(
            verifier.equal(
                e("\\frac{d}{d x} (2 f{(x)})"),
                e("\\frac{d}{d x} (f{(x)} 2)"),
                SymjaVerifier.DEFAULT_STEPS))
        .isEqualTo(SymjaVerifier.Outcome.EQUAL);
    // inert: the derivative is not carried out
    assertThat(verifier.equal(e("\\frac{d}{d x} x^{2}"), e("2 x"), SymjaVerifier.DEFAULT_STEPS))
        .isEqualTo(SymjaVerifier.Outcome.NOT_PROVEN);
  }

  @Test
  void namesOfDangerousBuiltinsStayOurOwnSymbols() {
    for (String name :
        new String[] {"Run", "Import", "Export", "Get", "Put", "JavaNew", "SystemDialogInput"}) {
      Expr call = e("\\operatorname{" + name + "}{(x)}");
      assertThat(
              verifier.equal(
                  call, e("\\operatorname{" + name + "}{(x)}"), SymjaVerifier.DEFAULT_STEPS))
          .as(name)
          .isEqualTo(SymjaVerifier.Outcome.EQUAL);
      assertThat(verifier.equal(call, e("x"), SymjaVerifier.DEFAULT_STEPS))
          .as(name)
          .isEqualTo(SymjaVerifier.Outcome.NOT_PROVEN);
    }
  }

  @Test
  void aSpentBudgetIsNotAnAnswerAndTheCountIsTheSameOnEveryRun() {
    Expr a = e("(x + y)^{12}");
    Expr b = e("(y + x)^{6} (x + y)^{6}");
    assertThat(verifier.equal(a, b, 20)).isEqualTo(SymjaVerifier.Outcome.BUDGET);
    assertThat(verifier.equal(a, b, SymjaVerifier.DEFAULT_STEPS))
        .isEqualTo(SymjaVerifier.Outcome.EQUAL);
    long first = SymjaRuntime.bounded(1_000_000, en -> en.evaluate(F.Expand(con(a)))).steps();
    for (int i = 0; i < 3; i++) {
      assertThat(SymjaRuntime.bounded(1_000_000, en -> en.evaluate(F.Expand(con(a)))).steps())
          .isEqualTo(first);
    }
  }

  private static IExpr con(Expr x) {
    return new SymjaConverter(new SymbolTable(), true).convert(x);
  }
}
