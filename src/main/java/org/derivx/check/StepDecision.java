package org.derivx.check;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.derivx.check.StepResult.Confirmation;

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
   * INCORRECT with its counterexample; notes an operation that carried an earlier error forward.
   */
  static StepDecision incorrect(
      Truth.Result truth, List<Operation> ops, Map<Integer, Verdict> verdicts) {
    StepDecision s = new StepDecision(Verdict.INCORRECT);
    Map<String, String> point = new LinkedHashMap<>();
    truth.point().forEach((k, v) -> point.put(k, v.toString()));
    s.counterexample =
        new StepResult.Counterexample(point, truth.lhs().toString(), truth.rhs().toString());
    StringBuilder why = new StringBuilder("the sides differ");
    if (!point.isEmpty()) {
      why.append(" at ");
      point.forEach((k, v) -> why.append(k).append(" = ").append(v).append(", "));
      why.setLength(why.length() - 2);
    }
    why.append(": ").append(truth.lhs()).append(" vs ").append(truth.rhs());
    if (!ops.isEmpty()) {
      s.operation = ops.get(0);
      List<Integer> bad =
          s.operation.steps().stream().filter(j -> verdicts.get(j) == Verdict.INCORRECT).toList();
      why.append("; follows by ")
          .append(s.operation.rule().paperName())
          .append(" from incorrect step ")
          .append(bad.isEmpty() ? "" : bad.get(0))
          .append(" (error carried forward)");
    }
    return s.detail(why.toString());
  }

  StepResult toResult(int step, String latex, double millis) {
    return new StepResult(
        step,
        latex,
        verdict,
        operation,
        alternatives,
        sameAs,
        premise,
        operations,
        counterexample,
        detail,
        confirmation,
        work,
        millis);
  }
}
