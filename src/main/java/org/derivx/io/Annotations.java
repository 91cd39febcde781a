package org.derivx.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.derivx.derivation.OperationAnnotation;

/** Reads operation annotations: {@code ["premise", srepr]} or {@code [[op, args…], srepr]}. */
final class Annotations {
  private Annotations() {}

  /**
   * The paper's {@code srepr_derivation}: one {@code [annotation, srepr]} pair per equation. A null
   * srepr is absent; a null entry or annotation leaves the equations without annotations (they are
   * one per equation or none), with a warning.
   */
  static List<OperationAnnotation> fromJson(String key, JsonNode value, List<String> warnings) {
    if (!value.isArray()) {
      throw new IllegalArgumentException("'" + key + "' should be an array");
    }
    List<OperationAnnotation> out = new ArrayList<>();
    int k = 1;
    for (JsonNode pair : value) {
      if (JsonValues.absent(pair) || pair.isArray() && JsonValues.absent(pair.get(0))) {
        warnings.add("'" + key + "' entry " + k + " is null: the annotations are dropped");
        return List.of();
      }
      if (!pair.isArray()
          || pair.size() != 2
          || !(pair.get(1).isTextual() || JsonValues.absent(pair.get(1)))) {
        throw new IllegalArgumentException(
            "'" + key + "' entry " + k + " should be [annotation, srepr]");
      }
      String srepr = JsonValues.absent(pair.get(1)) ? null : pair.get(1).asText();
      out.add(operation(key, k, pair.get(0), srepr));
      k++;
    }
    return out;
  }

  /** One annotation: a bare operation name or an array {@code [op, args…]}. */
  static OperationAnnotation operation(String key, int k, JsonNode ann, String srepr) {
    if (ann.isTextual()) {
      return new OperationAnnotation(ann.asText(), List.of(), srepr);
    }
    if (!ann.isArray() || ann.isEmpty() || !ann.get(0).isTextual()) {
      throw new IllegalArgumentException(
          "'" + key + "' entry " + k + ": an annotation is \"premise\" or [operation, args…]");
    }
    List<Object> args = new ArrayList<>();
    for (int i = 1; i < ann.size(); i++) {
      JsonNode a = ann.get(i);
      if (a.isIntegralNumber()) {
        args.add(a.asInt());
      } else if (a.isTextual()) {
        args.add(a.asText());
      } else {
        throw new IllegalArgumentException(
            "'" + key + "' entry " + k + ": argument " + i + " is neither a number nor a string");
      }
    }
    return new OperationAnnotation(ann.get(0).asText(), args, srepr);
  }
}
