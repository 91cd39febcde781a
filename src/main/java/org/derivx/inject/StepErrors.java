package org.derivx.inject;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import org.derivx.cas.SymjaAlgebra;
import org.derivx.check.algebra.Trees;
import org.derivx.derivation.OperationAnnotation;
import org.derivx.expr.Expr;
import org.derivx.expr.Expr.Add;
import org.derivx.expr.Expr.Apply;
import org.derivx.expr.Expr.Mul;
import org.derivx.expr.Expr.Neg;
import org.derivx.expr.Expr.Sym;
import org.derivx.expr.Exprs;
import org.derivx.expr.Relation;
import org.derivx.latex.LatexPrinter;

/**
 * Errors inside one step of a reference, each a slip a model makes: a sign, a broken calculus rule,
 * something dropped, a substitution for the wrong symbol, a drifting variable, an equation cut off.
 * After the wrong step the derivation either ends (the error is the answer), goes on as the
 * reference did (later steps are judged afresh: true ones stay true), or, for a drifting variable,
 * goes on with the new name (the error carried).
 */
final class StepErrors {
  private StepErrors() {}

  static Optional<Mutant> make(Kind kind, Reference ref, SplittableRandom r) {
    List<Integer> candidates = ref.derived();
    if (kind == Kind.WRONG_RULE) {
      candidates = candidates.stream().filter(k -> evaluation(ref, k) != null).toList();
    }
    if (candidates.isEmpty()) {
      return Optional.empty();
    }
    // the last step more often: models' errors pile up at the end of a derivation
    int k =
        r.nextInt(3) == 0
            ? candidates.get(candidates.size() - 1)
            : candidates.get(r.nextInt(candidates.size()));
    if (kind == Kind.TRUNCATED) {
      return truncated(ref, k, r);
    }
    Relation eq = ref.trees().get(k);
    Optional<Relation> bad =
        switch (kind) {
          case SIGN_SLIP -> oneSide(eq, r, e -> signSlip(e, r));
          case DROPPED -> oneSide(eq, r, e -> dropped(e, r));
          case WRONG_SUBSTITUTION -> wrongSubstitution(ref, k, r);
          case DRIFT -> drift(ref, eq, r).map(d -> rename(eq, d, r.nextBoolean()));
          case WRONG_RULE -> wrongRule(ref, k, r);
          default -> Optional.empty();
        };
    if (bad.isEmpty() || bad.get().equals(eq)) {
      return Optional.empty();
    }
    List<String> steps = new ArrayList<>(ref.latex().subList(0, k));
    steps.add(LatexPrinter.print(bad.get()));
    int tail = r.nextInt(3);
    if (kind == Kind.DRIFT && tail == 2) {
      Map<String, String> d = drift(ref, eq, r).orElse(Map.of());
      for (int j = k + 1; j < ref.size(); j++) {
        steps.add(LatexPrinter.print(rename(ref.trees().get(j), d, false)));
      }
    } else if (tail >= 1) {
      steps.addAll(ref.latex().subList(k + 1, ref.size()));
    }
    return Optional.of(new Mutant(steps, k, kind));
  }

  /** The step {@code j} that step {@code k} evaluates the calculus of, or null. */
  private static Integer evaluation(Reference ref, int k) {
    OperationAnnotation op = ref.operation(k);
    if (op == null
        || !(op.operation().equals("evaluate_derivatives")
            || op.operation().equals("evaluate_integrals"))
        || op.uses().size() != 1) {
      return null;
    }
    int j = op.uses().get(0) - 1;
    return j >= 0 && j < k ? j : null;
  }

  /** The right side (two times in three) or the left one, changed by {@code f}. */
  private static Optional<Relation> oneSide(
      Relation eq, SplittableRandom r, Function<Expr, Optional<Expr>> f) {
    boolean right = r.nextInt(3) != 0;
    Expr side = right ? eq.rhs() : eq.lhs();
    return f.apply(side).map(s -> right ? Relation.of(eq.lhs(), s) : Relation.of(s, eq.rhs()));
  }

