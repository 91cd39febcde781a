package org.derivx.check.decision;

import java.util.Comparator;
import java.util.Map;
import org.derivx.check.EqRef;
import org.derivx.check.Operation;
import org.derivx.check.Verdict;
import org.derivx.check.rules.Attribution;

/** The labelling guide's tie rule between equally short justifications (extension 4). */
final class TieRule {
  private TieRule() {}

  /**
   * The guide's tie rule among single operations: the model's own steps before premises (and before
   * steps that restate one), the most recent steps first, a bare rewrite using nothing last; then
   * the preferred rule.
   */
  static Comparator<Operation> byTieRule(Map<Integer, Verdict> verdicts) {
    return Comparator.<Operation>comparingInt(op -> tier(op, verdicts))
        .thenComparing(op -> -op.steps().stream().mapToInt(Integer::intValue).max().orElse(0))
        .thenComparingInt(op -> Attribution.rank(op.rule()));
  }

  private static int tier(Operation op, Map<Integer, Verdict> verdicts) {
    if (op.uses().isEmpty()) {
      return 2;
    }
    return op.uses().stream().allMatch(r -> premiseLike(r, verdicts)) ? 1 : 0;
  }

  static boolean premiseLike(EqRef ref, Map<Integer, Verdict> verdicts) {
    return ref.premise() || verdicts.get(ref.index()) == Verdict.PREMISE;
  }
}
