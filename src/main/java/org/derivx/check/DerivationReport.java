package org.derivx.check;

import java.util.List;
import org.derivx.derivation.Derivation;

/**
 * All step verdicts of one derivation, and whether its final step reached the prompt's goal. {@code
 * id} is the record id, {@code variant} the derivation's name within the record.
 */
public record DerivationReport(
    String id,
    String variant,
    Derivation.Kind kind,
    List<StepResult> steps,
    Goal goal,
    double millis) {

  public DerivationReport {
    steps = List.copyOf(steps);
  }

  public enum Goal {
    /** The final step is the goal, and no step it rests on is INCORRECT or UNPARSEABLE. */
    REACHED,
    /** The final step is the goal, but it rests on an INCORRECT (or unparseable) step. */
    REACHED_AFTER_ERROR,
    NOT_REACHED,
    /** The prompt names no goal (or it did not parse). */
    NO_GOAL
  }

  public long count(Verdict v) {
    return steps.stream().filter(s -> s.verdict() == v).count();
  }

  /** INCORRECT steps that carry an earlier error forward (counted apart from root errors). */
  public long carried() {
    return steps.stream().filter(StepResult::isCarried).count();
  }

  public boolean hasErrors() {
    return steps.stream().anyMatch(s -> s.verdict().isError());
  }
}
