package org.derivx.check.decision;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.derivx.check.StepResult;
import org.derivx.check.Verdict;

/**
 * The dependency graph of a derivation, built from each step's uses: a VALID step that the final
 * step does not (transitively) depend on is IRRELEVANT. A step's uses are those of every
 * justification as short as the one found (its alternatives too), so a step on any shortest route
 * counts as used. Where uses are unknown (UNPARSEABLE, UNKNOWN, UNEXPLAINED, INCORRECT without an
 * operation, a chain {@code A = B = C} whose inner links the checker does not justify), the step
 * may rest on anything before it: it counts as using every earlier step, and as needed itself, so
 * uncertainty never produces an IRRELEVANT mark.
 */
public final class Dependencies {
  private Dependencies() {}

  public static List<StepResult> markIrrelevant(List<StepResult> steps, Set<Integer> chains) {
    if (steps.isEmpty()) {
      return steps;
    }
    List<Integer> roots = new ArrayList<>();
    roots.add(steps.size());
    for (StepResult r : steps) {
      if (unknownUses(r, chains)) {
        roots.add(r.step());
      }
    }
    Set<Integer> needed = reachable(steps, roots, chains);
    List<StepResult> out = new ArrayList<>();
    for (StepResult r : steps) {
      if (r instanceof StepResult.Valid v && !needed.contains(r.step())) {
        out.add(v.unused("the final step does not depend on it"));
      } else {
        out.add(r);
      }
    }
    return out;
  }

  /** Step {@code k} and every step it rests on, transitively. */
  public static Set<Integer> ancestors(List<StepResult> steps, int k, Set<Integer> chains) {
    return reachable(steps, List.of(k), chains);
  }

  private static Set<Integer> reachable(
      List<StepResult> steps, List<Integer> roots, Set<Integer> chains) {
    Set<Integer> wrong = new HashSet<>();
    for (StepResult r : steps) {
      if (r.verdict() == Verdict.INCORRECT || r.verdict() == Verdict.UNPARSEABLE) {
        wrong.add(r.step());
      }
    }
    Set<Integer> seen = new TreeSet<>();
    Deque<Integer> todo = new ArrayDeque<>(roots);
    while (!todo.isEmpty()) {
      int k = todo.pop();
      if (k < 1 || k > steps.size() || !seen.add(k)) {
        continue;
      }
      for (int j : parents(steps.get(k - 1), chains, wrong)) {
        todo.push(j);
      }
    }
    return seen;
  }

  private static boolean unknownUses(StepResult r, Set<Integer> chains) {
    if (chains.contains(r.step()) && r.verdict() != Verdict.PREMISE) {
      return true;
    }
    return switch (r.verdict()) {
      case UNPARSEABLE, UNKNOWN, UNEXPLAINED -> true;
      case INCORRECT -> !StepResult.isCarried(r);
      default -> false;
    };
  }

  private static List<Integer> parents(StepResult r, Set<Integer> chains, Set<Integer> wrong) {
    if (r instanceof StepResult.Redundant red && red.sameAs() != null) {
      return List.of(red.sameAs());
    }
    if (unknownUses(r, chains)) {
      // a true step rests on correct ones (the guide's "uses"); an undecided one on anything
      boolean isTrue = r.verdict() == Verdict.UNEXPLAINED || r.verdict() == Verdict.SKIPPED;
      List<Integer> out = new ArrayList<>();
      for (int j = 1; j < r.step(); j++) {
        if (!isTrue || !wrong.contains(j)) {
          out.add(j);
        }
      }
      return out;
    }
    return r.uses();
  }
}
