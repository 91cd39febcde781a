package org.derivx.lm;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.derivx.lm.gguf.GgufException;
import org.derivx.lm.gguf.GgufFile;
import org.derivx.lm.gguf.GgufReader;

/**
 * A GGUF model file checked before llama.cpp sees it: readable, whole, decoder-only, with the keys
 * the runtime needs. llama.cpp loads T5 but the binding never runs its encoder (it would generate
 * nonsense), and it aborts the whole process on a prompt character that an SPM vocabulary without
 * byte tokens cannot spell; both are caught here, with a sentence, in the caller's process.
 */
public final class ModelFile {
  /** Architectures with an encoder the binding never runs. */
  private static final Set<String> ENCODER_DECODER = Set.of("t5", "t5encoder", "bart", "whisper");

  /** Architectures that only embed (no language-model head). */
  private static final Set<String> EMBEDDING_ONLY =
      Set.of("bert", "nomic-bert", "nomic-bert-moe", "jina-bert-v2", "wavtokenizer-dec");

  private final Path path;
  private final GgufFile gguf;
  private final String architecture;
  private final List<String> vocabulary;

  private ModelFile(Path path, GgufFile gguf, String architecture, List<String> vocabulary) {
    this.path = path;
    this.gguf = gguf;
    this.architecture = architecture;
    this.vocabulary = vocabulary;
  }

  /** Reads and checks {@code path}; every refusal is one sentence starting with the file name. */
  public static ModelFile open(Path path) throws ModelException {
    String name = path.getFileName() == null ? path.toString() : path.getFileName().toString();
    if (!Files.isRegularFile(path)) {
      throw new ModelException(path + ": no such model file");
    }
    GgufFile g;
    try {
      g = GgufReader.read(path);
    } catch (GgufException e) {
      throw new ModelException(name + ": " + e.getMessage());
    } catch (IOException e) {
      throw new ModelException(name + ": cannot be read (" + e.getMessage() + ")");
    }
    String arch =
        g.string("general.architecture")
            .orElseThrow(
                () -> new ModelException(name + ": it lacks the key general.architecture"));
    if (ENCODER_DECODER.contains(arch.toLowerCase(Locale.ROOT))) {
      throw new ModelException(
          name
              + ": it is an encoder-decoder model ("
              + arch
              + "); the runtime only runs decoder-only models (Llama, Qwen, Mistral, Gemma, …)");
    }
    if (EMBEDDING_ONLY.contains(arch.toLowerCase(Locale.ROOT))) {
      throw new ModelException(
          name + ": it is an embedding model (" + arch + ") and cannot generate text");
    }
    for (String key :
        List.of(
            arch + ".block_count",
            arch + ".embedding_length",
            "tokenizer.ggml.model",
            "tokenizer.ggml.tokens")) {
      if (!g.metadata().containsKey(key)) {
        throw new ModelException(name + ": it lacks the key " + key + " (an incomplete export)");
      }
    }
    List<String> vocab = g.strings("tokenizer.ggml.tokens");
    if (vocab.isEmpty()) {
      throw new ModelException(name + ": its vocabulary (tokenizer.ggml.tokens) is empty");
    }
    if (g.tensor("token_embd.weight").isEmpty()) {
      throw new ModelException(
          name + ": it has no token_embd.weight tensor (not a language model)");
    }
    return new ModelFile(path, g, arch, vocab);
  }

  public Path path() {
    return path;
  }

  public String architecture() {
    return architecture;
  }

  public String name() {
    return gguf.string("general.name").orElse(path.getFileName().toString());
  }

  public int vocabularySize() {
    return vocabulary.size();
  }

  public long parameters() {
    return gguf.parameters();
  }

  public int contextLength() {
    return gguf.integer(architecture + ".context_length").map(Long::intValue).orElse(2048);
  }

  /**
   * The first character of {@code prompt} that this model's tokenizer cannot spell, if any: only an
   * SPM ({@code llama}) vocabulary without byte tokens has such characters; byte-level BPE spells
   * everything.
   */
  public Optional<String> untokenizable(String prompt) {
    if (!gguf.string("tokenizer.ggml.model").orElse("").equals("llama")) {
      return Optional.empty();
    }
    Set<String> pieces = Set.copyOf(vocabulary);
    String escaped = prompt.replace(" ", Tokenizer.SPACE);
    for (int i = 0; i < escaped.length(); ) {
      int cp = escaped.codePointAt(i);
      String c = new String(Character.toChars(cp));
      if (!pieces.contains(c)) {
        for (byte b : c.getBytes(StandardCharsets.UTF_8)) {
          if (!pieces.contains(String.format(Locale.ROOT, "<0x%02X>", b & 0xff))) {
            return Optional.of(c.equals(Tokenizer.SPACE) ? " " : c);
          }
        }
      }
      i += Character.charCount(cp);
    }
    return Optional.empty();
  }
}
