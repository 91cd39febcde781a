package org.derivx.latex;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.derivx.derivation.Equation;
import org.derivx.expr.Expr;
import org.derivx.expr.Func;
import org.derivx.expr.Relation;
import org.derivx.expr.SExpr;

/**
 * Properties of the parser and printer over random inputs: printing any tree and parsing it back
 * gives the same tree; random and mutated LaTeX never escapes as anything but a ParseError.
 */
class ParserProperties {
  private static final List<String> NAMES =
      List.of(
          "x",
          "d",
          "e",
          "i",
          "\\pi",
          "a",
          "E",
          "\\alpha",
          "\\hat{x}_0",
          "P_e",
          "\\mathbf{E}",
          "f^{*}",
          "J_{\\varepsilon}",
          "x^{\\prime}",
          "\\nabla",
          "\\digamma",
          "\\Alpha",
          "\\varGamma_0",
          "\\qux");

  @Property(tries = 1500)
  void printedTreesParseBack(@ForAll("relations") Relation r) {
    String printed = LatexPrinter.print(r);
    Relation back = LatexParser.parseRelation(printed);
    assertThat(SExpr.of(back)).as(printed).isEqualTo(SExpr.of(r));
    assertThat(LatexNormalizer.normalize(printed)).isEqualTo(printed);
  }

  @Provide
  Arbitrary<Relation> relations() {
    return expr(4).list().ofMinSize(2).ofMaxSize(3).map(Relation::new);
  }

  private Arbitrary<Expr> expr(int depth) {
    Arbitrary<Expr> leaf =
        Arbitraries.oneOf(
            Arbitraries.of(NAMES).map(Expr.Sym::new),
            Arbitraries.integers().between(0, 99).map(i -> (Expr) Expr.Num.of(i)),
            Arbitraries.of("0.5", "2.25").map(s -> (Expr) new Expr.Num(new BigDecimal(s))));
    if (depth == 0) {
      return leaf;
    }
    Arbitrary<Expr> sub = Arbitraries.lazy(() -> expr(depth - 1));
    Arbitrary<Expr> var = Arbitraries.of(NAMES).map(Expr.Sym::new);
    return Arbitraries.frequencyOf(
        Tuple.of(4, leaf),
        Tuple.of(2, sub.list().ofMinSize(2).ofMaxSize(3).map(Expr.Add::new)),
        Tuple.of(2, sub.list().ofMinSize(2).ofMaxSize(3).map(Expr.Mul::new)),
        Tuple.of(1, sub.map(Expr.Neg::new)),
        Tuple.of(1, Combinators.combine(sub, sub).as(Expr.Div::new)),
        Tuple.of(1, Combinators.combine(sub, sub).as(Expr.Pow::new)),
        Tuple.of(1, Combinators.combine(Arbitraries.of(Func.class), sub).as(Expr.Fn::new)),
        Tuple.of(
            1,
            Combinators.combine(
                    Arbitraries.of("f", "\\eta", "A_y", "\\beth", "e"),
                    sub.list().ofMinSize(1).ofMaxSize(2))
                .as(Expr.Apply::new)),
        Tuple.of(
            1,
            Combinators.combine(
                    sub, var, Arbitraries.integers().between(1, 3), Arbitraries.of(true, false))
                .as(
                    (b, v, n, p) ->
                        new Expr.Derivative(b, List.of(new Expr.Derivative.Var(v, n)), p))),
        Tuple.of(
            1,
            Combinators.combine(sub, var)
                .as((b, v) -> new Expr.Integral(b, List.of(Expr.Integral.Bound.indefinite(v))))));
  }

  private static final List<String> FRAGMENTS =
      List.of(
          "x",
          "d",
          "e",
          "2",
          ".",
          "+",
          "-",
          "=",
          "^",
          "_",
          "{",
          "}",
          "(",
          ")",
          "[",
          "]",
          ",",
          "'",
          "*",
          "/",
          " ",
          "\\frac",
          "\\frac{d}{d x}",
          "\\partial",
          "\\int",
          "\\iint",
          "\\sin",
          "\\log",
          "\\left(",
          "\\right)",
          "\\mathbf",
          "\\hat",
          "\\operatorname",
          "\\alpha",
          "\\cdot",
          "\\",
          "\\,",
          "$",
          "\\tilde{\\infty}",
          "{(",
          ")}",
          "\\sqrt",
          "|",
          "!",
          "\\text");

  @Property(tries = 3000)
  void randomTokenSoupOnlyEverYieldsParseErrors(@ForAll("soup") String latex) {
    assertBoundedParse(latex);
  }

  @Provide
  Arbitrary<String> soup() {
    return Arbitraries.of(FRAGMENTS).list().ofMaxSize(60).map(l -> String.join("", l));
  }

  @Property(tries = 2000)
  void mutatedRealEquationsOnlyEverYieldParseErrors(@ForAll("mutated") String latex) {
    assertBoundedParse(latex);
  }

  @Provide
  Arbitrary<String> mutated() {
    List<String> seeds =
        List.of(
            "\\eta{(a)} \\frac{d^{2}}{d a^{2}} \\eta{(a)} = \\eta^{2}{(a)}",
            "m{(\\hat{x}_0,\\mathbf{r})} = \\int (- \\hat{x}_0 + \\mathbf{r}) d\\hat{x}_0",
            "\\ frac { d } { d a } \\ eta { (a) } = e ^ { a }",
            "\\iint \\cos{(e^{\\phi})} d\\phi d\\phi = \\operatorname{A_{y}}{(C)}");
    return Combinators.combine(
            Arbitraries.of(seeds),
            Arbitraries.integers().between(0, 200),
            Arbitraries.integers().between(0, 8),
            Arbitraries.of(FRAGMENTS))
        .as(
            (seed, at, cut, insert) -> {
              int i = Math.min(at, seed.length());
              int j = Math.min(seed.length(), i + cut);
              return seed.substring(0, i) + insert + seed.substring(j);
            });
  }

  private static void assertBoundedParse(String latex) {
    Equation e = Equations.parse(latex); // throws nothing by contract
    assertThat(e.parsed() || e.error() != null).isTrue();
    if (e.parsed()) {
      assertThat(DepthProperties.depth(e.tree())).isLessThanOrEqualTo(LatexParser.MAX_DEPTH);
    }
  }
}
