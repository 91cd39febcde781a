package org.derivx.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.derivx.derivation.Derivation;
import org.derivx.derivation.Equation;
import org.derivx.testing.Derivations;

/**
 * A small derivation as the checker targets read it from fuzzer bytes (UTF-8 text, one equation a
 * line): {@code given: } lines are premises, a {@code goal: } line the goal, every other non-blank
 * line a step. At most {@link #MAX_PREMISES} premises and {@link #MAX_STEPS} steps are kept, so one
 * execution is a handful of steps, each bounded by its budget.
 */
record CheckerInput(List<String> premises, List<String> steps, String goal) {
  static final int MAX_PREMISES = 4;
  static final int MAX_STEPS = 6;
  private static final String GIVEN = "given: ";
  private static final String GOAL = "goal: ";

  static CheckerInput decode(byte[] data) {
    List<String> premises = new ArrayList<>();
    List<String> steps = new ArrayList<>();
    String goal = null;
    for (String line : new String(data, StandardCharsets.UTF_8).split("\n", -1)) {
      if (line.startsWith(GIVEN)) {
        if (premises.size() < MAX_PREMISES) {
          premises.add(line.substring(GIVEN.length()));
        }
      } else if (line.startsWith(GOAL)) {
        goal = line.substring(GOAL.length());
      } else if (!line.isBlank() && steps.size() < MAX_STEPS) {
        steps.add(line);
      }
    }
    return new CheckerInput(premises, steps, goal);
  }

  /** The seed text for premises, steps and a goal (null for none); line breaks become spaces. */
  static byte[] encode(List<String> premises, List<String> steps, String goal) {
    StringBuilder sb = new StringBuilder();
    premises.stream()
        .limit(MAX_PREMISES)
        .forEach(p -> sb.append(GIVEN).append(flat(p)).append('\n'));
    steps.stream().limit(MAX_STEPS).forEach(s -> sb.append(flat(s)).append('\n'));
    if (goal != null) {
      sb.append(GOAL).append(flat(goal)).append('\n');
    }
    return sb.toString().getBytes(StandardCharsets.UTF_8);
  }

  static byte[] encode(Derivation d) {
    var prompt = d.promptIfAny();
    return encode(
        prompt.map(p -> p.premises().stream().map(Equation::raw).toList()).orElse(List.of()),
        d.steps().stream().map(Equation::raw).toList(),
        prompt.flatMap(p -> p.goalEquation()).map(Equation::raw).orElse(null));
  }

  private static String flat(String latex) {
    return latex.replace('\n', ' ').replace('\r', ' ');
  }

  Derivation derivation() {
    return Derivations.of(premises, steps, goal);
  }
}
