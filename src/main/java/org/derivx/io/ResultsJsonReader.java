package org.derivx.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.derivx.derivation.Derivation;
import org.derivx.derivation.DerivationRecord;
import org.derivx.derivation.OperationAnnotation;
import org.derivx.derivation.Prompt;
import org.derivx.derivation.ReadProblem;
import org.derivx.derivation.Source;

/**
 * Reads the paper's results JSON, streaming one array element at a time. Keys: {@code [P ]prompt},
 * {@code [P ]derivation}, {@code [P ]srepr_derivation} for each perturbation P (none for static),
 * generations {@code P_model} (string values; {@code static_gpt-4}, {@code VR_flan-t5-large}, …);
 * every other key (scores) goes to the record's meta.
 */
final class ResultsJsonReader {
  private static final Pattern GENERATION = Pattern.compile("^(static|VR|EE|AG|SR)_(.+)$");
  private static final Pattern REFERENCE_KEY =
      Pattern.compile("^(?:(VR|EE|AG|SR) )?(prompt|derivation|srepr_derivation)$");

  private final ObjectMapper mapper;

  ResultsJsonReader(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  void read(Path file, RecordSink sink, int threads) throws DatasetException {
    String name = file.getFileName().toString();
    Decoder.run(
        name,
        sink,
        threads,
        decoder -> {
          try (Reader text = TextInput.open(file);
              JsonParser p = mapper.getFactory().createParser(text)) {
            elements(
                name,
                p,
                decoder,
                sink,
                (source, id, node) ->
                    decoder.submit(() -> Decoded.decode(source, w -> record(id, source, node, w))));
          }
        });
  }

  /** Receives each non-null array element in order. */
  @FunctionalInterface
  interface Element {
    void element(Source source, String id, JsonNode node) throws InterruptedException;
  }

  /**
   * Hands {@code each} the file's non-null array elements in order, unparsed beyond JSON (for
   * {@link Frames}, which decodes them elsewhere); problems go to {@code sink} as {@link #read}
   * reports them.
   */
  void elements(Path file, RecordSink sink, Element each) throws DatasetException {
    String name = file.getFileName().toString();
    Decoder.run(
        name,
        sink,
        1,
        decoder -> {
          try (Reader text = TextInput.open(file);
              JsonParser p = mapper.getFactory().createParser(text)) {
            elements(name, p, decoder, sink, each);
          }
        });
  }

  /** One record from one element's JSON, as {@link #read} decodes it. */
  Decoded decode(String name, long index, String json) {
    Source source = Source.element(name, index);
    String id = Source.positionalId(name, index);
    return Decoded.decode(
        source,
        w -> {
          JsonNode node = mapper.readTree(json);
          return JsonValues.absent(node) ? null : record(id, source, node, w);
        });
  }

  /** Hands over one frame per array element; malformed JSON ends the array. */
  private void elements(String name, JsonParser p, Decoder decoder, RecordSink sink, Element each)
      throws IOException, DatasetException, InterruptedException {
    long index = 0;
    try {
      if (p.nextToken() != JsonToken.START_ARRAY) {
        throw new DatasetException(name + ": expected a JSON array of records");
      }
      while (p.nextToken() != JsonToken.END_ARRAY) {
        if (p.currentToken() == null) {
          throw new DatasetException(name + ": the array is not closed");
        }
        Source source = Source.element(name, index);
        String id = Source.positionalId(name, index);
        JsonNode node = mapper.readTree(p);
        if (JsonValues.absent(node)) {
          index++; // a null element is no record; ids stay positional
          continue;
        }
        each.element(source, id, node);
        index++;
      }
    } catch (JsonProcessingException e) {
      var loc = e.getLocation();
      String where =
          loc == null ? "" : " at line " + loc.getLineNr() + ", column " + loc.getColumnNr();
      String message = "malformed JSON" + where + ": " + JsonValues.describe(e);
      if (index == 0) {
        throw new DatasetException(name + ": " + message, e);
      }
      decoder.finish();
      // keep what was read; the rest of the file cannot be trusted
      sink.problem(
          new ReadProblem(
              Source.element(name, index), message + "; elements from here on were not read"));
    }
  }

  private DerivationRecord record(String id, Source source, JsonNode node, List<String> warnings) {
    if (!node.isObject()) {
      throw new IllegalArgumentException("expected an object but found " + node.getNodeType());
    }
    Map<String, Prompt> prompts = new LinkedHashMap<>();
    Map<String, String> references = new LinkedHashMap<>();
    Map<String, List<OperationAnnotation>> annotations = new LinkedHashMap<>();
    Map<String, String> generations = new LinkedHashMap<>();
    Map<String, Object> meta = new LinkedHashMap<>();
    for (var field : node.properties()) {
      String key = field.getKey();
      JsonNode value = field.getValue();
      if (JsonValues.absent(value)) {
        continue; // null reads as absent
      }
      Matcher ref = REFERENCE_KEY.matcher(key);
      Matcher gen = GENERATION.matcher(key);
      if (ref.matches()) {
        String pert = ref.group(1) == null ? "static" : ref.group(1);
        switch (ref.group(2)) {
          case "prompt" -> prompts.put(pert, PromptParser.parse(text(key, value)));
          case "derivation" -> references.put(pert, text(key, value));
          default -> annotations.put(pert, Annotations.fromJson(key, value, warnings));
        }
      } else if (gen.matches() && value.isTextual()) {
        generations.put(key, value.asText());
      } else {
        meta.put(key, JsonValues.plain(value));
      }
    }
    List<Derivation> variants = new ArrayList<>();
    references.forEach(
        (pert, text) -> {
          String key = pert.equals("static") ? "derivation" : pert + " derivation";
          List<OperationAnnotation> ann = annotations.getOrDefault(pert, List.of());
          var steps = PromptParser.equations(text);
          if (!ann.isEmpty() && ann.size() != steps.size()) {
            throw new IllegalArgumentException(
                "'"
                    + key
                    + "' has "
                    + steps.size()
                    + " equations but its srepr_derivation has "
                    + ann.size()
                    + " annotations");
          }
          variants.add(
              new Derivation(
                  key,
                  Derivation.Kind.REFERENCE,
                  null,
                  pert,
                  prompts.get(pert),
                  steps,
                  ann,
                  List.of()));
        });
    generations.forEach(
        (key, text) -> {
          Matcher m = GENERATION.matcher(key);
          m.matches();
          String pert = m.group(1);
          variants.add(
              new Derivation(
                  key,
                  Derivation.Kind.GENERATION,
                  m.group(2),
                  pert,
                  prompts.get(pert),
                  PromptParser.equations(text),
                  List.of(),
                  List.of()));
        });
    if (variants.isEmpty()) {
      throw new IllegalArgumentException("no derivation and no generation in this element");
    }
    return new DerivationRecord(id, source, prompts.get("static"), variants, meta);
  }

  private static String text(String key, JsonNode value) {
    if (!value.isTextual()) {
      throw new IllegalArgumentException(
          "'" + key + "' should be a string but is " + value.getNodeType());
    }
    return value.asText();
  }
}