  private static Optional<Expr> signSlip(Expr side, SplittableRandom r) {
    Predicate<Expr> term = e -> e instanceof Add || e instanceof Neg;
    List<Expr> sites = Edits.matching(side, term);
    if (sites.isEmpty() || r.nextInt(4) == 0) {
      return Optional.of(Exprs.neg(side));
    }
    int n = r.nextInt(sites.size());
    return Optional.of(
        Edits.replaceNth(
            side,
            term,
            n,
            e -> {
              if (e instanceof Neg g) {
                return g.arg();
              }
              List<Expr> terms = new ArrayList<>(((Add) e).terms());
              int i = r.nextInt(terms.size());
              terms.set(i, Exprs.neg(terms.get(i)));
              return new Add(terms);
            }));
  }

  /** A term of a sum, a factor of a product (a coefficient among them) left out. */
  private static Optional<Expr> dropped(Expr side, SplittableRandom r) {
    Predicate<Expr> site = e -> e instanceof Add || e instanceof Mul;
    List<Expr> sites = Edits.matching(side, site);
    if (sites.isEmpty()) {
      return Optional.empty();
    }
    int n = r.nextInt(sites.size());
    return Optional.of(
        Edits.replaceNth(
            side,
            site,
            n,
            e -> {
              List<Expr> parts =
                  new ArrayList<>(e instanceof Add a ? a.terms() : ((Mul) e).factors());
              parts.remove(r.nextInt(parts.size()));
              return e instanceof Add ? Exprs.add(parts) : Exprs.mul(parts);
            }));
  }

  /**
   * An earlier definition ({@code u = …}, {@code f(x) = …}) substituted, on one side, for a symbol
   * that is not what it defines.
   */
  private static Optional<Relation> wrongSubstitution(Reference ref, int k, SplittableRandom r) {
    List<Relation> definitions = new ArrayList<>();
    for (int j = 0; j < k; j++) {
      Relation d = ref.trees().get(j);
      if (d.lhs() instanceof Sym || d.lhs() instanceof Apply) {
        definitions.add(d);
      }
    }
    if (definitions.isEmpty()) {
      return Optional.empty();
    }
    Relation def = definitions.get(r.nextInt(definitions.size()));
    Relation eq = ref.trees().get(k);
    Set<String> defined = Trees.symbols(def.lhs());
    boolean right = r.nextBoolean();
    Expr side = right ? eq.rhs() : eq.lhs();
    List<String> names =
        Trees.symbols(side).stream()
            .filter(s -> !defined.contains(s) || def.lhs() instanceof Apply)
            .toList();
    if (names.isEmpty()) {
      return Optional.empty();
    }
    String victim = names.get(r.nextInt(names.size()));
    Expr changed =
        Edits.replaceAll(side, e -> e instanceof Sym s && s.name().equals(victim), e -> def.rhs());
    return Optional.of(right ? Relation.of(eq.lhs(), changed) : Relation.of(changed, eq.rhs()));
  }

  /** One of the step's variables → another name: its name under another perturbation if known. */
  private static Optional<Map<String, String>> drift(
      Reference ref, Relation eq, SplittableRandom r) {
    List<String> names = new ArrayList<>(Trees.symbols(eq));
    if (names.isEmpty()) {
      return Optional.empty();
    }
    // the same choice on every call for this step: the random stream is not consumed here
    String from = names.get(Math.floorMod(eq.hashCode(), names.size()));
    String to = ref.drift().get(from);
    if (to == null || to.equals(from)) {
      to =
          from.length() == 1 && Character.isLetter(from.charAt(0))
              ? neighbour(from)
              : from + "_{0}";
    }
    return Optional.of(Map.of(from, to));
  }

  /** The next letter of the alphabet (a model's slip from x to y). */
  private static String neighbour(String letter) {
    char c = letter.charAt(0);
    char n = c == 'z' ? 'a' : c == 'Z' ? 'A' : (char) (c + 1);
    return String.valueOf(n == 'e' || n == 'd' ? (char) (n + 1) : n);
  }

