package org.derivx.check.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.derivx.check.Budget;
import org.derivx.check.EqRef;
import org.derivx.check.Operation;
import org.derivx.check.algebra.Differentiator;
import org.derivx.check.algebra.Names;
import org.derivx.check.algebra.Substitution;
import org.derivx.check.algebra.Trees;
import org.derivx.check.numeric.Samples;
import org.derivx.expr.Expr;
import org.derivx.expr.Expr.Derivative;
import org.derivx.expr.Expr.Integral;
import org.derivx.expr.Expr.Sym;
import org.derivx.expr.Relation;

/**
 * The bounded search behind SKIPPED: applies the operations that need no argument from the step
 * (differentiate or integrate by the step's variables, evaluate derivatives, substitute) to earlier
 * equations, one or two levels deep, and asks {@link Attribution} whether one more operation then
 * yields the step. Inferred-argument operations (add, times, power…) can only be the last one.
 */
public final class Search {
  private static final int MAX_INTERMEDIATES = 300;

  /**
   * How a skipped step can be reached: {@code depth} operations, the last of them {@code last}
   * (whose uses are every original equation of the chain); {@code alternatives} are the other
   * chains as short, so that a step on any of them counts as used.
   */
  public record Found(int depth, Operation last, String path, List<Operation> alternatives) {
    public String describe() {
      return depth + " operations: " + path;
    }
  }

  /** An intermediate equation and the original equations it came from. */
  private record Node(Known known, Set<EqRef> bases, String path) {}

  private final Samples samples;
  private final Budget budget;
  private final int maxDepth;
  private final Attribution.ZeroTest zero;
  private final Names names = new Names();
  private int nextId = -1;

  public Search(Samples samples, int maxDepth, Attribution.ZeroTest zero, Memo memo) {
    this.samples = samples;
    this.budget = samples.budget();
    this.maxDepth = maxDepth;
    this.zero = zero;
    this.memo = memo;
  }

  private final Memo memo;

  /**
   * The shortest chain, preferring (as the labelling guide's tie rule does) chains through the
   * model's own steps to chains through premises only, then the most recent steps.
   */
  public Found find(Known step, List<Known> pool, Predicate<EqRef> premiseLike) {
    Attribution attribution = new Attribution(samples, zero, memo);
    List<Node> level = new ArrayList<>();
    // most recent first: the intermediate cap then cuts premise-only chains before the model's
    for (int i = pool.size() - 1; i >= 0; i--) {
      Known e = pool.get(i);
      level.add(new Node(e, Set.of(e.ref()), e.ref().toString()));
    }
    List<Node> all = new ArrayList<>(level);
    for (int depth = 2; depth <= maxDepth; depth++) {
      List<Node> next = expand(step, level, pool);
      if (next.isEmpty()) {
        return null;
      }
      List<Known> fresh = next.stream().map(Node::known).toList();
      List<Known> base = all.stream().map(Node::known).toList();
      List<Operation> ops =
          attribution.findExtending(step, fresh, base).stream()
              .filter(op -> attribution.byZero(op) == null)
              .toList();
      if (!ops.isEmpty()) {
        List<Found> chains = new ArrayList<>();
        for (Operation op : ops) {
          chains.add(found(depth, op, next, all));
        }
        chains.sort(
            Comparator.<Found>comparingInt(
                    f -> f.last().uses().stream().allMatch(premiseLike) ? 1 : 0)
                .thenComparingInt(
                    f -> -f.last().steps().stream().mapToInt(Integer::intValue).max().orElse(0)));
        Found best = chains.get(0);
        List<Operation> others =
            chains.subList(1, chains.size()).stream().map(Found::last).toList();
        return new Found(best.depth(), best.last(), best.path(), others);
      }
      all.addAll(next);
      level = next;
    }
    return null;
  }

  private Found found(int depth, Operation op, List<Node> next, List<Node> all) {
    Set<EqRef> bases = new TreeSet<>();
    String path = null;
    for (EqRef u : op.uses()) {
      for (Node n : next) {
        if (n.known().ref().equals(u)) {
          bases.addAll(n.bases());
          path = n.path();
        }
      }
      for (Node n : all) {
        if (n.known().ref().equals(u)) {
          bases.addAll(n.bases());
        }
      }
    }
    String how = (path == null ? "" : path + ", then ") + op.rule().paperName();
    return new Found(
        depth, new Operation(op.rule(), List.copyOf(bases), op.argument()), how, List.of());
  }

  private List<Node> expand(Known step, List<Node> level, List<Known> pool) {
    Trees.CalculusVariables cv = Trees.calculusVariables(step.eq());
    Set<Expr> dvars = cv.derivative();
    Set<Integral.Bound> ivars = cv.integral();
    List<Node> out = new ArrayList<>();
    for (Node n : level) {
      Relation r = n.known().eq();
      for (Expr v : dvars) {
        if (v instanceof Sym) {
          List<Derivative.Var> vars = List.of(new Derivative.Var(v, 1));
          add(
              out,
              n,
              Relation.of(
                  new Derivative(r.lhs(), vars, false), new Derivative(r.rhs(), vars, false)),
              "differentiate",
              Set.of());
        }
      }
      for (Integral.Bound b : ivars) {
        add(
            out,
            n,
            Relation.of(new Integral(r.lhs(), List.of(b)), new Integral(r.rhs(), List.of(b))),
            "integrate",
            Set.of());
      }
      if (Trees.hasDerivative(r)) {
        try {
          add(
              out,
              n,
              Relation.of(
                  Differentiator.evaluateDerivatives(r.lhs(), budget),
                  Differentiator.evaluateDerivatives(r.rhs(), budget)),
              "evaluate_derivatives",
              Set.of());
        } catch (Differentiator.UnsupportedException unsupported) {
          // this intermediate cannot be formed
        }
      }
      for (Known f : pool) {
        if (f == n.known()) {
          continue;
        }
        Set<EqRef> extra = Set.of(f.ref());
        budget.spend(1);
        if (!names.mayOccur(f.l(), r) && !names.mayOccur(f.r(), r)) {
          continue;
        }
        budget.spend(n.known().size() + f.size());
        Substitution.apply(r, f.l(), f.r())
            .map(this::charged)
            .ifPresent(c -> add(out, n, c, "substitute_LHS_for_RHS with " + f.ref(), extra));
        Substitution.apply(r, f.r(), f.l())
            .map(this::charged)
            .ifPresent(c -> add(out, n, c, "substitute_RHS_for_LHS with " + f.ref(), extra));
      }
      budget.poll();
      if (out.size() > MAX_INTERMEDIATES) {
        break;
      }
    }
    return out;
  }

  private void add(List<Node> out, Node from, Relation r, String how, Set<EqRef> extra) {
    Set<EqRef> bases = new TreeSet<>(from.bases());
    bases.addAll(extra);
    Known k = Known.of(EqRef.step(nextId--), r, samples);
    out.add(new Node(k, bases, from.path() + " → " + how));
  }

  /** A substitution's result is paid for by the work of making it canonical. */
  private Relation charged(Relation made) {
    budget.spend(Trees.canonicalWork(made));
    return made;
  }
}
