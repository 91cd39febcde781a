package org.derivx.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON as the readers see it: a {@code null} anywhere reads as absent (a field, an array entry, a
 * value in {@code meta}), and Jackson's messages are told without its internals.
 */
final class JsonValues {
  private JsonValues() {}

  /** Missing, or JSON {@code null}. */
  static boolean absent(JsonNode n) {
    return n == null || n.isNull() || n.isMissingNode();
  }

  /**
   * A plain Java value (maps, lists, strings, numbers, booleans) for a record's {@code meta}; null
   * fields and null array entries are left out, so the result never holds a null. Null for an
   * absent value.
   */
  static Object plain(JsonNode n) {
    if (absent(n)) {
      return null;
    }
    if (n.isObject()) {
      Map<String, Object> m = new LinkedHashMap<>();
      n.properties()
          .forEach(
              f -> {
                Object v = plain(f.getValue());
                if (v != null) {
                  m.put(f.getKey(), v);
                }
              });
      return m;
    }
    if (n.isArray()) {
      List<Object> l = new ArrayList<>();
      for (JsonNode x : n) {
        Object v = plain(x);
        if (v != null) {
          l.add(v);
        }
      }
      return l;
    }
    if (n.isNumber()) {
      return n.numberValue();
    }
    if (n.isBoolean()) {
      return n.booleanValue();
    }
    return n.asText();
  }

  /**
   * Jackson's own words for what is wrong, without its internals: no "[Source: …]", "(through
   * reference chain …)" or "from `StreamReadConstraints…`".
   */
  static String describe(JsonProcessingException e) {
    String m = e.getOriginalMessage();
    if (m == null) {
      return e.getClass().getSimpleName();
    }
    int chain = m.indexOf(" (through reference chain");
    if (chain >= 0) {
      m = m.substring(0, chain);
    }
    int source = m.indexOf("[Source:");
    if (source >= 0) {
      m = m.substring(0, source);
    }
    // limits name the Jackson method that holds them: "(200, from `StreamReadConstraints…`)"
    m = m.replaceAll(",? from `[^`]*`", "");
    return m.replace('\n', ' ').strip();
  }
}
