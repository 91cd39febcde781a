package org.derivx.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.derivx.derivation.Derivation;
import org.derivx.derivation.DerivationRecord;
import org.derivx.derivation.Equation;
import org.derivx.derivation.Label;
import org.derivx.derivation.OperationAnnotation;
import org.derivx.derivation.Prompt;
import org.derivx.derivation.ReadProblem;
import org.derivx.derivation.Source;
import org.derivx.latex.Equations;

/**
 * Reads our JSON Lines format (see {@code sample-derivations/FORMAT.md}) one line at a time, so a
 * file of any length streams in constant memory apart from the records the sink keeps.
 */
final class JsonlReader {
  /** Step categories a label may carry. */
  static final Set<String> CATEGORIES =
      Set.of("VALID", "PREMISE", "SKIPPED", "REDUNDANT", "IRRELEVANT", "INCORRECT", "OTHER");

  private static final Set<String> KNOWN =
      Set.of(
          "id",
          "prompt",
          "steps",
          "reference",
          "model",
          "variant",
          "labels",
          "meta",
          "operations",
          "kind");

  private final ObjectMapper mapper;

  JsonlReader(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  void read(Path file, RecordSink sink) throws DatasetException {
    String name = file.getFileName().toString();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      long number = 0;
      while ((line = in.readLine()) != null) {
        number++;
        if (line.isBlank()) {
          continue;
        }
        Source source = Source.line(name, number);
        try {
          sink.record(record(source, mapper.readTree(line)));
        } catch (JsonProcessingException e) {
          sink.problem(new ReadProblem(source, "malformed JSON: " + e.getOriginalMessage()));
        } catch (IllegalArgumentException e) {
          sink.problem(new ReadProblem(source, e.getMessage()));
        }
      }
    } catch (IOException e) {
      throw new DatasetException(name + ": cannot read: " + FormatDetector.describe(e), e);
    }
  }

  private DerivationRecord record(Source source, JsonNode n) {
    if (!n.isObject()) {
      throw new IllegalArgumentException("expected a JSON object per line");
    }
    JsonNode idNode = n.get("id");
    if (idNode == null
        || !(idNode.isTextual() || idNode.isIntegralNumber())
        || idNode.asText().isBlank()) {
      throw new IllegalArgumentException("missing \"id\" (a non-empty string or integer)");
    }
    String id = idNode.asText();
    List<Equation> steps = equations(n.get("steps"), "steps", true);
    String model = optionalText(n, "model");
    String perturbation = optionalText(n, "variant");
    if (perturbation == null) {
      perturbation = "static";
    }
    Prompt prompt = n.has("prompt") ? prompt(n.get("prompt")) : null;
    List<Label> labels = labels(n.get("labels"), steps.size());
    List<OperationAnnotation> ops = operations(n.get("operations"), steps.size());
    boolean reference = "reference".equals(optionalText(n, "kind"));
    String name =
        model != null ? perturbation + "_" + model : reference ? refName(perturbation) : "steps";
    List<Derivation> variants = new ArrayList<>();
    variants.add(
        new Derivation(
            name,
            reference ? Derivation.Kind.REFERENCE : Derivation.Kind.GENERATION,
            model,
            perturbation,
            prompt,
            steps,
            ops,
            labels));
    if (n.has("reference")) {
      variants.add(
          new Derivation(
              refName(perturbation),
              Derivation.Kind.REFERENCE,
              null,
              perturbation,
              prompt,
              equations(n.get("reference"), "reference", true),
              List.of(),
              List.of()));
    }
    Map<String, Object> meta = new LinkedHashMap<>();
    if (n.has("meta")) {
      if (!n.get("meta").isObject()) {
        throw new IllegalArgumentException("\"meta\" should be an object");
      }
      n.get("meta")
          .fields()
          .forEachRemaining(
              f -> meta.put(f.getKey(), mapper.convertValue(f.getValue(), Object.class)));
    }
    n.fieldNames()
        .forEachRemaining(
            k -> {
              if (!KNOWN.contains(k)) {
                meta.put(k, mapper.convertValue(n.get(k), Object.class)); // kept, not dropped
              }
            });
    return new DerivationRecord(id, source, prompt, variants, meta);
  }

