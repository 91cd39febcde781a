package org.derivx.lm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The JSON lines between the caller and the model process. Each line the process writes starts with
 * {@link #MARK}: llama.cpp prints to the same stdout from native code, so only marked lines are
 * messages and everything else is log. Requests: {@code generate} (id, prompt, temperature, seed,
 * maxTokens, grammar), {@code cancel} (id), {@code quit}. Events: {@code ready} (vocab), {@code
 * token} (id, text), {@code done} (id, tokens, stop), {@code error} (id or none, message).
 */
public final class Protocol {
  /** Starts every message line of the model process; native output never contains it. */
  public static final String MARK = "\u0001derivx\u0002";

  private static final ObjectMapper JSON = new ObjectMapper();

  private Protocol() {}

  public static ObjectNode object(String key, String value) {
    return JSON.createObjectNode().put(key, value);
  }

  public static String line(ObjectNode message) {
    return MARK + message.toString();
  }

  /** The message on {@code line}, or null when the line is not one (native output). */
  public static JsonNode parse(String line) {
    int at = line.indexOf(MARK);
    if (at < 0) {
      return null;
    }
    try {
      return JSON.readTree(line.substring(at + MARK.length()));
    } catch (JsonProcessingException e) {
      return null;
    }
  }

  /** A request read by the model process (unmarked JSON). */
  public static JsonNode request(String line) throws JsonProcessingException {
    return JSON.readTree(line);
  }

  public static ObjectNode generate(long id, GenerationRequest r) {
    ObjectNode n =
        object("op", "generate")
            .put("id", id)
            .put("prompt", r.prompt())
            .put("temperature", r.temperature())
            .put("seed", r.seed())
            .put("maxTokens", r.maxTokens());
    if (r.grammar() != null) {
      n.put("grammar", r.grammar());
    }
    return n;
  }
}
