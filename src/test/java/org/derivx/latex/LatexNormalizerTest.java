package org.derivx.latex;

import static org.assertj.core.api.Assertions.assertThat;

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
}
