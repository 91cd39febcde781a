package org.derivx.check;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The dependency graph of a derivation, built from each step's uses: a VALID step that the final
 * step does not (transitively) depend on is IRRELEVANT. Steps whose uses are unknown (UNKNOWN,
 * INCORRECT without an operation, SKIPPED beyond the search) are assumed to depend on every earlier
 * step, so uncertainty never produces an IRRELEVANT mark.
 */
final class Dependencies {
  private Dependencies() {}

  static List<StepResult> markIrrelevant(List<StepResult> steps) {
    if (steps.isEmpty()) {
      return steps;
    }
    Set<Integer> needed = new HashSet<>();
    Deque<Integer> todo = new ArrayDeque<>();
    todo.push(steps.size());
    while (!todo.isEmpty()) {
      int k = todo.pop();
      if (!needed.add(k)) {
        continue;
      }
      StepResult r = steps.get(k - 1);
      for (int j : parents(r)) {
        todo.push(j);
      }
    }
    List<StepResult> out = new ArrayList<>();
    for (StepResult r : steps) {
      if (r.verdict() == Verdict.VALID && !needed.contains(r.step())) {
        out.add(r.withVerdict(Verdict.IRRELEVANT, "the final step does not depend on it"));
      } else {
        out.add(r);
      }
    }
    return out;
  }

  private static List<Integer> parents(StepResult r) {
    if (r.verdict() == Verdict.REDUNDANT && r.sameAs() != null) {
      return List.of(r.sameAs());
    }
    boolean known =
        r.operation() != null
            && (r.verdict() == Verdict.VALID
                || r.verdict() == Verdict.SKIPPED
                || r.verdict() == Verdict.INCORRECT);
    if (known) {
      List<Integer> uses = new ArrayList<>(r.operation().steps());
      r.alternatives().forEach(a -> uses.addAll(a.steps()));
      if (r.verdict() == Verdict.SKIPPED && r.operations() == null) {
        return everyEarlier(r.step());
      }
      return uses;
    }
    if (r.verdict() == Verdict.PREMISE || r.verdict() == Verdict.UNPARSEABLE) {
      return List.of();
    }
    return everyEarlier(r.step());
  }

  private static List<Integer> everyEarlier(int k) {
    List<Integer> out = new ArrayList<>();
    for (int j = 1; j < k; j++) {
      out.add(j);
    }
    return out;
  }
}
