package org.derivx.latex;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The normaliser as it was before it was made linear (issue 17.5), kept only to show that the
 * linear one gives the same output on real inputs. Do not use outside tests.
 *
 * <p>Repairs what models and tokenisers do to LaTeX before it is parsed: T5-style spaces inside
 * commands and braces ({@code \ frac { d } { d a }}), a backslash lost on the first token ({@code
 * eta { (a) }}), sizing commands ({@code \left}), spacing commands ({@code \,}), {@code
 * \displaystyle}, stray {@code $}, trailing punctuation, and a few Unicode characters. The output
 * is still LaTeX (it renders as the input did) with single spaces only where they separate tokens.
 * Idempotent: normalising twice changes nothing.
 */
final class LegacyLatexNormalizer {
  private LegacyLatexNormalizer() {}

  /** Command words a tokeniser may have split from their backslash. */
  static final Set<String> COMMAND_WORDS = new HashSet<>();

  static {
    // the identifier commands and decorations as they were before the symbol tables
    COMMAND_WORDS.addAll(
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
            "Im"));
    COMMAND_WORDS.addAll(
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
            "bm"));
    COMMAND_WORDS.addAll(
        Set.of(
            "frac",
            "dfrac",
            "tfrac",
            "sqrt",
            "int",
            "iint",
            "iiint",
            "oint",
            "partial",
            "infty",
            "operatorname",
            "sin",
            "cos",
            "tan",
            "cot",
            "sec",
            "csc",
            "arcsin",
            "arccos",
            "arctan",
            "sinh",
            "cosh",
            "tanh",
            "log",
            "ln",
            "exp",
            "cdot",
            "times",
            "left",
            "right",
            "prime",
            "dagger",
            "ast",
            "displaystyle",
            "pm",
            "mp"));
  }

  private static final Map<String, String> UNICODE =
      Map.ofEntries(
          Map.entry("\u2212", "-"), // minus sign
          Map.entry("\u00d7", " \\cdot "),
          Map.entry("\u00b7", " \\cdot "),
          Map.entry("\u22c5", " \\cdot "),
          Map.entry("\u2202", "\\partial "),
          Map.entry("\u222b", "\\int "),
          Map.entry("\u221e", "\\infty "),
          Map.entry("\u03b1", "\\alpha "),
          Map.entry("\u03b2", "\\beta "),
          Map.entry("\u03b3", "\\gamma "),
          Map.entry("\u03b4", "\\delta "),
          Map.entry("\u03b5", "\\epsilon "),
          Map.entry("\u03b8", "\\theta "),
          Map.entry("\u03bb", "\\lambda "),
          Map.entry("\u03bc", "\\mu "),
          Map.entry("\u03c0", "\\pi "),
          Map.entry("\u03c1", "\\rho "),
          Map.entry("\u03c3", "\\sigma "),
          Map.entry("\u03c4", "\\tau "),
          Map.entry("\u03c6", "\\phi "),
          Map.entry("\u03c8", "\\psi "),
          Map.entry("\u03c9", "\\omega "),
          Map.entry("\u00a0", " "));

  // compiled once: normalize() runs for every equation read
  private static final Pattern SMALL_FRAC = Pattern.compile("\\\\[dt]frac(?![A-Za-z])");
  private static final Pattern LN = Pattern.compile("\\\\ln(?![A-Za-z])");
  private static final Pattern TIMES = Pattern.compile("\\\\times(?![A-Za-z])");
  private static final Pattern ESCAPED_SPACE = Pattern.compile("\\\\ (?=\\S)");
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  private static final Pattern SPACE_AROUND_OPENER = Pattern.compile(" ?([{\\[^_,]) ?");
  private static final Pattern SPACE_AFTER_PAREN = Pattern.compile("\\( ");
  private static final Pattern SPACE_BEFORE_CLOSER = Pattern.compile(" ([}\\])])");
  private static final Pattern SPLIT_COMMAND = Pattern.compile("\\\\ +([A-Za-z]+)");
  private static final Pattern BARE_WORD =
      Pattern.compile("(?<![A-Za-z\\\\])([A-Za-z]{2,})(?![A-Za-z])");
  private static final Pattern SIZING =
      Pattern.compile(
          "\\\\(?:left|right|bigl|bigr|Bigl|Bigr|biggl|biggr|Biggl|Biggr|big|Big|bigg|Bigg)(?![A-Za-z])\\s*\\.?");
  private static final Pattern DROPPED =
      Pattern.compile("\\\\(?:displaystyle|textstyle|scriptstyle|limits|nolimits)(?![A-Za-z])");
  private static final Pattern SPACING =
      Pattern.compile("\\\\[,;:!>]|\\\\(?:quad|qquad|thinspace|medspace|thickspace)(?![A-Za-z])|~");
  private static final Pattern UPRIGHT_D =
      Pattern.compile("\\\\(?:mathrm|text|operatorname|mathit)\\{\\s*d\\s*\\}");

  public static String normalize(String raw) {
    String s = raw;
    if (!s.chars().allMatch(c -> c < 128)) {
      for (Map.Entry<String, String> e : UNICODE.entrySet()) {
        s = s.replace(e.getKey(), e.getValue());
      }
    }
    s = s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    boolean t5 = SPLIT_COMMAND.matcher(s).find() || s.contains(" { ") || s.contains(" } ");
    s = joinSplitCommands(s);
    s = restoreBackslashes(s, t5);
    s = s.replace("$", " ").replace("\\\\", " ").replace("&", " ");
    s = SIZING.matcher(s).replaceAll(" ");
    s = DROPPED.matcher(s).replaceAll(" ");
    s = SPACING.matcher(s).replaceAll(" ");
    s = UPRIGHT_D.matcher(s).replaceAll("d");
    s = SMALL_FRAC.matcher(s).replaceAll("\\\\frac");
    s = LN.matcher(s).replaceAll("\\\\log");
    s = TIMES.matcher(s).replaceAll("\\\\cdot");
    s = ESCAPED_SPACE.matcher(s).replaceAll(" ");
    return dropUnmatchedTrailingClosers(tidySpaces(s));
  }

  /** {@code \ frac} → {@code \frac} when the word is a command we know; else the space stays. */
  private static String joinSplitCommands(String s) {
    Matcher m = SPLIT_COMMAND.matcher(s);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      String word = m.group(1);
      String rep = COMMAND_WORDS.contains(word) ? "\\\\" + word : m.group(0).replace("\\", "\\\\");
      m.appendReplacement(sb, rep);
    }
    m.appendTail(sb);
    return sb.toString();
  }

  /**
   * A T5 tokeniser loses the backslash of the first token ({@code eta { (a) }}) and sometimes of
   * others. A whole word that is a known command gets it back: at the start always, elsewhere only
   * in text that shows other tokeniser artefacts (else {@code ln} could be a product).
   */
  private static String restoreBackslashes(String s, boolean everywhere) {
    Matcher m = BARE_WORD.matcher(s);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      String word = m.group(1);
      boolean atStart = s.substring(0, m.start()).isBlank();
      boolean restore = COMMAND_WORDS.contains(word) && (atStart || everywhere);
      m.appendReplacement(sb, restore ? "\\\\" + word : word);
    }
    m.appendTail(sb);
    return sb.toString();
  }

  /**
   * Models often end an equation with one {@code }} or {@code )} too many. Drop closers at the very
   * end that match no opener anywhere; an unbalanced closer elsewhere is left for the parser to
   * report.
   */
  static String dropUnmatchedTrailingClosers(String s) {
    String t = s;
    while (!t.isEmpty()) {
      char last = t.charAt(t.length() - 1);
      char open = last == '}' ? '{' : last == ')' ? '(' : 0;
      if (open == 0 || t.endsWith("\\}") || count(t, open) >= count(t, last)) {
        return t;
      }
      t = t.substring(0, t.length() - 1).stripTrailing();
    }
    return t;
  }

  private static long count(String s, char c) {
    long n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) == c && (i == 0 || s.charAt(i - 1) != '\\')) {
        n++;
      }
    }
    return n;
  }

  /**
   * Single spaces, none just inside braces, brackets or parentheses nor around {@code ^ _ ,} and
   * before {@code {}, and no trailing punctuation. Spaces before '(' are kept: they tell {@code x
   * (a+b)} from {@code f(x)}.
   */
  private static String tidySpaces(String s) {
    String t = WHITESPACE.matcher(s.trim()).replaceAll(" ");
    t = SPACE_AROUND_OPENER.matcher(t).replaceAll("$1");
    t = SPACE_AFTER_PAREN.matcher(t).replaceAll("(");
    t = SPACE_BEFORE_CLOSER.matcher(t).replaceAll("$1");
    while (!t.isEmpty()
        && ".,;:".indexOf(t.charAt(t.length() - 1)) >= 0
        && !t.endsWith("\\,")
        && !t.endsWith("\\;")) {
      t = t.substring(0, t.length() - 1).trim();
    }
    return t;
  }
}
