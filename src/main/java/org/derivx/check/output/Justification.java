package org.derivx.check.output;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.derivx.check.EqRef;
import org.derivx.check.Operation;
import org.derivx.check.StepResult;
import org.derivx.expr.PlainText;
import org.derivx.latex.LatexParser;

/**
 * A step's verdict in words, as the explorer, the figures and the CLI show it: "differentiate (2)
 * with respect to a", "substitute (3) into (1)", "skips a step: 2 operations …", "repeats (2)",
 * "false: at a = 0.7 the sides are 1.22 and 0.91". Plain text for people: no LaTeX in sentences
 * (symbols as Unicode, {@code x²}, {@code 𝐄}). Equations are "(k)" for step k and "(Pk)" for
 * prompt premise k.
 */
public final class Justification {
  private Justification() {}

  public static String describe(StepResult s) {
    if (s instanceof StepResult.Premise p) {
      return "states (P" + p.premise() + ")" + more(p.detail());
    }
    if (s instanceof StepResult.Incorrect i) {
      return incorrect(i);
    }
    if (s instanceof StepResult.Redundant r) {
      return r.sameAs() == null ? r.detail() : "repeats (" + r.sameAs() + ")";
    }
    if (s instanceof StepResult.Skipped k) {
      return "skips a step: " + k.operations() + " operations, the last " + operation(k.last());
    }
    if (s instanceof StepResult.Irrelevant i) {
      return operation(i.operation()) + ", but the final step does not depend on it";
    }
    if (s instanceof StepResult.Valid v) {
      return operation(v.operation()) + more(v.detail());
    }
    return switch (s.verdict()) {
      case UNPARSEABLE -> "does not parse: " + s.detail();
      case UNEXPLAINED -> "true, but no chain of up to 3 operations from earlier equations found";
      default -> "undecided: " + s.detail();
    };
  }

  /** An operation in words, e.g. "differentiate (2) with respect to a". */
  public static String operation(Operation op) {
    List<EqRef> uses = op.uses();
    String first = uses.isEmpty() ? "" : ref(uses.get(0));
    String arg = op.argument() == null ? "" : argument(op.argument());
    String own = uses.isEmpty() ? " (as written)" : "";
    return switch (op.rule()) {
      case ADD -> "add " + arg + " to both sides of " + first;
      case MINUS -> "subtract " + arg + " from both sides of " + first;
      case TIMES -> "multiply both sides of " + first + " by " + arg;
      case DIVIDE -> "divide both sides of " + first + " by " + arg;
      case POWER -> "raise both sides of " + first + " to the power " + arg;
      case DIFFERENTIATE -> "differentiate " + first + " with respect to " + arg;
      case INTEGRATE -> "integrate " + first + " with respect to " + arg;
      case EVALUATE_DERIVATIVES ->
          uses.isEmpty() ? "evaluate the derivative" + own : "evaluate the derivatives in " + first;
      case EVALUATE_INTEGRALS ->
          uses.isEmpty() ? "evaluate the integral" + own : "evaluate the integrals in " + first;
      case COS, SIN, EXP, LOG -> "apply " + op.rule().paperName() + " to both sides of " + first;
      case EXPAND -> uses.isEmpty() ? "expand" + own : "expand " + first;
      case SIMPLIFY -> uses.isEmpty() ? "an identity: rewrite one side" : "rewrite " + first;
      case SUBSTITUTE_LHS_FOR_RHS, SUBSTITUTE_RHS_FOR_LHS ->
          uses.size() < 2
              ? "substitute " + first + " into one side"
              : "substitute " + ref(uses.get(1)) + " into " + first;
      case COMBINE ->
          "combine "
              + uses.stream().map(Justification::ref).collect(Collectors.joining(" and "))
              + (arg.isEmpty() ? "" : " (" + op.argument() + ")");
      case DEFINE -> "defines a new name";
      case RENAME_CONSTANT -> "rename the constant of integration of " + first;
    };
  }

  /** An inferred argument (LaTeX) as plain text. */
  static String argument(String latex) {
    try {
      return PlainText.of(LatexParser.parseExpression(latex));
    } catch (RuntimeException e) {
      return PlainText.name(latex);
    }
  }

  private static String incorrect(StepResult.Incorrect s) {
    StepResult.Counterexample c = s.counterexample();
    String carried =
        s.carried()
            ? "carried forward (" + operation(s.carriedBy()) + " from an incorrect step); "
            : "";
    if (c == null) {
      return carried + "false" + more(s.detail());
    }
    String at =
        c.point().entrySet().stream()
            .map((Map.Entry<String, String> e) -> PlainText.name(e.getKey()) + " = " + e.getValue())
            .collect(Collectors.joining(", "));
    return carried
        + "false: at "
        + at
        + " the sides are "
        + c.lhs()
        + " and "
        + c.rhs()
        + (c.symja() ? " (also by Symja)" : "");
  }

  private static String more(String detail) {
    return detail == null || detail.isEmpty() ? "" : "; " + detail;
  }

  static String ref(EqRef r) {
    return "(" + r + ")";
  }
}
