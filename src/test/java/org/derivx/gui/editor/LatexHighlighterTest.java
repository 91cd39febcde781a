package org.derivx.gui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.fxmisc.richtext.model.StyleSpan;
import org.fxmisc.richtext.model.StyleSpans;
import org.junit.jupiter.api.Test;

class LatexHighlighterTest {
  /** "text|class" per span, classes joined. */
  private static List<String> spans(String text) {
    StyleSpans<Collection<String>> s = LatexHighlighter.spans(text);
    List<String> out = new ArrayList<>();
    int at = 0;
    for (StyleSpan<Collection<String>> span : s) {
      String part = text.substring(at, at + span.getLength());
      at += span.getLength();
      if (!part.isEmpty()) {
        out.add(part + "|" + String.join(",", span.getStyle()));
      }
    }
    return out;
  }

  @Test
  void coloursCommandsBracesScriptsNumbersAndTheRelation() {
    assertThat(spans("\\frac{d}{dx} f^{2} = 3.5 x_1"))
        .containsExactly(
            "\\frac|latex-command",
            "{|latex-brace",
            "d|",
            "}{|latex-brace", // equal neighbours merge into one span
            "dx|",
            "}|latex-brace",
            " f|",
            "^|latex-script",
            "{|latex-brace",
            "2|latex-number",
            "}|latex-brace",
            " |",
            "=|latex-relation",
            " |",
            "3.5|latex-number",
            " x|",
            "_|latex-script",
            "1|latex-number");
  }

  @Test
  void spansCoverTheWholeTextEvenWhenItEndsInACommand() {
    for (String t : List.of("", "x", "\\", "\\alpha", "a \\, b", "{{{")) {
      assertThat(LatexHighlighter.spans(t).length()).isEqualTo(t.length());
    }
  }
}
