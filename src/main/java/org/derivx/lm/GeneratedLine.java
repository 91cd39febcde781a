package org.derivx.lm;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.derivx.derivation.Prompt;

/**
 * One generated derivation as a line of our JSONL, the same from {@code derivx generate-with} and
 * the window's Generate panel: the record id, the prompt, the steps, the reference (when known),
 * {@code model} (the file name without {@code .gguf}, so the variant reads {@code
 * <perturbation>_<model>}) and {@code meta} (model file, sampling settings, seed, tokens, why it
 * stopped). {@code check}, {@code report} and the window read it like any other file.
 */
public final class GeneratedLine {
  private static final ObjectMapper JSON = new ObjectMapper();

  private GeneratedLine() {}

  /**
   * The line. {@code steps} are the completed equations; when there are none, {@code text} (what
   * the model wrote) is kept as one step, so it reads as unparseable rather than vanishing. {@code
   * reference} may be null.
   */
  public static String of(
      String id,
      Prompt prompt,
      String perturbation,
      List<String> steps,
      String text,
      List<String> reference,
      String model,
      String modelFile,
      GenerationRequest request,
      GenerationResult result) {
    ObjectNode n = JSON.createObjectNode();
    n.put("id", id);
    ObjectNode p = n.putObject("prompt");
    ArrayNode premises = p.putArray("premises");
    prompt.premises().forEach(e -> premises.add(e.raw()));
    ArrayNode inter = p.putArray("intermediates");
    prompt.intermediates().forEach(e -> inter.add(e.raw()));
    prompt.goalEquation().ifPresent(e -> p.put("goal", e.raw()));
    ArrayNode out = n.putArray("steps");
    if (steps.isEmpty()) {
      out.add(text.strip()); // nothing equation-like: kept as written, read as unparseable
    } else {
      steps.forEach(out::add);
    }
    if (reference != null) {
      ArrayNode ref = n.putArray("reference");
      reference.forEach(ref::add);
    }
    n.put("model", model);
    n.put("variant", perturbation);
    ObjectNode meta = n.putObject("meta");
    meta.put("model_file", modelFile);
    meta.put("temperature", request.temperature());
    meta.put("seed", request.seed());
    meta.put("max_tokens", request.maxTokens());
    meta.put("grammar", request.grammar() != null);
    meta.put("tokens", result.tokens());
    meta.put("stop", result.stop().name().toLowerCase(Locale.ROOT));
    return n.toString();
  }

  /** A model's name in variant names: the file name without {@code .gguf}. */
  public static String modelName(Path file) {
    return file.getFileName().toString().replaceFirst("\\.gguf$", "");
  }
}
