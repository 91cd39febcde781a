package org.derivx.io;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.derivx.derivation.Equation;
import org.derivx.derivation.Prompt;
import org.derivx.latex.Equations;

/**
 * Splits the paper's prompt text, "Given P1 and P2, then derive I1, then obtain G", into its
 * equations. A few-shot prompt holds worked examples first; the real prompt follows the last {@code
 * Prompt: }.
 */
public final class PromptParser {
  private PromptParser() {}

  /** Equations of a derivation string are joined by this word. */
  public static final String AND = " and ";

  public static Prompt parse(String text) {
    String p = text;
    int last = p.lastIndexOf("Prompt:");
    if (last >= 0) {
      p = p.substring(last + "Prompt:".length());
    }
    p = p.strip();
    if (p.startsWith("Given ")) {
      p = p.substring("Given ".length());
    }
    List<Equation> premises = new ArrayList<>();
    List<Equation> intermediates = new ArrayList<>();
    Equation goal = null;
    String[] parts = p.split(",\\s*then\\s+");
    for (int i = 0; i < parts.length; i++) {
      String part = parts[i].strip();
      if (i == 0 && !part.startsWith("derive ") && !part.startsWith("obtain ")) {
        premises.addAll(equations(part));
      } else if (part.startsWith("derive ")) {
        intermediates.addAll(equations(part.substring("derive ".length())));
      } else if (part.startsWith("obtain ")) {
        goal = Equations.parse(part.substring("obtain ".length()).strip());
      } else {
        premises.addAll(equations(part));
      }
    }
    return new Prompt(premises, intermediates, goal, text.strip());
  }

  /** Equations joined by " and ", blank parts dropped. */
  public static List<Equation> equations(String joined) {
    return Arrays.stream(joined.strip().split(AND))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .map(Equations::parse)
        .toList();
  }
}
