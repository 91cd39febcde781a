package org.derivx.lm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.derivx.lm.gguf.GgmlType;
import org.derivx.lm.gguf.GgufWriter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The model process on a tiny random-weight llama written by our own code. */
class ModelProcessTest {
  @TempDir static Path dir;
  static Path tiny;
  static ModelProcess model;

  @BeforeAll
  static void start() throws Exception {
    tiny = dir.resolve("tiny.gguf");
    TinyLlama.write(tiny, true);
    model = ModelProcess.start(tiny, 1);
  }

  @AfterAll
  static void stop() {
    model.close();
  }

  @Test
  void greedyGenerationIsTheSameEveryTimeAndStreamsToken() throws Exception {
    GenerationRequest r = GenerationRequest.greedy("f{(x)} = x^{2} and", 24);
    List<String> streamed = new ArrayList<>();
    GenerationResult a = model.generate(r, streamed::add);
    GenerationResult b = model.generate(r, t -> {});
    assertThat(a.tokens()).isPositive().isLessThanOrEqualTo(24);
    assertThat(String.join("", streamed)).isEqualTo(a.text());
    assertThat(b).isEqualTo(a);
    try (ModelProcess other = ModelProcess.start(tiny, 2)) {
      assertThat(other.generate(r, t -> {})).isEqualTo(a);
    }
  }

  @Test
  void aSeedMakesSamplingReproducible() throws Exception {
    GenerationRequest r = new GenerationRequest("y = ", 1.0f, 7, 16, null);
    assertThat(model.generate(r, t -> {})).isEqualTo(model.generate(r, t -> {}));
  }

  @Test
  void aGrammarKeepsTheOutputToEquations() throws Exception {
    String grammar = "root ::= eq (\" and \" eq)*\neq ::= [a-z] \" = \" [0-9]+\n";
    GenerationResult g =
        model.generate(new GenerationRequest("y = ", 0.8f, 3, 40, grammar), t -> {});
    String[] eqs = g.text().split(" and ", -1);
    assertThat(eqs.length).isGreaterThan(1); // 40 tokens hold more than one equation
    for (int i = 0; i < eqs.length - 1; i++) { // the last may be cut by the token bound
      assertThat(eqs[i]).matches("[a-z] = [0-9]+");
    }
  }

  @Test
  void cancelStopsAGenerationThatWouldRunForLong() throws Exception {
    // the grammar forces 10^5 tokens of "ab ", so only the cancel can end it early
    String grammar =
        "root ::= b b b b b b b b b b\nb ::= c c c c c c c c c c\nc ::= d d d d d d d d d d\n"
            + "d ::= e e e e e e e e e e\ne ::= \"x \" \"x \" \"x \" \"x \" \"x \" \"x \" \"x \""
            + " \"x \" \"x \" \"x \"\n";
    GenerationRequest r = new GenerationRequest("y = ", 0f, 1, 1_000_000, grammar);
    GenerationResult g = model.generate(r, t -> model.cancel());
    assertThat(g.stop()).isEqualTo(GenerationResult.Stop.CANCELLED);
    assertThat(g.tokens()).isLessThan(100_000);
    assertThat(model.generate(GenerationRequest.greedy("y = ", 4), t -> {}).tokens()).isPositive();
  }

  @Test
  void aKilledProcessIsReportedAndReplacedByTheNextGeneration() throws Exception {
    try (ModelProcess m = ModelProcess.start(tiny, 1)) {
      GenerationRequest r = GenerationRequest.greedy("f{(x)} =", 16);
      GenerationResult before = m.generate(r, t -> {});
      long pid = m.pid();
      assertThatThrownBy(
              () ->
                  m.generate(
                      GenerationRequest.greedy("y =", 100_000),
                      t -> ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly)))
          .isInstanceOfSatisfying(ModelException.class, e -> assertThat(e.crashed()).isTrue())
          .hasMessageContaining("stopped while generating")
          .hasMessageContaining("restarted");
      assertThat(m.generate(r, t -> {})).isEqualTo(before);
      assertThat(m.restarts()).isEqualTo(1);
      assertThat(m.pid()).isNotEqualTo(pid);
    }
  }

  @Test
  void badModelFilesAreRefusedBeforeLlamaCppSeesThem() throws Exception {
    Path notGguf = Files.writeString(dir.resolve("model.gguf"), "{\"weights\": []}");
    assertThatThrownBy(() -> ModelProcess.start(notGguf, 1))
        .hasMessageStartingWith("model.gguf: it is not a GGUF model file");

    byte[] all = Files.readAllBytes(tiny);
    Path cut = Files.write(dir.resolve("cut.gguf"), Arrays.copyOf(all, all.length - 100));
    assertThatThrownBy(() -> ModelProcess.start(cut, 1))
        .hasMessageStartingWith("cut.gguf: it is truncated");

    Path t5 = dir.resolve("t5.gguf");
    new GgufWriter()
        .put("general.architecture", "t5")
        .put("t5.block_count", 1)
        .put("tokenizer.ggml.model", "t5")
        .put("tokenizer.ggml.tokens", List.of("a"))
        .tensor("token_embd.weight", GgmlType.F32, new float[4], 4, 1)
        .write(t5);
    assertThatThrownBy(() -> ModelProcess.start(t5, 1))
        .hasMessageStartingWith("t5.gguf: it is an encoder-decoder model (t5)");

    Path noKeys = dir.resolve("nokeys.gguf");
    new GgufWriter()
        .put("general.architecture", "llama")
        .tensor("token_embd.weight", GgmlType.F32, new float[4], 4, 1)
        .write(noKeys);
    assertThatThrownBy(() -> ModelProcess.start(noKeys, 1))
        .hasMessage("nokeys.gguf: it lacks the key llama.block_count (an incomplete export)");
  }

  @Test
  void aPromptCharacterTheVocabularyCannotSpellIsRefusedNotFatal() throws Exception {
    // an SPM vocabulary without byte tokens: llama.cpp aborts the process on a character it lacks
    Tokenizer full = TinyLlama.tokenizer();
    List<String> pieces = new ArrayList<>();
    List<Float> scores = new ArrayList<>();
    List<Integer> types = new ArrayList<>();
    float[] sc = full.scores();
    int[] ty = full.types();
    for (int i = 0; i < full.size(); i++) {
      if (ty[i] != Tokenizer.BYTE) {
        pieces.add(full.pieces().get(i));
        scores.add(sc[i]);
        types.add(ty[i]);
      }
    }
    float[] s = new float[pieces.size()];
    int[] t = new int[pieces.size()];
    for (int i = 0; i < s.length; i++) {
      s[i] = scores.get(i);
      t[i] = types.get(i);
    }
    Tokenizer noBytes = new Tokenizer(pieces, s, t);
    LlamaConfig c = TinyLlama.config(noBytes.size());
    Path f = dir.resolve("nobytes.gguf");
    LlamaGguf.write(f, "no-bytes", c, noBytes, TinyLlama.weights(c, 1), false, Map.of());
    try (ModelProcess m = ModelProcess.start(f, 1)) {
      assertThatThrownBy(() -> m.generate(GenerationRequest.greedy("y = α", 4), x -> {}))
          .hasMessageContaining("cannot spell the prompt's character 'α' (U+03B1)");
      assertThat(m.generate(GenerationRequest.greedy("y = x", 4), x -> {}).tokens()).isPositive();
      assertThat(m.restarts()).isZero();
    }
  }
}
