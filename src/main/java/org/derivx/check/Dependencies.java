package org.derivx.check;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The dependency graph of a derivation, built from each step's uses: a VALID step that the final
 * step does not (transitively) depend on is IRRELEVANT. A step's uses are those of every
 * justification as short as the one found (its alternatives too), so a step on any shortest route
 * counts as used. Where uses are unknown (UNPARSEABLE, UNKNOWN, UNEXPLAINED, INCORRECT without an
 * operation), the step may rest on anything before it: it counts as using every earlier step, and
 * as needed itself, so uncertainty never produces an IRRELEVANT mark.
 */
final class Dependencies {
  private Dependencies() {}

  static List<StepResult> markIrrelevant(List<StepResult> steps) {
    if (steps.isEmpty()) {
      return steps;
    }
    List<Integer> roots = new ArrayList<>();
    roots.add(steps.size());
    for (StepResult r : steps) {
      if (unknownUses(r)) {
        roots.add(r.step());
      }
    }
    Set<Integer> needed = reachable(steps, roots);
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

  /** Step {@code k} and every step it rests on, transitively. */
  static Set<Integer> ancestors(List<StepResult> steps, int k) {
    return reachable(steps, List.of(k));
  }

  private static Set<Integer> reachable(List<StepResult> steps, List<Integer> roots) {
    Set<Integer> seen = new TreeSet<>();
    Deque<Integer> todo = new ArrayDeque<>(roots);
    while (!todo.isEmpty()) {
      int k = todo.pop();
      if (k < 1 || k > steps.size() || !seen.add(k)) {
        continue;
      }
      for (int j : parents(steps.get(k - 1))) {
        todo.push(j);
      }
    }
    return seen;
  }

  private static boolean unknownUses(StepResult r) {
    return switch (r.verdict()) {
      case UNPARSEABLE, UNKNOWN, UNEXPLAINED -> true;
      case SKIPPED -> r.operations() == null;
      case INCORRECT -> r.operation() == null;
      default -> false;
    };
  }

  private static List<Integer> parents(StepResult r) {
    if (r.verdict() == Verdict.REDUNDANT && r.sameAs() != null) {
      return List.of(r.sameAs());
    }
    if (unknownUses(r)) {
      List<Integer> out = new ArrayList<>();
      for (int j = 1; j < r.step(); j++) {
        out.add(j);
      }
      return out;
    }
    if (r.operation() == null) {
      return List.of();
    }
    List<Integer> uses = new ArrayList<>(r.operation().steps());
    r.alternatives().forEach(a -> uses.addAll(a.steps()));
    return uses;
  }
}
