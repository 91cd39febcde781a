package org.derivx.check.decision;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.derivx.check.DerivationReport;
import org.derivx.check.EqRef;
import org.derivx.check.StepResult;
import org.derivx.check.Verdict;
import org.derivx.check.algebra.Trees;
import org.derivx.check.numeric.Samples;
import org.derivx.check.rules.Known;
import org.derivx.derivation.Derivation;
import org.derivx.derivation.Equation;
import org.derivx.derivation.Prompt;
import org.derivx.expr.Relation;

/** Whether a derivation reached its goal, soundly or after an error; which steps are chains. */
final class Goals {
  private Goals() {}

  /**
   * Whether the final step is the prompt's goal, and if so whether the chain it rests on is sound:
   * no INCORRECT or UNPARSEABLE step among the steps it (transitively) uses.
   */
  static DerivationReport.Goal of(Derivation d, List<StepResult> results, Samples samples) {
    Prompt prompt = d.prompt();
    if (prompt == null || prompt.goal() == null || !prompt.goal().parsed() || d.size() == 0) {
      return DerivationReport.Goal.NO_GOAL;
    }
    Equation last = d.step(d.size());
    if (!last.parsed() || Trees.depth(last.tree()) > CheckRun.MAX_TREE_DEPTH) {
      return DerivationReport.Goal.NOT_REACHED;
    }
    Relation goalTree = prompt.goal().tree();
    if (Trees.depth(goalTree) > CheckRun.MAX_TREE_DEPTH) {
      return DerivationReport.Goal.NOT_REACHED;
    }
    Known goal = Known.of(EqRef.premise(0), goalTree, samples);
    Known fin = Known.of(EqRef.step(d.size()), last.tree(), samples);
    boolean same =
        Samples.same(goal.lhs(), fin.lhs()) && Samples.same(goal.rhs(), fin.rhs())
            || Samples.same(goal.lhs(), fin.rhs()) && Samples.same(goal.rhs(), fin.lhs());
    if (!same) {
      return DerivationReport.Goal.NOT_REACHED;
    }
    for (int j : Dependencies.ancestors(results, d.size(), chains(d))) {
      Verdict v = results.get(j - 1).verdict();
      if (v == Verdict.INCORRECT || v == Verdict.UNPARSEABLE) {
        return DerivationReport.Goal.REACHED_AFTER_ERROR;
      }
    }
    return DerivationReport.Goal.REACHED;
  }

  /**
   * The steps written as chains {@code A = B = C}: the checker justifies their outer sides only.
   */
  static Set<Integer> chains(Derivation d) {
    Set<Integer> out = new HashSet<>();
    for (int k = 1; k <= d.size(); k++) {
      if (d.step(k).parsed() && d.step(k).tree().isChain()) {
        out.add(k);
      }
    }
    return out;
  }
}
