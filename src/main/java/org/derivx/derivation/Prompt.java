package org.derivx.derivation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the model was asked: "Given premises, then derive intermediates, then obtain goal". The goal
 * is absent when a prompt names none. {@code text} is the prompt as read, when there was one.
 */
public record Prompt(
    List<Equation> premises, List<Equation> intermediates, Equation goal, String text) {
  public Prompt {
    premises = List.copyOf(premises);
    intermediates = List.copyOf(intermediates);
  }

  public Optional<Equation> goalEquation() {
    return Optional.ofNullable(goal);
  }

  /** Premises, intermediates and goal in prompt order. */
  public List<Equation> all() {
    var out = new ArrayList<Equation>(premises);
    out.addAll(intermediates);
    if (goal != null) {
      out.add(goal);
    }
    return out;
  }
}
