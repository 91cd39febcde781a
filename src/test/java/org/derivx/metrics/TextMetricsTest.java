package org.derivx.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import org.derivx.testing.SharedData;
import org.junit.jupiter.api.Test;

class TextMetricsTest {
  @Test
  void tokenisersFollowThePaperScripts() {
    assertThat(TextMetrics.rougeTokens("\\frac{d}{d a} \\eta{(a)} = e^{a}"))
        .containsExactly("frac", "d", "d", "a", "eta", "a", "e", "a");
    assertThat(TextMetrics.tokens13a("\\frac{d}{d a} x = 2.5, y"))
        .containsExactly(
            "\\", "frac", "{", "d", "}", "{", "d", "a", "}", "x", "=", "2.5", ",", "y");
  }

  @Test
  void handComputedScores() {
    // reference "a b c d", generation "a b c e": bigrams ab bc cd / ab bc ce → P = R = 2/3
    assertThat(TextMetrics.rouge2("a b c d", "a b c e")).isCloseTo(2.0 / 3, within(1e-12));
    // 1-grams 3/4, 2-grams 2/3, 3-grams 1/2, 4-grams 0/1 → BLEU 0 (no smoothing)
    assertThat(TextMetrics.bleu("a b c d", "a b c e")).isZero();
    // pooled: matches 3+2+1+0 = 6 of 4+3+2+1 = 10 either way
    assertThat(TextMetrics.gleu("a b c d", "a b c e")).isCloseTo(0.6, within(1e-12));
    // identical → 1; shorter generation pays the brevity penalty exp(1 - 5/4)
    assertThat(TextMetrics.bleu("a b c d", "a b c d")).isCloseTo(1, within(1e-12));
    assertThat(TextMetrics.bleu("a b c d e", "a b c d"))
        .isCloseTo(Math.exp(1 - 5.0 / 4), within(1e-12));
    assertThat(TextMetrics.all("", "x")).isEqualTo(new TextMetrics.Scores(0, 0, 0));
  }

  @Test
  void reproducesEveryStoredScoreOfThePaper() throws Exception {
    Path file = SharedData.require("chatgpt_results.json");
    JsonNode all = new ObjectMapper().readTree(file.toFile());
    int checked = 0;
    for (JsonNode r : all) {
      String ref = r.get("derivation").asText();
      String gen = r.get("static_gpt-3.5-turbo").asText();
      TextMetrics.Scores s = TextMetrics.all(ref, gen);
      assertThat(s.rouge2()).isCloseTo(r.get("static_rouge").asDouble(), within(1e-9));
      assertThat(s.bleu()).isCloseTo(r.get("static_bleu").asDouble(), within(1e-9));
      assertThat(s.gleu()).isCloseTo(r.get("static_gleu").asDouble(), within(1e-9));
      for (String p : List.of("VR", "EE", "AG", "SR")) {
        TextMetrics.Scores q =
            TextMetrics.all(
                r.get(p + " derivation").asText(), r.get(p + "_gpt-3.5-turbo").asText());
        // the paper stores perturbed scores as static − perturbed
        assertThat(s.rouge2() - q.rouge2()).isCloseTo(r.get(p + "_rouge").asDouble(), within(1e-9));
        assertThat(s.bleu() - q.bleu()).isCloseTo(r.get(p + "_bleu").asDouble(), within(1e-9));
        assertThat(s.gleu() - q.gleu()).isCloseTo(r.get(p + "_gleu").asDouble(), within(1e-9));
      }
      checked++;
    }
    assertThat(checked).isEqualTo(100);
  }
}
