package org.derivx.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.derivx.derivation.Derivation;
import org.derivx.derivation.DerivationRecord;
import org.derivx.derivation.Equation;
import org.derivx.derivation.Label;
import org.derivx.derivation.OperationAnnotation;
import org.derivx.derivation.Prompt;
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

  /** Makes an equation of each LaTeX string (parses it, or only keeps it for an index). */
  private final Function<String, Equation> equation;

  JsonlReader(ObjectMapper mapper) {
    this(mapper, Equations::parse);
  }

  JsonlReader(ObjectMapper mapper, Function<String, Equation> equation) {
    this.mapper = mapper;
    this.equation = equation;
  }

  void read(Path file, RecordSink sink, int threads) throws DatasetException {
    String name = file.getFileName().toString();
    Decoder.run(
        name,
        sink,
        threads,
        decoder -> {
          try (Lines lines = new Lines(TextInput.open(file))) {
            Lines.Line line;
            while ((line = lines.next()) != null) {
              Source source = Source.line(name, line.number());
              String text = line.text();
              if (line.tooLong()) {
                decoder.submit(
                    () ->
                        Decoded.problem(source, "longer than " + Lines.MAX_CHARS + " characters"));
              } else if (!text.isBlank()) {
                decoder.submit(() -> Decoded.decode(source, w -> record(source, text, w)));
              }
            }
          }
        });
  }

  /** One line as {@link #read} decodes it: nothing for a blank line. */
  Decoded decode(Source source, String line) {
    if (line.length() > Lines.MAX_CHARS) {
      return Decoded.problem(source, "longer than " + Lines.MAX_CHARS + " characters");
    }
    return line.isBlank() ? null : Decoded.decode(source, w -> record(source, line, w));
  }

  private DerivationRecord record(Source source, String line, List<String> warnings)
      throws JsonProcessingException {
    JsonNode n = mapper.readTree(line);
    if (JsonValues.absent(n)) {
      return null; // a line holding null is no record
    }
    if (!n.isObject()) {
      throw new IllegalArgumentException("expected a JSON object per line");
    }
    JsonNode idNode = n.get("id");
    if (JsonValues.absent(idNode)
        || !(idNode.isTextual() || idNode.isIntegralNumber())
        || idNode.asText().isBlank()) {
      throw new IllegalArgumentException("missing \"id\" (a non-empty string or integer)");
    }
    String id = idNode.asText();
    List<Equation> steps = equations(n.get("steps"), "steps", true, warnings);
    String model = optionalText(n, "model");
    String perturbation = optionalText(n, "variant");
    if (perturbation == null) {
      perturbation = "static";
    }
    Prompt prompt = JsonValues.absent(n.get("prompt")) ? null : prompt(n.get("prompt"), warnings);
    List<Label> labels = labels(n.get("labels"), steps.size(), warnings);
    List<OperationAnnotation> ops = operations(n.get("operations"), steps.size(), warnings);
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
    if (!JsonValues.absent(n.get("reference"))) {
      variants.add(
          new Derivation(
              refName(perturbation),
              Derivation.Kind.REFERENCE,
              null,
              perturbation,
              prompt,
              equations(n.get("reference"), "reference", true, warnings),
              List.of(),
              List.of()));
    }
    Map<String, Object> meta = new LinkedHashMap<>();
    JsonNode metaNode = n.get("meta");
    if (!JsonValues.absent(metaNode)) {
      if (!metaNode.isObject()) {
        throw new IllegalArgumentException("\"meta\" should be an object");
      }
      @SuppressWarnings("unchecked")
      Map<String, Object> m = (Map<String, Object>) JsonValues.plain(metaNode);
      meta.putAll(m);
    }
    n.properties()
        .forEach(
            f -> {
              Object v = JsonValues.plain(f.getValue());
              if (!KNOWN.contains(f.getKey()) && v != null) {
                meta.put(f.getKey(), v); // kept, not dropped
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
  private List<Equation> equations(
      JsonNode v, String key, boolean required, List<String> warnings) {
    if (JsonValues.absent(v)) {
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
      JsonNode e = v.get(i);
      if (JsonValues.absent(e)) {
        warnings.add(
            "\"" + key + "\"[" + i + "] is null: read as absent (the entries after it move up)");
        continue;
      }
      if (!e.isTextual()) {
        throw new IllegalArgumentException("\"" + key + "\"[" + i + "] is not a string");
      }
      out.add(equation.apply(e.asText()));
    }
    if (required && out.isEmpty() && key.equals("steps")) {
      throw new IllegalArgumentException("\"steps\" is empty");
    }
    return out;
  }

  private Prompt prompt(JsonNode v, List<String> warnings) {
    if (v.isTextual()) {
      return PromptParser.parse(v.asText());
    }
    if (!v.isObject()) {
      throw new IllegalArgumentException("\"prompt\" should be an object or the prompt text");
    }
    JsonNode goal = v.get("goal");
    if (!JsonValues.absent(goal) && !goal.isTextual()) {
      throw new IllegalArgumentException("\"prompt.goal\" should be a string");
    }
    return new Prompt(
        equations(v.get("premises"), "prompt.premises", false, warnings),
        equations(v.get("intermediates"), "prompt.intermediates", false, warnings),
        JsonValues.absent(goal) ? null : equation.apply(goal.asText()),
        null);
  }

  /**
   * Known labels. A label that cannot apply (no such step, an unknown category, no step number) is
   * dropped with a warning; the record and its other labels are kept.
   */
  private static List<Label> labels(JsonNode v, int steps, List<String> warnings) {
    if (JsonValues.absent(v)) {
      return List.of();
    }
    if (!v.isArray()) {
      throw new IllegalArgumentException("\"labels\" should be an array");
    }
    List<Label> out = new ArrayList<>();
    for (int i = 0; i < v.size(); i++) {
      JsonNode l = v.get(i);
      if (JsonValues.absent(l)) {
        continue; // a null label is no label
      }
      String why = labelProblem(l, steps);
      if (why != null) {
        warnings.add("label " + i + " " + describeLabel(l) + " dropped: " + why);
        continue;
      }
      JsonNode note = l.get("note");
      out.add(
          new Label(
              l.get("step").asInt(),
              l.get("category").asText(),
              JsonValues.absent(note) ? null : note.asText()));
    }
    return out;
  }

  /** Why a label cannot apply to a derivation of {@code steps} steps, or null if it can. */
  private static String labelProblem(JsonNode l, int steps) {
    JsonNode step = l.get("step");
    JsonNode cat = l.get("category");
    if (!l.isObject()
        || JsonValues.absent(step)
        || !step.isIntegralNumber()
        || JsonValues.absent(cat)
        || !cat.isTextual()) {
      return "a label needs \"step\" (integer) and \"category\"";
    }
    if (!step.canConvertToInt() || step.asInt() < 1 || step.asInt() > steps) {
      return "there is no step " + step.asText() + " (the derivation has " + steps + " steps)";
    }
    if (!CATEGORIES.contains(cat.asText())) {
      // sorted: a Set.of's order changes from one JVM run to the next, the message must not
      return "unknown category '" + cat.asText() + "' (one of " + new TreeSet<>(CATEGORIES) + ")";
    }
    return null;
  }

  private static String describeLabel(JsonNode l) {
    String s = l.toString();
    return s.length() > 80 ? s.substring(0, 77) + "..." : s;
  }

  private static List<OperationAnnotation> operations(
      JsonNode v, int steps, List<String> warnings) {
    if (JsonValues.absent(v)) {
      return List.of();
    }
    if (!v.isArray() || v.size() != steps) {
      throw new IllegalArgumentException(
          "\"operations\" should be an array with one entry per step (" + steps + ")");
    }
    List<OperationAnnotation> out = new ArrayList<>();
    for (int i = 0; i < v.size(); i++) {
      if (JsonValues.absent(v.get(i))) {
        // one entry per step or none: a null entry leaves the steps without operations
        warnings.add("\"operations\"[" + i + "] is null: the operations are dropped");
        return List.of();
      }
      out.add(Annotations.operation("operations", i + 1, v.get(i), null));
    }
    return out;
  }
}