  private static String refName(String perturbation) {
    return perturbation.equals("static") ? "derivation" : perturbation + " derivation";
  }

  private static String optionalText(JsonNode n, String key) {
    JsonNode v = n.get(key);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isTextual()) {
      throw new IllegalArgumentException("\"" + key + "\" should be a string");
    }
    return v.asText();
  }

  /** An array of LaTeX strings, or one string of equations joined by " and ". */
  private static List<Equation> equations(JsonNode v, String key, boolean required) {
    if (v == null || v.isNull()) {
      if (required) {
        throw new IllegalArgumentException("missing \"" + key + "\"");
      }
      return List.of();
    }
    if (v.isTextual()) {
      return PromptParser.equations(v.asText());
    }
    if (!v.isArray()) {
      throw new IllegalArgumentException("\"" + key + "\" should be an array of LaTeX strings");
    }
    List<Equation> out = new ArrayList<>();
    for (int i = 0; i < v.size(); i++) {
      if (!v.get(i).isTextual()) {
        throw new IllegalArgumentException("\"" + key + "\"[" + i + "] is not a string");
      }
      out.add(Equations.parse(v.get(i).asText()));
    }
    if (required && out.isEmpty() && key.equals("steps")) {
      throw new IllegalArgumentException("\"steps\" is empty");
    }
    return out;
  }

  private static Prompt prompt(JsonNode v) {
    if (v.isTextual()) {
      return PromptParser.parse(v.asText());
    }
    if (!v.isObject()) {
      throw new IllegalArgumentException("\"prompt\" should be an object or the prompt text");
    }
    JsonNode goal = v.get("goal");
    if (goal != null && !goal.isNull() && !goal.isTextual()) {
      throw new IllegalArgumentException("\"prompt.goal\" should be a string");
    }
    return new Prompt(
        equations(v.get("premises"), "prompt.premises", false),
        equations(v.get("intermediates"), "prompt.intermediates", false),
        goal == null || goal.isNull() ? null : Equations.parse(goal.asText()),
        null);
  }

  private static List<Label> labels(JsonNode v, int steps) {
    if (v == null || v.isNull()) {
      return List.of();
    }
    if (!v.isArray()) {
      throw new IllegalArgumentException("\"labels\" should be an array");
    }
    List<Label> out = new ArrayList<>();
    for (JsonNode l : v) {
      JsonNode step = l.get("step");
      JsonNode cat = l.get("category");
      if (step == null || !step.isIntegralNumber() || cat == null || !cat.isTextual()) {
        throw new IllegalArgumentException("a label needs \"step\" (integer) and \"category\"");
      }
      int k = step.asInt();
      if (k < 1 || k > steps) {
        throw new IllegalArgumentException(
            "label for step " + k + " but the derivation has " + steps + " steps");
      }
      if (!CATEGORIES.contains(cat.asText())) {
        throw new IllegalArgumentException(
            "unknown label category '" + cat.asText() + "' (one of " + CATEGORIES + ")");
      }
      JsonNode note = l.get("note");
      out.add(new Label(k, cat.asText(), note == null || note.isNull() ? null : note.asText()));
    }
    return out;
  }

  private static List<OperationAnnotation> operations(JsonNode v, int steps) {
    if (v == null || v.isNull()) {
      return List.of();
    }
    if (!v.isArray() || v.size() != steps) {
      throw new IllegalArgumentException(
          "\"operations\" should be an array with one entry per step (" + steps + ")");
    }
    List<OperationAnnotation> out = new ArrayList<>();
    for (int i = 0; i < v.size(); i++) {
      out.add(Annotations.operation("operations", i + 1, v.get(i), null));
    }
    return out;
  }
}
