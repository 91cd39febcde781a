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

  /**
   * Commands that stand for a symbol on their own: every argument-less command JLaTeXMath draws as
   * one letter (Greek and Hebrew letters with their variants, {@code \ell}, {@code \hbar}, {@code
   * \wp}, {@code \mho}, {@code \eth}, {@code \digamma}, {@code \Alpha}, …; see {@link TexCommands}
   * for how the list is derived), and {@code \nabla}, a variable's name in the paper's data.
   */
  public static final Set<String> SYMBOL_COMMANDS = TexCommands.identifiers();

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

  /** True if {@code \name} is one identifier by itself. */
  static boolean isSymbolCommand(String name) {
    return SYMBOL_COMMANDS.contains(name);
  }

  /**
   * True if {@code \name} is a command neither the grammar nor JLaTeXMath knows ({@code \foo},
   * {@code \h}). Without an argument it is read as one identifier, named and printed {@code \name}:
   * never as a product of its letters. With an argument it is a parse error that names it.
   */
  static boolean isUnknownCommand(String name) {
    return !name.isEmpty()
        && Lexer.isAsciiLetter(name.charAt(0))
        && !TexCommands.isKnown(name)
        && !DECORATIONS.contains(name)
        && !GRAMMAR_COMMANDS.contains(name);
  }

  /**
   * Commands the grammar or the normaliser reads that JLaTeXMath does not define on their own (it
   * knows all the others, which the tests check), so they are never taken for unknown ones.
   */
  static final Set<String> GRAMMAR_COMMANDS = Set.of("bm", "right");

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
