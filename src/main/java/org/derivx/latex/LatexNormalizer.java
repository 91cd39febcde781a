package org.derivx.latex;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * Repairs what models and tokenisers do to LaTeX before it is parsed: T5-style spaces inside
 * commands and braces ({@code \ frac { d } { d a }}), a backslash lost on the first token ({@code
 * eta { (a) }}), sizing commands ({@code \left}), spacing commands ({@code \,}), {@code
 * \displaystyle}, stray {@code $}, trailing punctuation, a few Unicode characters, and FLAN-T5's
 * dropped p of psilon (split and lost backslashes and that artefact: {@link CommandWords}). The
 * output is still LaTeX (it renders as the input did) with single spaces only where they separate
 * tokens. Idempotent: normalising twice changes nothing.
 */
public final class LatexNormalizer {
  private LatexNormalizer() {}

  private static final Map<Character, String> UNICODE =
      Map.ofEntries(
          Map.entry('\u2212', "-"), // minus sign
          Map.entry('\u00d7', " \\cdot "),
          Map.entry('\u00b7', " \\cdot "),
          Map.entry('\u22c5', " \\cdot "),
          Map.entry('\u2202', "\\partial "),
          Map.entry('\u222b', "\\int "),
          Map.entry('\u221e', "\\infty "),
          Map.entry('\u03b1', "\\alpha "),
          Map.entry('\u03b2', "\\beta "),
          Map.entry('\u03b3', "\\gamma "),
          Map.entry('\u03b4', "\\delta "),
          Map.entry('\u03b5', "\\epsilon "),
          Map.entry('\u03b8', "\\theta "),
          Map.entry('\u03bb', "\\lambda "),
          Map.entry('\u03bc', "\\mu "),
          Map.entry('\u03c0', "\\pi "),
          Map.entry('\u03c1', "\\rho "),
          Map.entry('\u03c3', "\\sigma "),
          Map.entry('\u03c4', "\\tau "),
          Map.entry('\u03c6', "\\phi "),
          Map.entry('\u03c8', "\\psi "),
          Map.entry('\u03c9', "\\omega "),
          Map.entry('\u00a0', " "));

  // compiled once: normalize() runs for every equation read
  private static final Pattern SMALL_FRAC = Pattern.compile("\\\\[dt]frac(?![A-Za-z])");
  private static final Pattern LN = Pattern.compile("\\\\ln(?![A-Za-z])");
  private static final Pattern TIMES = Pattern.compile("\\\\times(?![A-Za-z])");
  // an escaped space and any spaces after it (they would collapse into a new escaped space)
  private static final Pattern ESCAPED_SPACE = Pattern.compile("\\\\\\s+(?=\\S)");
  private static final Pattern SPLIT_COMMAND = Pattern.compile("\\\\ +([A-Za-z]+)");
  private static final Pattern SIZING =
      Pattern.compile(
          "\\\\(?:left|right|bigl|bigr|Bigl|Bigr|biggl|biggr|Biggl|Biggr|big|Big|bigg|Bigg)(?![A-Za-z])\\s*\\.?");
  // invisible commands; \nonumber and \notag would otherwise be unknown commands, read as a factor
  private static final Pattern DROPPED =
      Pattern.compile(
          "\\\\(?:displaystyle|textstyle|scriptstyle|limits|nolimits|nonumber|notag)(?![A-Za-z])");
  private static final Pattern SPACING =
      Pattern.compile("\\\\[,;:!>]|\\\\(?:quad|qquad|thinspace|medspace|thickspace)(?![A-Za-z])|~");
  private static final Pattern UPRIGHT_D =
      Pattern.compile("\\\\(?:mathrm|text|operatorname|mathit)\\{\\s*d\\s*\\}");

  /**
   * Whether any of a block of replacements applies: if none matches the text, each leaves it as it
   * is, so the block can be skipped after this one scan.
   */
  private static final Pattern REMOVALS = anyOf(SIZING, DROPPED, SPACING, UPRIGHT_D, ESCAPED_SPACE);

  private static final Pattern REWRITES = anyOf(SIZING, DROPPED, SMALL_FRAC, LN, TIMES);

  private static Pattern anyOf(Pattern... ps) {
    StringBuilder sb = new StringBuilder();
    for (Pattern p : ps) {
      sb.append(sb.length() == 0 ? "" : "|").append("(?:").append(p.pattern()).append(')');
    }
    return Pattern.compile(sb.toString());
  }

  /**
   * The normalised form of {@code raw}. Every pass is linear in the length of the text (a fixed
   * number of scans, no rescanning loops), so even text far over the parser's length limit is
   * normalised in linear time; {@link Equations#parse} refuses such text before normalising.
   */
  public static String normalize(String raw) {
    // One pass can leave work for the next (a removal exposing a bare command word, a restored word
    // that is a dropped command); passes repeat until nothing changes, at most PASSES times, so the
    // result is normal and the cost stays linear. Fuzzing found each such case.
    String s = pass(raw);
    for (int i = 1; i < PASSES; i++) {
      String next = pass(s);
      if (next.equals(s)) {
        break;
      }
      s = next;
    }
    return s;
  }

  private static final int PASSES = 4;

