package org.derivx.inject;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import org.derivx.derivation.Equation;
import org.derivx.latex.Equations;

/**
 * The surface of real model output on a derivation's steps: a T5 tokeniser's spaces inside commands
 * and braces ({@code \ frac { d } { d a }}), {@code \cdot} between a number and what follows,
 * braces dropped around one-character scripts, {@code \left( … \right)}, a final period. A changed
 * step is kept only when it still parses to the same tree, so its label stays true.
 */
final class SurfaceNoise {
  private SurfaceNoise() {}

  /** With probability {@code p}, about half the steps of {@code steps} get one artefact each. */
  static List<String> apply(List<String> steps, double p, SplittableRandom r) {
    if (r.nextDouble() >= p) {
      return steps;
    }
    List<String> out = new ArrayList<>();
    for (String s : steps) {
      out.add(r.nextBoolean() ? keepMeaning(s, noisy(s, r)) : s);
    }
    return out;
  }

  static String noisy(String latex, SplittableRandom r) {
    return switch (r.nextInt(5)) {
      case 0, 1 -> t5(latex);
      case 2 -> latex.replaceAll("(\\d) ([A-Za-z\\\\])", "$1 \\\\cdot $2");
      case 3 -> latex.replaceAll("([\\^_])\\{([A-Za-z0-9])\\}", "$1$2");
      default -> latex.replace("(", "\\left(").replace(")", "\\right)") + ".";
    };
  }

  /** {@code \frac{d}{d a}} as a T5 tokeniser leaves it: {@code \ frac { d } { d a }}. */
  static String t5(String latex) {
    return latex
        .replace("\\", "\\ ")
        .replace("{", " { ")
        .replace("}", " } ")
        .replaceAll(" +", " ")
        .strip();
  }

  private static String keepMeaning(String original, String noisy) {
    Equation a = Equations.parse(original);
    Equation b = Equations.parse(noisy);
    return a.parsed() && b.parsed() && Objects.equals(a.tree(), b.tree()) ? noisy : original;
  }
}
