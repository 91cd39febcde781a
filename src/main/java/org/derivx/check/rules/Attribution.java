package org.derivx.check.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.derivx.check.Budget;
import org.derivx.check.EqRef;
import org.derivx.check.Operation;
import org.derivx.check.Rule;
import org.derivx.check.algebra.Differentiator;
import org.derivx.check.algebra.Shapes;
import org.derivx.check.algebra.Trees;
import org.derivx.check.numeric.Complex;
import org.derivx.check.numeric.Samples;
import org.derivx.check.numeric.SpecialFunctions;
import org.derivx.expr.Expr;
import org.derivx.expr.Expr.Derivative;
import org.derivx.expr.Expr.Integral;
import org.derivx.expr.Expr.Sym;
import org.derivx.expr.Exprs;
import org.derivx.expr.Func;
import org.derivx.expr.Relation;
import org.derivx.latex.LatexPrinter;

/**
 * Finds every single operation that turns earlier equations into a step. Arguments are inferred
 * from the step (difference of sides for add, ratio for times, exponent for power, the step's own
 * derivative and integral variables); candidates are compared with the step numerically at the
 * sample points with calculus inert, so an algebraically equal form matches and an evaluated
 * derivative does not.
 */
public final class Attribution {
  private static final List<Func> WRAPPERS = List.of(Func.EXP, Func.LOG, Func.SIN, Func.COS);

  private final Samples samples;
  private final IntegralRule integrals;
  private final Budget budget;

  /** For each operation found, the candidate equation and the step side-order it matched. */
  private final Map<Operation, Relation[]> candidates = new HashMap<>();

  /** Operations that multiply or divide by zero, with the reason in words. */
  final Map<Operation, String> byZero = new HashMap<>();

  private final ZeroTest zero;

  /** Is an expression zero under the premises? (The numbers here know no premises.) */
  public interface ZeroTest {
    boolean isZero(Expr e);

    ZeroTest NONE = e -> false;
  }

  public Attribution(Samples samples) {
    this(samples, ZeroTest.NONE);
  }

  public Attribution(Samples samples, ZeroTest zero) {
    this(samples, zero, new Memo());
  }

  public Attribution(Samples samples, ZeroTest zero, Memo memo) {
    this.samples = samples;
    this.integrals = new IntegralRule(samples);
    this.budget = samples.budget();
    this.zero = zero;
    this.memo = memo;
    this.arguments = new ArgumentOperations(this, samples, zero);
    this.substitutions = new Substitutions(this, samples);
    this.rewrites = new Rewrites(this, samples);
  }

  private final ArgumentOperations arguments;
  private final Substitutions substitutions;
  private final Rewrites rewrites;

  /** Rewrites of {@code X = X} that yield the step (see {@link Rewrites}). */
  public List<Operation> rewrites(Known step, List<Known> pool) {
    return rewrites.find(step, pool);
  }

  /** Candidates made from the pool, shared by every step of the derivation. */
  private final Memo memo;

  /** Candidates made from a search's equations, for this attribution only. */
  private final Memo scratch = Memo.scratch();

  /**
   * The candidate {@code make} builds from {@code a} (and {@code b}, or null): remembered for the
   * derivation when both are the pool's, for this attribution when one is a search's.
   */
  Optional<Memo.Candidate> candidate(
      EqRef a, EqRef b, String how, Supplier<Optional<Relation>> make) {
    return (Memo.lasting(a, b) ? memo : scratch).get(samples, a, b, how, make);
  }

  /**
   * The candidate already made from {@code a} and {@code b} as {@code how}, without charging a
   * look-up; null if it was not made (or was forgotten).
   */
  Optional<Memo.Candidate> madeBefore(EqRef a, EqRef b, String how) {
    return (Memo.lasting(a, b) ? memo : scratch).peek(samples, a, b, how);
  }

  /** Does the remembered candidate have the step's sides (in the step's orientation)? */
  private static boolean matches(Known t, Memo.Candidate c) {
    return c.matches(t.lhs(), t.rhs());
  }

  /** Why {@code op} is no operation at all (it multiplies or divides by zero), or null. */
  public String byZero(Operation op) {
    return byZero.get(op);
  }

  /** All operations yielding {@code step} from {@code pool}, best first (no duplicates). */
  public List<Operation> find(Known step, List<Known> pool) {
    Set<Operation> found = new LinkedHashSet<>();
    extend(step, pool, pool, found);
    for (Known target : List.of(step, step.swapped())) {
      for (int i = 0; i < pool.size(); i++) {
        for (int j = i + 1; j < pool.size(); j++) {
          Pointwise.combine(target, pool.get(i), pool.get(j), found);
          Pointwise.combine(target, pool.get(i), pool.get(j).swapped(), found);
        }
      }
    }
    return sorted(found);
  }