  /** {@code eq} with the names renamed, on both sides or (one time in two if asked) one. */
  private static Relation rename(Relation eq, Map<String, String> names, boolean oneSide) {
    UnaryOperator<Expr> f =
        side ->
            Edits.replaceAll(
                side,
                e -> e instanceof Sym s && names.containsKey(s.name()),
                e -> new Sym(names.get(((Sym) e).name())));
    Expr lhs = oneSide ? eq.lhs() : f.apply(eq.lhs());
    return Relation.of(lhs, f.apply(eq.rhs()));
  }

  /** The evaluation step redone with a broken rule. */
  private static Optional<Relation> wrongRule(Reference ref, int k, SplittableRandom r) {
    Relation from = ref.trees().get(evaluation(ref, k));
    boolean integrals = ref.operation(k).operation().equals("evaluate_integrals");
    List<WrongCalculus.Bug> bugs = new ArrayList<>();
    for (WrongCalculus.Bug b : WrongCalculus.Bug.values()) {
      if (b.forIntegrals() == integrals) {
        bugs.add(b);
      }
    }
    for (int tries = 0; tries < bugs.size(); tries++) {
      WrongCalculus.Bug bug = bugs.remove(r.nextInt(bugs.size()));
      Optional<Expr> lhs = evaluate(from.lhs(), bug, integrals);
      Optional<Expr> rhs = evaluate(from.rhs(), bug, integrals);
      if (lhs.isEmpty() && rhs.isEmpty()) {
        continue;
      }
      Expr right = rhs.orElse(from.rhs());
      if (integrals) {
        // the fresh constant of integration the reference brought in, where it put it
        Set<String> before = Trees.symbols(from);
        for (String c : Trees.symbols(ref.trees().get(k))) {
          if (!before.contains(c)) {
            right = Exprs.add(right, new Sym(c));
          }
        }
      }
      Optional<Expr> l = tidy(lhs.orElse(from.lhs()));
      Optional<Expr> rr = tidy(right);
      if (l.isPresent() && rr.isPresent()) {
        return Optional.of(Relation.of(l.get(), rr.get()));
      }
    }
    return Optional.empty();
  }

  private static Optional<Expr> evaluate(Expr side, WrongCalculus.Bug bug, boolean integrals) {
    return integrals ? WrongCalculus.integrals(side, bug) : WrongCalculus.derivatives(side, bug);
  }

  /** SymPy's automatic simplification (calculus stays inert), as the reference's sides have it. */
  private static Optional<Expr> tidy(Expr e) {
    try {
      return SymjaAlgebra.evaluate(e, SymjaAlgebra.Mode.SIMPLIFY);
    } catch (IllegalArgumentException | SecurityException outsideSymja) {
      return Optional.empty(); // a form Symja is not allowed to see: this injection is not made
    }
  }

  /** The step's LaTeX cut off in its second half; the derivation ends there. */
  private static Optional<Mutant> truncated(Reference ref, int k, SplittableRandom r) {
    String s = ref.latex().get(k);
    int eq = s.indexOf('=');
    if (eq < 0 || s.length() - eq < 6) {
      return Optional.empty();
    }
    int from = Math.max(eq + 3, s.length() / 2);
    int cut = from + r.nextInt(Math.max(1, s.length() - 2 - from));
    // one time in two, cut where a term begins, so the rest still reads as an equation
    List<Integer> terms = new ArrayList<>();
    for (int i = eq + 3; i < s.length() - 2; i++) {
      if (s.startsWith(" + ", i) || s.startsWith(" - ", i)) {
        terms.add(i);
      }
    }
    if (!terms.isEmpty() && r.nextBoolean()) {
      cut = terms.get(r.nextInt(terms.size()));
    }
    String cutOff = s.substring(0, cut).strip();
    if (cutOff.endsWith("=")) {
      return Optional.empty();
    }
    List<String> steps = new ArrayList<>(ref.latex().subList(0, k));
    steps.add(cutOff);
    return Optional.of(new Mutant(steps, k, Kind.TRUNCATED));
  }
}
