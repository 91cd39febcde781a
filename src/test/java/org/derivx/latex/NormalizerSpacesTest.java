package org.derivx.latex;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The normaliser's one-scan spacing does what the four regex replacements it replaced did: on
 * examples, and on random text made of the characters they treat specially (a fixed seed).
 */
class NormalizerSpacesTest {
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  private static final Pattern SPACE_AROUND_OPENER = Pattern.compile(" ?([{\\[^_,]) ?");
  private static final Pattern SPACE_AFTER_PAREN = Pattern.compile("\\( ");
  private static final Pattern SPACE_BEFORE_CLOSER = Pattern.compile(" ([}\\])])");

  /** The replacements as they were. */
  private static String reference(String s) {
    String t = WHITESPACE.matcher(s.trim()).replaceAll(" ");
    t = SPACE_AROUND_OPENER.matcher(t).replaceAll("$1");
    t = SPACE_AFTER_PAREN.matcher(t).replaceAll("(");
    return SPACE_BEFORE_CLOSER.matcher(t).replaceAll("$1");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "\"  x ^ { 2 }  +  y _ 0 \" | x^{2} + y_0",
        "\"f ( x , y )\" | f (x,y)",
        "\"a ( b ) c\" | a (b) c",
        "\"\\frac { d } { d x }\" | \\frac{d}{d x}",
        "\"[ a ]\" | [a]",
        "\"a\t\n b\" | a b",
      })
  void examples(String in, String out) {
    assertThat(LatexNormalizer.tidySpacing(in)).isEqualTo(out).isEqualTo(reference(in));
  }

  @Property(tries = 3000, seed = "20261201")
  void sameAsTheRegexReplacements(@ForAll("texts") String s) {
    assertThat(LatexNormalizer.tidySpacing(s)).isEqualTo(reference(s));
  }

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.strings()
        .withChars(" \t\n\r\u000b\f\u0001{}[]()^_,ax\\.")
        .ofMinLength(0)
        .ofMaxLength(24);
  }
}
