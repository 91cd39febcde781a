package org.derivx.lm;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TokenizerTest {
  private final Tokenizer t = TinyLlama.tokenizer();

  @Test
  void vocabularyStartsWithSpecialsAndBytesAndLearnsFrequentPieces() {
    assertThat(t.pieces().subList(0, 3)).containsExactly("<unk>", "<s>", "</s>");
    assertThat(t.pieces().get(Tokenizer.FIRST_BYTE + 0x41)).isEqualTo("<0x41>");
    assertThat(t.pieces()).contains("\u2581=", "\u2581\\frac");
    assertThat(BpeTrainer.train(TinyLlama.TEXTS, 330).pieces()).isEqualTo(t.pieces());
  }

  @Test
  void encodeDecodeRoundTripsAnyTextThroughByteFallback() {
    for (String s : new String[] {"f{(x)} = x^{2}", "\\frac{d}{d x} y", "α ≠ β 😀", "", "  "}) {
      int[] ids = t.encode(s);
      assertThat(t.decode(ids)).isEqualTo(s);
    }
    assertThat(t.encode(" \\frac")).hasSize(1);
    assertThat(t.encode("é")).hasSize(2); // two byte tokens
  }
}
