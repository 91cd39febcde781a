package org.derivx.latex;

import static org.assertj.core.api.Assertions.assertThat;

import org.derivx.derivation.Equation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LatexNormalizerTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "eta { (a) } = e ^ { a }|\\eta{(a)} = e^{a}",
        "\\ frac { d } { d a } \\ eta { (a) }|\\frac{d}{d a} \\eta{(a)}",
        "\\left( x \\right) = \\left. y \\right|(x) = y",
        "\\displaystyle x = y|x = y",
        "x = y \\nonumber|x = y",
        "x = y \\notag \\\\|x = y",
        "$x = y$.|x = y",
        "x = y;|x = y",
        "x\\,y = x\\!y|x y = x y",
        "x \\times y = x\\cdot y|x \\cdot y = x\\cdot y",
        "\\dfrac{a}{b} = \\tfrac{a}{b}|\\frac{a}{b} = \\frac{a}{b}",
        "\\ln{(x)} = \\mathrm{d}x|\\log{(x)} = dx",
        "x (a + b) = f(x)|x (a + b) = f(x)",
        "f{( a , b )} = 1|f{(a,b)} = 1",
        "x = y}|x = y",
        "\\frac{a}{b}} = c)|\\frac{a}{b}} = c",
        "\\{ x \\}|\\{x \\}",
        // no tokeniser artefacts: a bare word in the middle is not a lost command
        "x = \\alpha ln|x = \\alpha ln",
        "x \\ y|x y",
        // symbol commands split or stripped by a tokeniser
        "\\ digamma { (a) } = \\ beth|\\digamma{(a)} = \\beth",
        "digamma { (a) } = 1|\\digamma{(a)} = 1",
        "\\ mho { (a) } = eth { (a) }|\\mho{(a)} = \\eth{(a)}",
        "x \\ leq y|x \\leq y",
        // two-letter words that were never commands stay products
        "ss = 1|ss = 1",
        "Nu = ae + ss|Nu = ae + ss",
        // FLAN-T5 drops the p of psilon
        "\\usilon = \\esilon + \\varesilon|\\upsilon = \\epsilon + \\varepsilon",
        "\\ usilon { (a) } = \\ Usilon|\\upsilon{(a)} = \\Upsilon",
        "usilon { (a) } = 1|\\upsilon{(a)} = 1",
        "\\silon = \\backesilon|\\silon = \\backepsilon",
      })
  void repairs(String raw, String expected) {
    assertThat(LatexNormalizer.normalize(raw)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "eta { (a) } = e ^ { a } and \\ frac { d } { d a } \\ eta { (a) }",
        "\\left( x \\cdot y \\right) = \\displaystyle \\frac{1}{2} x\\,y $",
        "  x   =   y  ..",
      })
  void isIdempotent(String raw) {
    String once = LatexNormalizer.normalize(raw);
    assertThat(LatexNormalizer.normalize(once)).isEqualTo(once);
  }

  /**
   * Issue 17.5: the reproducers (200 KB of trailing ')' took 53 s, 600 KB of "ab ab …" 32 s and 1.9
   * GB) and their kin, run: linear passes finish them at once.
   */
  @Test
  void hostileSizesAreNormalisedInLinearPasses() {
    assertThat(LatexNormalizer.normalize("x = y" + ")".repeat(200_000))).isEqualTo("x = y");
    assertThat(LatexNormalizer.normalize("x = y" + " }".repeat(100_000))).isEqualTo("x = y");
    String words = "ab ".repeat(200_000).strip();
    assertThat(LatexNormalizer.normalize(words)).isEqualTo(words);
    String t5 = "\\ frac { d } { d a } eta { (a) } ".repeat(10_000);
    assertThat(LatexNormalizer.normalize(t5)).startsWith("\\frac{d}{d a} \\eta{(a)} \\frac");
    assertThat(LatexNormalizer.normalize("x = y" + " . ;".repeat(100_000))).isEqualTo("x = y");
    assertThat(LatexNormalizer.normalize("\u03b1\t".repeat(100_000)).length())
        .isEqualTo("\\alpha".length() * 100_000 + 99_999);
  }

  @Test
  void theLengthLimitComesFirst() {
    Equation e = Equations.parse("x = y" + ")".repeat(200_000));
    assertThat(e.parsed()).isFalse();
    assertThat(e.error().message()).isEqualTo("formula longer than 20000 characters");
    assertThat(e.normalized()).isEmpty();
    Equation words = Equations.parse("ab ".repeat(200_000));
    assertThat(words.error().message()).isEqualTo("formula longer than 20000 characters");
    assertThat(Equations.parse("x = y" + ")".repeat(19_000)).parsed()).isTrue();
  }

  @Test
  void normalisingTwiceChangesNothingOnWhatFuzzingFound() {
    // found by fuzzing: the first pass left the bare word, the second restored its backslash
    String once = LatexNormalizer.normalize("\\\\omicron{(\\xi)} = \\xi");
    assertThat(LatexNormalizer.normalize(once)).isEqualTo(once);
    assertThat(once).isEqualTo(" \\omicron{(\\xi)} = \\xi".strip());
    String dollar = LatexNormalizer.normalize("$eta = 1$");
    assertThat(LatexNormalizer.normalize(dollar)).isEqualTo(dollar).isEqualTo("\\eta = 1");
    // and a closer dropped before a comma (the comma went on the second pass)
    String comma = LatexNormalizer.normalize("{d})} = \\iog{(C_varepsilon,}}");
    assertThat(LatexNormalizer.normalize(comma)).isEqualTo(comma).endsWith("C_varepsilon");
    // and control characters before a dropped closer (they were left as a trailing space)
    String control = LatexNormalizer.normalize("f{(x)} = (x + 1)^\u0000\u0014}");
    assertThat(LatexNormalizer.normalize(control)).isEqualTo(control).endsWith("^");
    // and an escaped space followed by more spaces (they collapsed into a new escaped space)
    String escaped = LatexNormalizer.normalize("a\\  -b = c");
    assertThat(LatexNormalizer.normalize(escaped)).isEqualTo(escaped).isEqualTo("a -b = c");
    // and a spacing command before a bare command word (removed after words were restored)
    String spacing = LatexNormalizer.normalize("\\:frac{d}{d x} f = 1");
    assertThat(LatexNormalizer.normalize(spacing)).isEqualTo(spacing).startsWith("\\frac");
  }
}
