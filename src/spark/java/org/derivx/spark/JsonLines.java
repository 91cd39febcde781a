package org.derivx.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Locale;
import org.derivx.derivation.Source;

/**
 * JSON lines of the job, and those of {@code problems/}: {@code {"kind", "file", "line"|"element",
 * "message", "trace"}}, {@code kind} one of {@code problem} (a record skipped, or a file not read:
 * bad input), {@code warning} (something dropped from a kept record) and {@code internal} (a bug,
 * with its trace).
 */
final class JsonLines {
  static final ObjectMapper JSON = new ObjectMapper();

  private JsonLines() {}

  /** A record's problem at {@code source}; {@code e} the internal error, if it is one. */
  static Out problem(Out.Kind kind, Source source, String message, Throwable e) {
    ObjectNode o = node(kind, source.file(), message, e);
    o.put(source.unit() == Source.Unit.LINE ? "line" : "element", source.position());
    return new Out(kind, text(o));
  }

  /** A problem with a whole file (or path): it was not read. */
  static Out fileProblem(String file, String message) {
    return new Out(Out.Kind.PROBLEM, text(node(Out.Kind.PROBLEM, file, message, null)));
  }

  private static ObjectNode node(Out.Kind kind, String file, String message, Throwable e) {
    ObjectNode o = JSON.createObjectNode();
    o.put("kind", kind.name().toLowerCase(Locale.ROOT));
    o.put("file", file);
    o.put("message", message + (e == null ? "" : ": " + summary(e)));
    if (e != null) {
      StringWriter trace = new StringWriter();
      e.printStackTrace(new PrintWriter(trace));
      o.put("trace", trace.toString());
    }
    return o;
  }

  /** {@code java.lang.IllegalStateException: message}: an error in one line. */
  static String summary(Throwable e) {
    String m = e.getMessage();
    return e.getClass().getName() + (m == null ? "" : ": " + m);
  }

  static String text(ObjectNode o) {
    try {
      return JSON.writeValueAsString(o);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree that cannot be written", e);
    }
  }
}
