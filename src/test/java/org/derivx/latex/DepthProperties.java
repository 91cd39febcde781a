package org.derivx.latex;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.derivx.derivation.Equation;
import org.derivx.expr.Expr;
import org.derivx.expr.Relation;

/**
 * Every construct nested at random, alone, mixed, and as chains: the parser either returns a tree
 * at most {@link LatexParser#MAX_DEPTH} levels deep (measured here with an iterative walk of our
 * own) or the one depth error; never anything else, never a stack overflow.
 */
class DepthProperties {
  private static final String LIMIT = "formula nested deeper than 120 levels";

  /** Each wraps a well-formed expression in one more construct. */
  private static final List<String> WRAPPERS =
      List.of(
          "(%s)",
          "{2 %s}",
          "[%s]",
          "\\left(%s\\right)",
          "\\{%s\\}",
          "- %s",
          "- - %s",
          "(%s)^{2}",
          "(%s)^y",
          "(%s)^{2}^{2}^{2}^{2}^{2}^{2}^{2}^{2}",
          "(%s) / a b / a b / a b / a b",
          "x^{%s}",
          "e^{%s}",
          "{2 %s}^{2}^{2}",
          "\\frac{%s}{2}",
          "\\frac{1}{%s}",
          "\\dfrac{%s}{x}",
          "(%s) / 2",
          "2 / (%s)",
          "\\sqrt{%s}",
          "\\sqrt[3]{%s}",
          "\\sin{(%s)}",
          "\\sin (%s)",
          "\\cos^{2}{(%s)}",
          "\\log_{2}^{2}{(%s)}",
          "\\log_{%s} x",
          "\\exp{(%s)}",
          "f{(%s)}",
          "f{(x,%s)}",
          "\\eta^{2}{(%s)}",
          "\\operatorname{Ei}{(%s)}",
          "\\frac{d}{d x} (%s)",
          "\\frac{d}{d x} %s",
          "\\frac{d^{2}}{d x^{2}} %s",
          "\\frac{\\partial}{\\partial x} a %s",
          "\\frac{d (%s)}{d x}",
          "\\int %s d x",
          "\\int (%s) d x",
          "\\iint %s d x d y",
          "\\int_{0}^{%s} x d x",
          "\\int_{%s}^{1} x d x",
          "a %s",
          "a \\cdot (%s)",
          "a + %s",
          "a - %s",
          "a - (%s)");

  @Property(tries = 400)
  void randomNestingStaysWithinTheBound(@ForAll("nested") String latex) {
    assertBounded(latex + " = y");
  }

  @Provide
  Arbitrary<String> nested() {
    return Combinators.combine(
            Arbitraries.of(WRAPPERS).list().ofMinSize(1).ofMaxSize(160),
            Arbitraries.of("x", "\\alpha", "f{(x)}", "x^{2}", "\\hat{x}_0", "2.5"))
        .as(
            (wrappers, core) -> {
              String s = core;
              for (String w : wrappers) {
                s = w.replace("%s", s);
              }
              return s;
            });
  }

  @Property(tries = 200)
  void chainsStayWithinTheBound(@ForAll("chains") String latex) {
    assertBounded(latex);
  }

  @Provide
  Arbitrary<String> chains() {
    return Combinators.combine(
            Arbitraries.of(
                "y^y",
                "^{2}",
                "^y",
                " / a b",
                " / (a) b",
                "- ",
                "\\frac{d}{d x} ",
                "\\sin ",
                "a + "),
            Arbitraries.integers().between(1, 1000))
        .as(
            (link, n) ->
                link.startsWith("^") || link.startsWith(" /")
                    ? "x = y" + link.repeat(n)
                    : "x = " + (link.equals("y^y") ? "y" + "^y".repeat(n) : link.repeat(n) + "z"));
  }

  private static void assertBounded(String latex) {
    Equation e = Equations.parse(latex);
    if (e.parsed()) {
      int depth = depth(e.tree());
      Statistics.collect(depth > 60 ? "parsed, deeper than 60" : "parsed");
      assertThat(depth).as(latex).isLessThanOrEqualTo(LatexParser.MAX_DEPTH);
    } else {
      Statistics.collect("too deep");
      assertThat(e.error().message()).as(latex).isEqualTo(LIMIT);
    }
  }

  /** Levels of the deepest side, walked with an explicit stack. */
  static int depth(Relation r) {
    int max = 0;
    List<Expr> nodes = new ArrayList<>(r.sides());
    List<Integer> levels = new ArrayList<>();
    r.sides().forEach(s -> levels.add(1));
    while (!nodes.isEmpty()) {
      Expr node = nodes.remove(nodes.size() - 1);
      int level = levels.remove(levels.size() - 1);
      max = Math.max(max, level);
      for (Expr child : children(node)) {
        nodes.add(child);
        levels.add(level + 1);
      }
    }
    return max;
  }

  private static List<Expr> children(Expr e) {
    List<Expr> out = new ArrayList<>();
    if (e instanceof Expr.Add a) {
      out.addAll(a.terms());
    } else if (e instanceof Expr.Mul m) {
      out.addAll(m.factors());
    } else if (e instanceof Expr.Neg n) {
      out.add(n.arg());
    } else if (e instanceof Expr.Div d) {
      out.add(d.numerator());
      out.add(d.denominator());
    } else if (e instanceof Expr.Pow p) {
      out.add(p.base());
      out.add(p.exponent());
    } else if (e instanceof Expr.Fn f) {
      out.add(f.arg());
    } else if (e instanceof Expr.Apply a) {
      out.addAll(a.args());
    } else if (e instanceof Expr.Derivative d) {
      out.add(d.body());
      d.vars().forEach(v -> out.add(v.variable()));
    } else if (e instanceof Expr.Integral i) {
      out.add(i.body());
      for (Expr.Integral.Bound b : i.vars()) {
        out.add(b.variable());
        if (b.definite()) {
          out.add(b.lower());
          out.add(b.upper());
        }
      }
    }
    return out;
  }
}
