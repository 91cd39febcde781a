package org.derivx.inject;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.derivx.check.algebra.Trees;
import org.derivx.expr.Expr;
import org.derivx.expr.Expr.Derivative;
import org.derivx.expr.Expr.Sym;
import org.derivx.expr.Exprs;
import org.derivx.expr.Relation;
import org.derivx.latex.LatexPrinter;

/**
 * Errors in the shape of a derivation rather than in one equation: a tautology or a repeat put in,
 * steps left out so the next one leaps, the goal written down early, a correct step nothing uses.
 */
final class Restructure {
  private Restructure() {}

  static Optional<Mutant> make(Kind kind, Reference ref, SplittableRandom r) {
    if (ref.size() < 2) {
      return Optional.empty();
    }
    return switch (kind) {
      case TAUTOLOGY -> tautology(ref, r);
      case REPEAT -> repeat(ref, r);
      case LEAP -> leap(ref, r);
      case GOAL_COPIED -> goalCopied(ref, r);
      case UNUSED -> unused(ref, r);
      default -> Optional.empty();
    };
  }

  /** {@code X = X} with X a side of an earlier equation, put in before a later step. */
  private static Optional<Mutant> tautology(Reference ref, SplittableRandom r) {
    int at = 1 + r.nextInt(ref.size() - 1);
    Relation source = ref.trees().get(r.nextInt(at));
    Expr x = r.nextBoolean() ? source.lhs() : source.rhs();
    return Optional.of(insert(ref, at, LatexPrinter.print(Relation.of(x, x)), Kind.TAUTOLOGY));
  }

  /** An earlier equation (sides swapped one time in two) written again later. */
  private static Optional<Mutant> repeat(Reference ref, SplittableRandom r) {
    int at = 1 + r.nextInt(ref.size());
    int j = r.nextInt(at);
    Relation eq = ref.trees().get(j);
    String latex =
        r.nextBoolean() ? ref.latex().get(j) : LatexPrinter.print(Relation.of(eq.rhs(), eq.lhs()));
    return Optional.of(insert(ref, Math.min(at, ref.size()), latex, Kind.REPEAT));
  }

  /** One to three consecutive derived steps left out; the step after them leaps. */
  private static Optional<Mutant> leap(Reference ref, SplittableRandom r) {
    List<Integer> starts = new ArrayList<>();
    for (int k = 1; k < ref.size() - 1; k++) {
      if (!ref.premise(k)) {
        starts.add(k);
      }
    }
    if (starts.isEmpty()) {
      return Optional.empty();
    }
    int from = starts.get(r.nextInt(starts.size()));
    int n = 1 + r.nextInt(3);
    int to = from;
    while (to < from + n && to < ref.size() - 1 && !ref.premise(to)) {
      to++;
    }
    List<String> steps = new ArrayList<>(ref.latex().subList(0, from));
    steps.addAll(ref.latex().subList(to, ref.size()));
    return Optional.of(new Mutant(steps, from, Kind.LEAP));
  }

  /** The final step right after an early one: at least two steps of the way left out. */
  private static Optional<Mutant> goalCopied(Reference ref, SplittableRandom r) {
    int last = ref.size() - 1;
    if (last < 3) {
      return Optional.empty();
    }
    int keep = 1 + r.nextInt(last - 2); // steps 0 … keep-1 stay, at least two are left out
    List<String> steps = new ArrayList<>(ref.latex().subList(0, keep));
    steps.add(ref.latex().get(last));
    return Optional.of(new Mutant(steps, keep, Kind.GOAL_COPIED));
  }

  /**
   * One operation on an earlier equation (a symbol added to or multiplying both sides, or both
   * sides differentiated), put in before the last step, which does not use it.
   */
  private static Optional<Mutant> unused(Reference ref, SplittableRandom r) {
    int last = ref.size() - 1;
    int j = r.nextInt(last);
    Relation eq = ref.trees().get(j);
    List<String> names = new ArrayList<>(Trees.symbols(eq));
    if (names.isEmpty()) {
      return Optional.empty();
    }
    Sym s = new Sym(names.get(r.nextInt(names.size())));
    Relation step =
        switch (r.nextInt(3)) {
          case 0 -> Relation.of(Exprs.add(eq.lhs(), s), Exprs.add(eq.rhs(), s));
          case 1 -> Relation.of(Exprs.mul(s, eq.lhs()), Exprs.mul(s, eq.rhs()));
          default ->
              Relation.of(
                  new Derivative(eq.lhs(), List.of(new Derivative.Var(s, 1)), false),
                  new Derivative(eq.rhs(), List.of(new Derivative.Var(s, 1)), false));
        };
    int at = j + 1 + r.nextInt(last - j);
    return Optional.of(insert(ref, at, LatexPrinter.print(step), Kind.UNUSED));
  }

  private static Mutant insert(Reference ref, int at, String latex, Kind kind) {
    List<String> steps = new ArrayList<>(ref.latex());
    steps.add(at, latex);
    return new Mutant(steps, at, kind);
  }
}
