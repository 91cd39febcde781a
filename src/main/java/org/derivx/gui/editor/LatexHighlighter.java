package org.derivx.gui.editor;

import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/**
 * LaTeX syntax colouring for the source editor: commands, braces, scripts, numbers and the relation
 * sign, as style classes ({@code latex-command}, …) the stylesheets colour per theme.
 */
public final class LatexHighlighter {
  private static final Pattern TOKENS =
      Pattern.compile(
          "(?<command>\\\\(?:[A-Za-z]+|.))"
              + "|(?<brace>[{}])"
              + "|(?<paren>[()\\[\\]])"
              + "|(?<script>[\\^_])"
              + "|(?<number>\\d+(?:\\.\\d+)?)"
              + "|(?<relation>=)");

  private static final List<String> GROUPS =
      List.of("command", "brace", "paren", "script", "number", "relation");

  private LatexHighlighter() {}

  public static StyleSpans<Collection<String>> spans(String text) {
    Matcher m = TOKENS.matcher(text);
    StyleSpansBuilder<Collection<String>> b = new StyleSpansBuilder<>();
    int last = 0;
    while (m.find()) {
      String group = GROUPS.stream().filter(g -> m.group(g) != null).findFirst().orElseThrow();
      b.add(List.of(), m.start() - last);
      b.add(List.of("latex-" + group), m.end() - m.start());
      last = m.end();
    }
    b.add(List.of(), text.length() - last);
    return b.create();
  }
}
