package org.derivx.check;

import java.util.List;
import java.util.Map;

/**
 * The verdict on one step (numbered from 1) and why. {@code operation} is the justifying operation
 * for VALID and IRRELEVANT steps (and the one an INCORRECT step was derived by, if any); {@code
 * alternatives} are other single operations that yield the same step. {@code sameAs} names the
 * earlier equation a REDUNDANT step repeats, {@code premise} the prompt premise a PREMISE step
 * states, {@code operations} how many operations a SKIPPED step needed (null when more than the
 * bounded search reaches), {@code counterexample} where an INCORRECT step fails. {@code work} is
 * the deterministic work the step took (budget units, retry included): the same on every run.
 * {@code carried} marks an INCORRECT step that correct operations produce from an earlier INCORRECT
 * step (the error carried forward, not a new one).
 */
public record StepResult(
    int step,
    String latex,
    Verdict verdict,
    Operation operation,
    List<Operation> alternatives,
    Integer sameAs,
    Integer premise,
    Integer operations,
    Counterexample counterexample,
    String detail,
    Confirmation confirmation,
    boolean carried,
    long work,
    double millis) {

  public StepResult {
    alternatives = List.copyOf(alternatives);
  }

  /** How a VALID operation was confirmed. */
  public enum Confirmation {
    /** Symja simplified the difference of each pair of sides to zero. */
    SYMBOLIC,
    /** Agreement at every sample point; Symja could not (or was not asked to) prove it. */
    NUMERIC,
    NONE
  }

  /**
   * Values of the step's symbols where the two sides differ, and the two sides' values there;
   * {@code symja} when Symja evaluated those values independently (else they are the checker's).
   */
  public record Counterexample(Map<String, String> point, String lhs, String rhs, boolean symja) {}

  /** Step numbers this step builds on (empty when unknown or none). */
  public List<Integer> uses() {
    return operation == null ? List.of() : operation.steps();
  }

  StepResult withVerdict(Verdict v, String newDetail) {
    return new StepResult(
        step,
        latex,
        v,
        operation,
        alternatives,
        sameAs,
        premise,
        operations,
        counterexample,
        newDetail,
        confirmation,
        carried,
        work,
        millis);
  }
}
