package org.derivx.synth;

import java.util.SplittableRandom;

/**
 * The surface noise real model output shows, applied to a step's LaTeX: T5-style tokeniser spaces
 * inside commands and braces ({@code \ frac { d } { d a }}), {@code \cdot} between a number and
 * what it multiplies, braces dropped around one-character scripts ({@code x^2}). Our normaliser
 * repairs all three, so the step means the same; the flagger learns to read them.
 */
final class Noise {
  private Noise() {}

  static String apply(String latex, SplittableRandom r) {
    return switch (r.nextInt(3)) {
      case 0 -> t5(latex);
      case 1 -> latex.replaceAll("(\\d) ([A-Za-z\\\\])", "$1 \\\\cdot $2");
      default -> latex.replaceAll("([\\^_])\\{([A-Za-z0-9])\\}", "$1$2");
    };
  }

  /** {@code \frac{d}{d a}} as a T5 tokeniser leaves it: {@code \ frac { d } { d a }}. */
  static String t5(String latex) {
    return latex
        .replace("\\", "\\ ")
        .replace("{", " { ")
        .replace("}", " } ")
        .replaceAll(" +", " ")
        .trim();
  }
}
