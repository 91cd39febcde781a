package org.derivx.latex;

import java.util.Set;

/**
 * Which commands are identifiers, and how identifiers are spelled canonically. One identifier has
 * one name however it was written: {@code P_{e}} and {@code P_e} are {@code P_e}, {@code x'} and
 * {@code x^\prime} are {@code x^{\prime}}, {@code \operatorname{J_{\varepsilon}}} is {@code
 * J_{\varepsilon}}. Names are case-sensitive.
 */
public final class Identifiers {
  private Identifiers() {}

  /** Commands that stand for a symbol on their own (Greek letters and a few physics symbols). */
  public static final Set<String> SYMBOL_COMMANDS =
      Set.of(
          "alpha",
          "beta",
          "gamma",
          "delta",
          "epsilon",
          "varepsilon",
          "zeta",
          "eta",
          "theta",
          "vartheta",
          "iota",
          "kappa",
          "varkappa",
          "lambda",
          "mu",
          "nu",
          "xi",
          "omicron",
          "pi",
          "varpi",
          "rho",
          "varrho",
          "sigma",
          "varsigma",
          "tau",
          "upsilon",
          "phi",
          "varphi",
          "chi",
          "psi",
          "omega",
          "Gamma",
          "Delta",
          "Theta",
          "Lambda",
          "Xi",
          "Pi",
          "Sigma",
          "Upsilon",
          "Phi",
          "Psi",
          "Omega",
          "hbar",
          "nabla",
          "ell",
          "aleph",
          "wp",
          "Re",
          "Im");

  /** Commands that decorate one identifier argument: {@code \hat{x}}, {@code \mathbf{E}}. */
  public static final Set<String> DECORATIONS =
      Set.of(
          "hat",
          "tilde",
          "bar",
          "dot",
          "ddot",
          "vec",
          "check",
          "breve",
          "acute",
          "grave",
          "overline",
          "underline",
          "widehat",
          "widetilde",
          "mathbf",
          "mathbb",
          "mathcal",
          "mathrm",
          "mathit",
          "mathsf",
          "mathfrak",
          "mathscr",
          "boldsymbol",
          "bm");

  /** Superscripts that are part of a name rather than a power. */
  static String superscriptDecoration(String canonicalContent) {
    return switch (canonicalContent) {
      case "\\prime", "'" -> "\\prime";
      case "\\prime\\prime", "''" -> "\\prime\\prime";
      case "*", "\\ast", "\\star" -> "*";
      case "\\dagger" -> "\\dagger";
      case "\\ddagger" -> "\\ddagger";
      default -> null;
    };
  }

  /** {@code x} + {@code 0} → {@code x_0}; longer scripts keep braces: {@code P_{ab}}. */
  static String script(String base, char mark, String content) {
    if (content.length() == 1 && Character.isLetterOrDigit(content.charAt(0))) {
      return base + mark + content;
    }
    return base + mark + "{" + content + "}";
  }

  /** True if {@code name} is the canonical spelling of a plain single letter or command. */
  public static boolean isSimple(String name) {
    return name.length() == 1 || (name.startsWith("\\") && name.indexOf('{') < 0);
  }
}
