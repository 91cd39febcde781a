package org.derivx.check;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A step's verdict in words, as the explorer and the figures show it: "differentiate (2) with
 * respect to a", "substitute (3) into (1)", "skips steps (≥2 operations)", "repeats (2)", "not used
 * for the goal", "false: at a = 0.7 the sides are 1.22 and 0.91". Equations are "(k)" for step k
 * and "(Pk)" for prompt premise k.
 */
public final class Justification {
  private Justification() {}

  public static String describe(StepResult s) {
    return switch (s.verdict()) {
      case UNPARSEABLE -> "does not parse: " + s.detail();
      case PREMISE -> s.premise() == null ? "states a premise" : "states (P" + s.premise() + ")";
      case INCORRECT -> incorrect(s);
      case REDUNDANT ->
          s.sameAs() == null ? "repeats an earlier step" : "repeats (" + s.sameAs() + ")";
      case SKIPPED ->
          "skips steps ("
              + (s.operations() == null ? "≥2" : s.operations().toString())
              + " operations"
              + (s.operation() == null ? "" : ", ending with " + operation(s.operation()))
              + ")";
      case IRRELEVANT ->
          (s.operation() == null ? "correct" : operation(s.operation()))
              + ", but not used for the goal";
      case VALID -> s.operation() == null ? "valid" : operation(s.operation());
      case UNKNOWN -> "undecided: " + s.detail();
    };
  }

  /** An operation in words, e.g. "differentiate (2) with respect to a". */
  public static String operation(Operation op) {
    List<EqRef> uses = op.uses();
    String first = uses.isEmpty() ? "" : ref(uses.get(0));
    String arg = op.argument() == null ? "" : op.argument();
    return switch (op.rule()) {
      case ADD -> "add " + arg + " to both sides of " + first;
      case MINUS -> "subtract " + arg + " from both sides of " + first;
      case TIMES -> "multiply both sides of " + first + " by " + arg;
      case DIVIDE -> "divide both sides of " + first + " by " + arg;
      case POWER -> "raise both sides of " + first + " to the power " + arg;
      case DIFFERENTIATE -> "differentiate " + first + " with respect to " + arg;
      case INTEGRATE -> "integrate " + first + " with respect to " + arg;
      case EVALUATE_DERIVATIVES -> "evaluate the derivatives in " + first;
      case EVALUATE_INTEGRALS -> "evaluate the integrals in " + first;
      case COS, SIN, EXP, LOG -> "apply " + op.rule().paperName() + " to both sides of " + first;
      case EXPAND -> "expand " + first;
      case SIMPLIFY -> "rewrite " + first;
      case SUBSTITUTE_LHS_FOR_RHS, SUBSTITUTE_RHS_FOR_LHS ->
          uses.size() < 2
              ? "substitute into " + first
              : "substitute " + ref(uses.get(1)) + " into " + first;
      case COMBINE ->
          "combine "
              + uses.stream().map(Justification::ref).collect(Collectors.joining(" and "))
              + (arg.isEmpty() ? "" : " (" + arg + ")");
      case DEFINE -> "defines a new name";
    };
  }

  private static String incorrect(StepResult s) {
    StepResult.Counterexample c = s.counterexample();
    if (c == null) {
      return "false" + (s.detail() == null || s.detail().isEmpty() ? "" : ": " + s.detail());
    }
    String at =
        c.point().entrySet().stream()
            .map((Map.Entry<String, String> e) -> e.getKey() + " = " + e.getValue())
            .collect(Collectors.joining(", "));
    String carried =
        s.operation() == null ? "" : "; follows by " + operation(s.operation()) + " from an error";
    return "false: at " + at + " the sides are " + c.lhs() + " and " + c.rhs() + carried;
  }

  static String ref(EqRef r) {
    return "(" + r + ")";
  }
}
