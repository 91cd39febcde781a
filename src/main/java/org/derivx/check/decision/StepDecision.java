package org.derivx.check.decision;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.derivx.check.Operation;
import org.derivx.check.StepResult;
import org.derivx.check.StepResult.Confirmation;
import org.derivx.check.Verdict;

/**
 * The mutable working state of one step's decision, turned into a {@link StepResult} at the end.
 */
final class StepDecision {
  final Verdict verdict;
  Operation operation;
  List<Operation> alternatives = List.of();
  Integer sameAs;
  Integer premise;
  Integer operations;
  StepResult.Counterexample counterexample;
  Confirmation confirmation = Confirmation.NONE;
  boolean carried;
  long work;
  private String detail = "";

  private StepDecision(Verdict verdict) {
    this.verdict = verdict;
  }

  static StepDecision of(Verdict v) {
    return new StepDecision(v);
  }

  StepDecision detail(String text) {
    this.detail = text == null ? "" : text;
    return this;
  }

  /**
   * INCORRECT with its counterexample; {@code from} is the operation (the last of a chain of {@code
   * operations}) that carried an earlier error forward, or null for a root error.
   */
  static StepDecision incorrect(
      Truth.Result truth, Operation from, int operations, Map<Integer, Verdict> verdicts) {
    StepDecision s = new StepDecision(Verdict.INCORRECT);
    if (truth.point() != null && truth.lhs() != null) {
      Map<String, String> point = new LinkedHashMap<>();
      truth.point().forEach((k, v) -> point.put(k, v.toString()));
      s.counterexample =
          new StepResult.Counterexample(
              point, truth.lhs().toString(), truth.rhs().toString(), truth.symja());
    }
    StringBuilder why = new StringBuilder();
    if (from != null) {
      s.operation = from;
      s.carried = true;
      s.operations = operations;
      int bad =
          from.steps().stream()
              .filter(j -> verdicts.get(j) == Verdict.INCORRECT)
              .findFirst()
              .orElse(0);
      why.append("carries the error of step ").append(bad).append(" forward (");
      why.append(operations == 1 ? "one operation" : operations + " operations").append(")");
    }
    if (truth.detail() != null && !truth.detail().isEmpty()) {
      why.append(why.length() == 0 ? "" : "; ").append(truth.detail());
    }
    if (s.counterexample == null && why.length() == 0) {
      why.append("false under the premises");
    }
    return s.detail(why.toString());
  }

  /** {@code a}, and {@code b} after a semicolon if there is one. */
  static String joined(String a, String b) {
    return b == null || b.isEmpty() ? a : a + "; " + b;
  }

  StepResult toResult(int step, String latex, double millis) {
    return switch (verdict) {
      case PREMISE -> new StepResult.Premise(step, latex, premise, detail, work, millis);
      case VALID ->
          new StepResult.Valid(
              step, latex, operation, alternatives, confirmation, detail, work, millis);
      case IRRELEVANT ->
          new StepResult.Irrelevant(
              step, latex, operation, alternatives, confirmation, detail, work, millis);
      case SKIPPED ->
          new StepResult.Skipped(
              step, latex, operation, operations, alternatives, detail, work, millis);
      case UNEXPLAINED -> new StepResult.Unexplained(step, latex, detail, work, millis);
      case REDUNDANT -> new StepResult.Redundant(step, latex, sameAs, detail, work, millis);
      case INCORRECT ->
          new StepResult.Incorrect(
              step,
              latex,
              carried ? operation : null,
              carried ? (operations == null ? 1 : operations) : 0,
              counterexample,
              detail,
              work,
              millis);
      case UNPARSEABLE -> new StepResult.Unparseable(step, latex, detail, work, millis);
      case UNKNOWN -> new StepResult.Unknown(step, latex, detail, work, millis);
    };
  }
}