  /**
   * Operations yielding {@code step} that use at least one of {@code fresh} (intermediate equations
   * of a search) together with {@code pool}; no combinations.
   */
  List<Operation> findExtending(Known step, List<Known> fresh, List<Known> pool) {
    Set<Operation> found = new LinkedHashSet<>();
    extend(step, fresh, pool, found);
    return sorted(found);
  }

  private void extend(Known step, List<Known> sources, List<Known> pool, Set<Operation> found) {
    boolean search = sources != pool;
    for (Known target : List.of(step, step.swapped())) {
      // equal intermediates of a search are tried once (see Replay); not the derivation's own
      // equations, which are few and each tried as itself
      Map<Relation, Replay> done = search && replays ? new HashMap<>() : null;
      for (int i = sources.size() - 1; i >= 0; i--) {
        budget.poll();
        Known e = sources.get(i);
        Replay same = done == null ? null : done.get(e.eq());
        if (same != null) {
          budget.spend(same.units());
          substitutions.sameAs(e.ref(), same.ref());
          same.onto(e.ref(), found, candidates, byZero);
          continue;
        }
        long used = budget.used();
        long shared = substitutions.sharedUnits();
        substitutions.trying(e.ref());
        int before = found.size();
        unary(target, e, found);
        for (Known f : pool) {
          if (f != e) {
            substitutions.find(target, e, f, found);
            if (search) {
              substitutions.find(target, f, e, found);
            }
          }
        }
        if (done != null) {
          long units = budget.used() - used - (substitutions.sharedUnits() - shared);
          done.put(e.eq(), new Replay(e.ref(), found, before, units));
        }
      }
    }
  }

  private boolean replays = true;

  /** Tries every intermediate of a search, equal ones too (tests compare the two ways). */
  Attribution withoutReplays() {
    replays = false;
    return this;
  }

  /** The candidate equation behind {@code op} and the step as it was matched, if symbolic. */
  public Relation[] candidate(Operation op) {
    return candidates.get(op);
  }

  /**
   * Records {@code op} unless its candidate, equal to the step at the sample points, differs from
   * it at a probe point: the sample points are all positive, so {@code x = y} "is" {@code x^2 =
   * y^2} raised to the power 1/2 there, and only a probe point with x < 0 tells them apart.
   */
  void add(Set<Operation> found, Operation op, Relation candidate, Known target) {
    if (candidate != null
        && (differsAtProbes(candidate, target.eq()) || !sameConstants(candidate, target.eq()))) {
      return;
    }
    found.add(op);
    if (candidate != null) {
      candidates.putIfAbsent(op, new Relation[] {candidate, target.eq()});
    }
  }

  /**
   * A bound constant has its own values, so {@code … + a^{\dagger}} and its renaming {@code … + D}
   * are equal in numbers; but an operation on equations without D cannot produce D. The candidate
   * must hold the step's bound constants (those the step binds itself aside).
   */
  private boolean sameConstants(Relation candidate, Relation step) {
    Set<String> a = new TreeSet<>(Trees.symbols(candidate));
    Set<String> b = new TreeSet<>(Trees.symbols(step));
    a.removeIf(s -> !samples.isBound(s) || s.equals(ownConstant));
    b.removeIf(s -> !samples.isBound(s) || s.equals(ownConstant));
    return a.equals(b);
  }

  /** The constant the step being attributed binds itself, if any (it may appear from nowhere). */
  private String ownConstant;

  public Attribution ownConstant(String c) {
    this.ownConstant = c;
    return this;
  }

  boolean differsAtProbes(Relation candidate, Relation step) {
    Expr[] c = {candidate.lhs(), candidate.rhs()};
    Expr[] s = {step.lhs(), step.rhs()};
    for (int i = 0; i < 2; i++) {
      if (!Trees.any(c[i], x -> x instanceof Integral)
          && !Trees.any(s[i], x -> x instanceof Integral)
          && samples.probeDifference(c[i], s[i]) >= 0) {
        return true;
      }
    }
    return false;
  }

  private static List<Operation> sorted(Set<Operation> found) {
    List<Operation> out = new ArrayList<>(found);
    out.sort((a, b) -> Integer.compare(rank(a.rule()), rank(b.rule())));
    return out;
  }

  /** Preference among rules; add/minus and times/divide tie, so the readable sign wins. */
  public static int rank(Rule r) {
    return r == Rule.MINUS
        ? Rule.ADD.ordinal()
        : r == Rule.DIVIDE ? Rule.TIMES.ordinal() : r.ordinal();
  }

