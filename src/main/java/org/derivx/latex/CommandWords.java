package org.derivx.latex;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.derivx.expr.Func;

/**
 * Command names that tokenisers cut off their backslash, and a letter one drops. Two passes of the
 * normaliser, each one linear scan:
 *
 * <ul>
 *   <li>{@link #joinSplit}: {@code \ frac} → {@code \frac} when the word (two letters or more) is a
 *       command LaTeX knows; {@code x \ y} keeps its control space.
 *   <li>{@link #restore}: a lost backslash ({@code eta { (a) }}) comes back for the words of {@link
 *       #RESTORED}, at the start of the text always, elsewhere only in text that shows other
 *       tokeniser artefacts (else {@code ln} could be a product).
 * </ul>
 *
 * <p>Artefact repair: FLAN-T5's tokeniser drops the {@code p} of {@code psilon}, so &#92;usilon,
 * &#92;esilon and &#92;varesilon (also with a T5 space after the backslash, or with the backslash
 * lost) are read as &#92;upsilon, {@code \epsilon} and {@code \varepsilon}: any word that is no
 * command but becomes a symbol command with {@code psilon} for {@code silon}.
 */
final class CommandWords {
  private CommandWords() {}

  private static final Pattern COMMAND = Pattern.compile("\\\\( *)([A-Za-z]+)");
  private static final Pattern DROPPED_P = Pattern.compile("(?<!p)silon");
  private static final Pattern BARE_WORD =
      Pattern.compile("(?<![A-Za-z\\\\])([A-Za-z]{2,})(?![A-Za-z])");

  /**
   * Words given back their backslash: the commands of the grammar, decorations, and symbol commands
   * of three letters or more. Shorter ones only as they were before the symbol tables grew ({@code
   * mu}, {@code pi}, {@code Re}…): a bare {@code ss}, {@code ae} or {@code Nu} is more likely a
   * product than a lost command.
   */
  static final Set<String> RESTORED = new HashSet<>();

  static {
    RESTORED.addAll(
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
    RESTORED.addAll(Set.of("mu", "nu", "xi", "pi", "Pi", "Xi", "wp", "Re", "Im"));
    RESTORED.addAll(Identifiers.DECORATIONS);
    Identifiers.SYMBOL_COMMANDS.stream().filter(w -> w.length() >= 3).forEach(RESTORED::add);
  }

  /** {@code \ frac} → {@code \frac}, and the dropped-p repair, in one scan. */
  static String joinSplit(String s) {
    if (!s.contains("\\ ") && !DROPPED_P.matcher(s).find()) {
      return s; // the common case: nothing to join or repair
    }
    Matcher m = COMMAND.matcher(s);
    StringBuilder sb = new StringBuilder(s.length());
    while (m.find()) {
      String word = m.group(2);
      String repaired = repairDroppedP(word);
      String name = repaired == null ? word : repaired;
      boolean join = m.group(1).isEmpty() || (word.length() >= 2 && isCommand(name));
      String rep = join ? "\\" + name : m.group(0);
      m.appendReplacement(sb, Matcher.quoteReplacement(rep));
    }
    m.appendTail(sb);
    return sb.toString();
  }

  /** A lost backslash given back (see the class comment); {@code everywhere} in T5 text. */
  static String restore(String s, boolean everywhere) {
    int first = 0; // where the text starts: a word there is "at the start"
    while (first < s.length() && s.charAt(first) <= ' ') { // as trimming does
      first++;
    }
    Matcher m = BARE_WORD.matcher(s);
    StringBuilder sb = new StringBuilder(s.length() + 8);
    while (m.find()) {
      String word = m.group(1);
      String rep = word;
      if (m.start() == first || everywhere) {
        String repaired = repairDroppedP(word);
        if (repaired != null) {
          rep = "\\" + repaired;
        } else if (RESTORED.contains(word)) {
          rep = "\\" + word;
        }
      }
      m.appendReplacement(sb, Matcher.quoteReplacement(rep));
    }
    m.appendTail(sb);
    return sb.toString();
  }

  /**
   * The symbol command {@code word} stands for when FLAN-T5 dropped the {@code p} of {@code psilon}
   * ({@code usilon} → {@code upsilon}), or null.
   */
  static String repairDroppedP(String word) {
    int i = word.indexOf("silon");
    if (i < 0 || isCommand(word)) {
      return null;
    }
    String repaired = word.substring(0, i) + "p" + word.substring(i);
    return Identifiers.isSymbolCommand(repaired) ? repaired : null;
  }

  /** A command LaTeX (as JLaTeXMath defines it) or our grammar knows. */
  private static boolean isCommand(String word) {
    return RESTORED.contains(word)
        || TexCommands.isKnown(word)
        || Func.byCommand(word).isPresent()
        || Identifiers.GRAMMAR_COMMANDS.contains(word);
  }
}
