package org.derivx.flagger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.derivx.latex.LatexNormalizer;
import org.junit.jupiter.api.Test;

class LatexTokensTest {
  @Test
  void structureStaysIdentifiersBecomePlaceholders() {
    Map<String, String> names = new HashMap<>();
    assertThat(LatexTokens.of("\\frac{d}{d x} f{(x)} = 2 x", names))
        .containsExactly(
            "\\frac", "{", "d", "}", "{", "d", "<v1>", "}", "<v2>", "{", "(", "<v1>", ")", "}", "=",
            "2", "<v1>");
    // the same map carries the names through the derivation
    assertThat(LatexTokens.of("\\int \\hat{H} e^{\\alpha} d\\alpha = x_{0}", names))
        .containsExactly(
            "\\int", "<v3>", "e", "^", "{", "<v4>", "}", "d", "<v4>", "=", "<v1>", "_", "{", "0",
            "}");
  }

  @Test
  void aRenamedDerivationReadsTheSame() {
    List<String> a = LatexTokens.of("\\eta{(a)} = e^{a} \\sin{(b)}", new HashMap<>());
    List<String> b =
        LatexTokens.of("\\psi{(\\mu)} = e^{\\mu} \\sin{(\\mathbf{B})}", new HashMap<>());
    assertThat(b).isEqualTo(a);
  }

  @Test
  void neverThrowsOnBrokenOrForeignInput() {
    for (String s : List.of("", "\\", "\\frac{", "x ∈ ℝ", "\\hat{", "}}}{{", "\\ frac { d }")) {
      assertThat(LatexTokens.of(LatexNormalizer.normalize(s), new HashMap<>())).isNotNull();
      assertThat(LatexTokens.of(s, new HashMap<>())).isNotNull();
    }
    assertThat(LatexTokens.of("x ∈ y", new HashMap<>())).containsExactly("<v1>", "?", "<v2>");
  }

  @Test
  void manyNamesShareTheLastPlaceholder() {
    Map<String, String> names = new HashMap<>();
    List<String> t = LatexTokens.of("a b c f g h i j k l m n o p q r s t u v w x y z A B C", names);
    assertThat(t).contains("<v24>", "<v>").doesNotContain("<v25>");
  }
}