  private void unary(Known t, Known e, Set<Operation> found) {
    List<EqRef> uses = List.of(e.ref());
    if (Samples.same(t.lhs(), e.lhs()) && Samples.same(t.rhs(), e.rhs())) {
      boolean expand = Shapes.isExpanded(t.eq()) && !Shapes.isExpanded(e.eq());
      add(found, new Operation(expand ? Rule.EXPAND : Rule.SIMPLIFY, uses, null), e.eq(), t);
      return;
    }
    arguments.addOrMinus(t, e, found);
    arguments.timesOrDivide(t, e, found);
    arguments.power(t, e, found);
    for (Func f : WRAPPERS) {
      Complex[] l = Pointwise.map(e.lhs(), x -> SpecialFunctions.apply(f, x));
      Complex[] r = Pointwise.map(e.rhs(), x -> SpecialFunctions.apply(f, x));
      if (Samples.same(t.lhs(), l) && Samples.same(t.rhs(), r)) {
        add(
            found,
            new Operation(Rule.valueOf(f.name()), uses, null),
            Relation.of(Exprs.fn(f, e.l()), Exprs.fn(f, e.r())),
            t);
      }
    }
    calculusWrappers(t, e, found);
    if (Trees.hasDerivative(e.eq())) {
      try {
        Optional<Memo.Candidate> done =
            candidate(
                e.ref(),
                null,
                "evaluate_derivatives",
                () ->
                    Optional.of(
                        Relation.of(
                            Differentiator.evaluateDerivatives(e.l(), budget),
                            Differentiator.evaluateDerivatives(e.r(), budget))));
        Relation evaluated = done.get().eq();
        if (matches(t, done.get())) {
          add(found, new Operation(Rule.EVALUATE_DERIVATIVES, uses, null), evaluated, t);
        } else if (IntegralRule.hasElementaryIntegral(evaluated.sides())) {
          // The paper's evaluate_derivatives is SymPy's doit(), which carries out the integrals
          // a derivative leaves behind as well: d/dx ∬ f dx dx becomes the evaluated ∫ f dx.
          Set<String> fresh = freshSymbols(t, e);
          if (integrals.matches(t.l(), evaluated.lhs(), fresh)
              && integrals.matches(t.r(), evaluated.rhs(), fresh)) {
            found.add(new Operation(Rule.EVALUATE_DERIVATIVES, uses, null));
          }
        }
      } catch (Differentiator.UnsupportedException unsupported) {
        // not a candidate: the derivative cannot be carried out here
      }
    }
    if (IntegralRule.hasElementaryIntegral(e.eq().sides())) {
      Set<String> fresh = freshSymbols(t, e);
      if (integrals.matches(t.l(), e.l(), fresh) && integrals.matches(t.r(), e.r(), fresh)) {
        found.add(new Operation(Rule.EVALUATE_INTEGRALS, uses, null));
      }
    }
  }

  private static Set<String> freshSymbols(Known t, Known e) {
    Set<String> fresh = new LinkedHashSet<>(Trees.symbols(t.eq()));
    fresh.removeAll(Trees.symbols(e.eq()));
    return fresh;
  }

  private void calculusWrappers(Known t, Known e, Set<Operation> found) {
    Trees.CalculusVariables cv = Trees.calculusVariables(t.eq());
    Set<Expr> dvars = cv.derivative();
    Set<Integral.Bound> ivars = cv.integral();
    for (Expr v : dvars) {
      if (!(v instanceof Sym)) {
        continue;
      }
      List<Derivative.Var> vars = List.of(new Derivative.Var(v, 1));
      Memo.Candidate c =
          candidate(
                  e.ref(),
                  null,
                  "differentiate " + v,
                  () ->
                      Optional.of(
                          Relation.of(
                              new Derivative(e.l(), vars, false),
                              new Derivative(e.r(), vars, false))))
              .get();
      if (matches(t, c)) {
        add(
            found,
            new Operation(Rule.DIFFERENTIATE, List.of(e.ref()), LatexPrinter.print(v)),
            c.eq(),
            t);
      }
    }
    for (Integral.Bound b : ivars) {
      Memo.Candidate c =
          candidate(
                  e.ref(),
                  null,
                  "integrate " + b,
                  () ->
                      Optional.of(
                          Relation.of(
                              new Integral(e.l(), List.of(b)), new Integral(e.r(), List.of(b)))))
              .get();
      if (matches(t, c)) {
        add(
            found,
            new Operation(Rule.INTEGRATE, List.of(e.ref()), LatexPrinter.print(b.variable())),
            c.eq(),
            t);
      }
    }
  }

  /**
   * Does candidate {@code c} have the step's sides (in the step's orientation)? Most candidates
   * differ already at the first sample point, so that one is tried first.
   */
  boolean matches(Known t, Relation c) {
    Relation eq = Relation.of(c.lhs(), c.rhs());
    if (!samples.sameAtFirstPoint(t.lhs()[0], eq.lhs())
        || !samples.sameAtFirstPoint(t.rhs()[0], eq.rhs())) {
      return false;
    }
    Samples.Values v = samples.values(eq);
    return Samples.same(t.lhs(), v.lhs()) && Samples.same(t.rhs(), v.rhs());
  }
}
