package org.derivx.latex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.derivx.derivation.Equation;
import org.derivx.expr.Expr;
import org.derivx.expr.SExpr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.scilab.forge.jlatexmath.TeXFormula;

/**
 * Symbol commands (issue 14.5): every letter JLaTeXMath draws without an argument is one
 * identifier, prints back so JLaTeXMath draws it, and parses back to the same tree; other symbols
 * are not identifiers; an unknown command is one identifier, never a product of its letters.
 */
class SymbolCommandsTest {
  private static TreeMap<String, Boolean> table() throws Exception {
    return JLaTeXMathTables.derive();
  }

  @Test
  void everyLetterJLaTeXMathDrawsIsOneIdentifier() throws Exception {
    List<String> failures = new ArrayList<>();
    for (Map.Entry<String, Boolean> e : table().entrySet()) {
      if (!e.getValue()) {
        continue;
      }
      String name = "\\" + e.getKey();
      for (String latex :
          List.of(
              name + " = x",
              name + "{(a)} = x",
              "2 " + name + "_{0}^{2} = x",
              "\\frac{d}{d " + name + "} f{(" + name + ")} = \\int " + name + " d" + name,
              "x^" + name + " = x")) {
        Equation eq = Equations.parse(latex);
        if (!eq.parsed()) {
          failures.add(latex + ": " + eq.error());
          continue;
        }
        String printed = LatexPrinter.print(eq.tree());
        Equation back = Equations.parse(printed);
        if (!back.parsed() || !SExpr.of(back.tree()).equals(SExpr.of(eq.tree()))) {
          failures.add(latex + ": printed " + printed + " reads back differently");
        }
        try {
          new TeXFormula(printed);
        } catch (RuntimeException drawError) {
          failures.add(latex + ": JLaTeXMath cannot draw " + printed + ": " + drawError);
        }
      }
      Expr lhs = Equations.parse(name + " = x").tree().lhs();
      if (!(lhs instanceof Expr.Sym s && s.name().equals(name))) {
        failures.add(name + " reads as " + SExpr.of(lhs));
      }
    }
    assertThat(failures).isEmpty();
    assertThat(Identifiers.SYMBOL_COMMANDS)
        .contains("digamma", "mho", "beth", "daleth", "eth", "gimel", "wp", "ell", "hbar")
        .contains("varkappa", "backepsilon", "Finv", "Game", "imath", "jmath", "Alpha", "varGamma")
        .doesNotContain("partial", "infty", "prime", "emptyset", "forall", "neg", "angle", "leq");
  }

  @Test
  void symbolsThatAreNotLettersAreNotIdentifiers() throws Exception {
    List<String> readAsIdentifier = new ArrayList<>();
    for (Map.Entry<String, Boolean> e : table().entrySet()) {
      if (e.getValue()) {
        continue;
      }
      String name = "\\" + e.getKey();
      Equation eq = Equations.parse("a " + name + " b = c");
      if (eq.parsed() && SExpr.of(eq.tree()).contains(name + " ")) {
        readAsIdentifier.add(name);
      }
    }
    assertThat(readAsIdentifier).isEmpty();
    assertThat(Equations.parse("x \\leq y = 1").error().message())
        .isEqualTo("unsupported command '\\leq'");
    assertThat(Equations.parse("\\forall x = 1").error().message())
        .isEqualTo("unsupported command '\\forall'");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // FLAN-T5 drops the p of psilon
        "\\usilon{(a)} = \\esilon + \\varesilon|(= (apply \\upsilon a) (+ \\epsilon \\varepsilon))",
        "\\ usilon { (a) } = \\ esilon|(= (apply \\upsilon a) \\epsilon)",
        "usilon { (a) } = \\Usilon|(= (apply \\upsilon a) \\Upsilon)",
        // an unknown command without an argument is one identifier, printed as written
        "\\foo + \\h_{0} = \\bar{\\h}{(l)}|(= (+ \\foo \\h_0) (apply \\bar{\\h} l))",
        "x = \\foo (y + 1) + z^\\foo|(= x (+ (* \\foo (+ y 1)) (^ z \\foo)))",
        "\\frac{d}{d \\foo} \\foo = 1|(= (d \\foo \\foo) 1)",
        // with an argument it is an error naming it
        "x = \\foo(y)|ERROR 4 unsupported command '\\foo'",
        "x = \\foo[2]{y}|ERROR 4 unsupported command '\\foo'",
      })
  void artefactsAndUnknownCommands(String raw, String expected) {
    Equation e = Equations.parse(raw);
    String actual =
        e.parsed() ? SExpr.of(e.tree()) : "ERROR " + e.error().offset() + " " + e.error().message();
    assertThat(actual).isEqualTo(expected);
    if (e.parsed()) {
      String printed = LatexPrinter.print(e.tree());
      assertThat(SExpr.of(LatexParser.parseRelation(printed))).isEqualTo(expected);
    }
  }

  @Test
  void anUnknownCommandIsNeverAProductOfLetters() {
    assertThat(SExpr.of(LatexParser.parseExpression("\\usilon"))).isEqualTo("\\usilon");
    assertThat(SExpr.of(LatexParser.parseExpression("2 \\qwerty x"))).isEqualTo("(* 2 \\qwerty x)");
  }

  @Test
  void jlaTeXMathDrawsTheRepairedArtefactsButNotTheRawOnes() {
    assertThatCode(() -> new TeXFormula("\\upsilon + \\epsilon + \\varepsilon"))
        .doesNotThrowAnyException();
    assertThat(LatexNormalizer.normalize("\\usilon + \\esilon + \\varesilon"))
        .isEqualTo("\\upsilon + \\epsilon + \\varepsilon");
  }
}