  private static String pass(String raw) {
    String s = mapCharacters(raw);
    boolean t5 = SPLIT_COMMAND.matcher(s).find() || s.contains(" { ") || s.contains(" } ");
    // Everything that removes text runs before bare command words are restored (a removal can leave
    // a word at the start: \:frac, $eta, a line break before omicron), and everything that rewrites
    // commands runs after (a restored \ln must still become \log): normalising twice changes
    // nothing.
    s = s.replace("$", " ").replace("\\\\", " ").replace("&", " ");
    s = CommandWords.joinSplit(s);
    if (REMOVALS.matcher(s).find()) { // one scan instead of five when none applies
      s = SIZING.matcher(s).replaceAll(" ");
      s = DROPPED.matcher(s).replaceAll(" ");
      s = SPACING.matcher(s).replaceAll(" ");
      s = UPRIGHT_D.matcher(s).replaceAll("d");
      s = ESCAPED_SPACE.matcher(s).replaceAll(" ");
    }
    s = CommandWords.restore(s, t5);
    // a restored word may be one of the dropped commands (a bare "left" is \left): drop it now
    if (REWRITES.matcher(s).find()) {
      s = SIZING.matcher(s).replaceAll(" ");
      s = DROPPED.matcher(s).replaceAll(" ");
      s = SMALL_FRAC.matcher(s).replaceAll("\\\\frac");
      s = LN.matcher(s).replaceAll("\\\\log");
      s = TIMES.matcher(s).replaceAll("\\\\cdot");
    }
    return dropUnmatchedTrailingClosers(tidySpaces(s));
  }

  /** Unicode symbols to their commands, and tabs and line breaks to spaces, in one pass. */
  private static String mapCharacters(String raw) {
    StringBuilder sb = null;
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      String rep = c == '\t' || c == '\n' || c == '\r' ? " " : c < 128 ? null : UNICODE.get(c);
      if (rep != null && sb == null) {
        sb = new StringBuilder(raw.length() + 16).append(raw, 0, i);
      }
      if (sb != null) {
        if (rep != null) {
          sb.append(rep);
        } else {
          sb.append(c);
        }
      }
    }
    return sb == null ? raw : sb.toString();
  }

  /**
   * Models often end an equation with one {@code }} or {@code )} too many. Drop closers at the very
   * end that match no opener anywhere, and the punctuation they leave at the end (so normalising
   * twice changes nothing); an unbalanced closer elsewhere is left for the parser to report.
   */
  static String dropUnmatchedTrailingClosers(String s) {
    // closers preceded by a backslash (\}) are not counted, as openers are not
    long braces = count(s, '{') - count(s, '}');
    long parens = count(s, '(') - count(s, ')');
    int end = s.length();
    while (end > 0) {
      char last = s.charAt(end - 1);
      boolean escaped = end >= 2 && s.charAt(end - 2) == '\\';
      if (last == '}' && !escaped && braces < 0) {
        braces++;
      } else if (last == ')' && parens < 0) {
        parens += escaped ? 0 : 1;
      } else if (".,;:".indexOf(last) >= 0 && !(escaped && ",;".indexOf(last) >= 0)) {
        // punctuation a dropped closer left at the end (\, and \; are spacing commands)
      } else {
        break;
      }
      end--;
      while (end > 0 && s.charAt(end - 1) <= ' ') { // as String.trim and tidySpaces
        end--;
      }
    }
    return s.substring(0, end);
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

  /** The characters of the regex class {@code \\s}, which the spaces collapse. */
  private static boolean regexSpace(char c) {
    return c == ' ' || (c >= '\t' && c <= '\r');
  }

  /**
   * Trimmed, every run of whitespace one space, and a space dropped next to {@code { [ ^ _ ,},
   * after {@code (} and before {@code } ] )}: one linear scan (it was four regex replacements, the
   * normaliser's largest cost; {@code NormalizerSpacesTest} holds it to them).
   */
  static String tidySpacing(String s) {
    String trimmed = s.trim();
    StringBuilder out = new StringBuilder(trimmed.length());
    int n = trimmed.length();
    int i = 0;
    while (i < n) {
      char c = trimmed.charAt(i);
      if (!regexSpace(c)) {
        out.append(c);
        i++;
        continue;
      }
      while (i < n && regexSpace(trimmed.charAt(i))) {
        i++;
      }
      // trimmed: a run inside the text, so there is a character on either side
      char before = out.length() == 0 ? 'x' : out.charAt(out.length() - 1);
      char after = i < n ? trimmed.charAt(i) : 'x';
      if ("{[^_,(".indexOf(before) < 0 && "{[^_,}])".indexOf(after) < 0) {
        out.append(' ');
      }
    }
    return out.toString();
  }

  /**
   * Single spaces, none just inside braces, brackets or parentheses nor around {@code ^ _ ,} and
   * before {@code {}, and no trailing punctuation. Spaces before '(' are kept: they tell {@code x
   * (a+b)} from {@code f(x)}.
   */
  static String tidySpaces(String s) {
    String t = tidySpacing(s);
    int end = t.length();
    while (end > 0 && ".,;:".indexOf(t.charAt(end - 1)) >= 0) {
      if (end >= 2 && t.charAt(end - 2) == '\\' && ",;".indexOf(t.charAt(end - 1)) >= 0) {
        break; // \, and \; are spacing commands, not punctuation
      }
      end--;
      while (end > 0 && t.charAt(end - 1) <= ' ') { // as String.trim
        end--;
      }
    }
    return t.substring(0, end);
  }
}
