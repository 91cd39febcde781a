package org.derivx.cas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.derivx.expr.Relation;
import org.derivx.latex.LatexNormalizer;
import org.derivx.latex.LatexParser;
import org.derivx.testing.Golden;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.expression.S;
import org.matheclipse.core.interfaces.IExpr;

class SymjaConverterTest {
  private static Relation parse(String latex) {
    return LatexParser.parseRelation(LatexNormalizer.normalize(latex));
  }

  @TestFactory
  Stream<DynamicTest> goldenSymjaForms() {
    return Golden.table("/golden/symja-convert.tsv").stream()
        .map(
            row ->
                DynamicTest.dynamicTest(
                    row[0],
                    () -> {
                      Relation r = parse(row[0]);
                      assertThat(new SymjaConverter(new SymbolTable(), true).convert(r).toString())
                          .isEqualTo(row[1]);
                      assertThat(new SymjaConverter(new SymbolTable(), false).convert(r).toString())
                          .isEqualTo(row[2]);
                    }));
  }

  @Test
  void userNamesNeverBecomeSymjaBuiltins() {
    SymbolTable table = new SymbolTable();
    IExpr e =
        new SymjaConverter(table, false)
            .convert(
                parse(
                    "\\operatorname{Export}{(x)} + \\operatorname{Get}{(x)} + JavaNew{(y)} + Import{(E)} = Put + D + N + I + C + \\pi"));
    SymjaAllowlist.check(e, table);
    for (IExpr builtin :
        new IExpr[] {S.Export, S.Import, S.Get, S.Put, S.JavaNew, S.D, S.N, S.I, S.C, S.E, S.Pi}) {
      assertThat(e.has(builtin)).as("contains %s", builtin).isFalse();
    }
    assertThat(table.nameOf(F.Dummy("vD")))
        .as("a fresh dummy of the same name is a different symbol")
        .isNull();
  }

  @Test
  void oneSymbolPerNameWithinATable() {
    SymbolTable table = new SymbolTable();
    assertThat(table.variable("\\hat{x}_0")).isSameAs(table.variable("\\hat{x}_0"));
    assertThat(table.variable("f^{*}")).isNotSameAs(table.variable("f"));
    assertThat(table.function("f")).isNotSameAs(table.variable("f"));
    assertThat(table.nameOf(table.variable("\\hat{x}_0"))).isEqualTo("\\hat{x}_0");
  }

  @Test
  void allowlistRejectsForeignHeadsAndSymbols() {
    SymbolTable table = new SymbolTable();
    assertThatThrownBy(() -> SymjaAllowlist.check(F.unaryAST1(S.JavaNew, F.ZZ(1)), table))
        .isInstanceOf(SecurityException.class)
        .hasMessageContaining("JavaNew");
    assertThatThrownBy(() -> SymjaAllowlist.check(F.Plus(F.symbol("x"), F.C1), table))
        .isInstanceOf(SecurityException.class);
  }
}
