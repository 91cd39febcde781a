package org.derivx.synth;

import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.derivx.expr.Expr;
import org.derivx.expr.Expr.Apply;
import org.derivx.expr.Expr.Sym;
import org.derivx.latex.Equations;

/**
 * Physics-style identifiers for generated derivations, as the paper's generator draws them: Latin
 * and Greek letters, hats, bold and subscripted names, and undefined functions. Each is parsed once
 * by our own parser, so a generated tree carries exactly the names the checker will see.
 */
final class Vocabulary {
  private static final List<String> SYMBOLS =
      List.of(
          "x",
          "y",
          "t",
          "a",
          "b",
          "c",
          "k",
          "m",
          "n",
          "r",
          "u",
          "v",
          "E",
          "F",
          "P",
          "T",
          "\\alpha",
          "\\beta",
          "\\gamma",
          "\\theta",
          "\\phi",
          "\\omega",
          "\\lambda",
          "\\mu",
          "\\sigma",
          "\\tau",
          "\\rho",
          "\\epsilon",
          "\\hat{H}",
          "\\mathbf{B}",
          "x_{0}",
          "v_{0}",
          "C_{1}",
          "\\hat{x}",
          "\\varphi",
          "\\nu",
          "\\kappa",
          "\\zeta",
          "\\xi",
          "\\psi_{1}");

  private static final List<String> FUNCTIONS =
      List.of("f", "g", "h", "\\eta", "\\psi", "\\chi", "\\Phi", "\\operatorname{A_{y}}", "Q", "W");

  /** Parsed once: the canonical symbol for each identifier. */
  static final List<Sym> SYMBOL_TREES =
      SYMBOLS.stream().map(s -> (Sym) Equations.parse(s + " = 0").tree().lhs()).toList();

  static final List<String> FUNCTION_NAMES =
      FUNCTIONS.stream()
          .map(f -> ((Apply) Equations.parse(f + "{(x)} = 0").tree().lhs()).name())
          .toList();

  private Vocabulary() {}

  static Sym symbol(SplittableRandom r) {
    return SYMBOL_TREES.get(r.nextInt(SYMBOL_TREES.size()));
  }

  static String function(SplittableRandom r) {
    return FUNCTION_NAMES.get(r.nextInt(FUNCTION_NAMES.size()));
  }

  /** A symbol not in {@code taken}. */
  static Sym freshSymbol(SplittableRandom r, Set<String> taken) {
    for (int i = 0; i < 100; i++) {
      Sym s = symbol(r);
      if (!taken.contains(s.name())) {
        return s;
      }
    }
    throw new IllegalStateException("vocabulary exhausted");
  }

  static Expr apply(String f, Expr... args) {
    return new Apply(f, List.of(args));
  }
}
