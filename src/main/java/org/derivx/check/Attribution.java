package org.derivx.check;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BinaryOperator;
import org.derivx.expr.Expr;
import org.derivx.expr.Expr.Derivative;
import org.derivx.expr.Expr.Integral;
import org.derivx.expr.Expr.Mul;
import org.derivx.expr.Expr.Pow;
import org.derivx.expr.Expr.Sym;
import org.derivx.expr.Exprs;
import org.derivx.expr.Func;
import org.derivx.expr.PlainText;
import org.derivx.expr.Relation;
import org.derivx.latex.LatexPrinter;

/**
 * Finds every single operation that turns earlier equations into a step. Arguments are inferred
 * from the step (difference of sides for add, ratio for times, exponent for power, the step's own
 * derivative and integral variables); candidates are compared with the step numerically at the
 * sample points with calculus inert, so an algebraically equal form matches and an evaluated
 * derivative does not.
 */
final class Attribution {
  private static final List<Func> WRAPPERS = List.of(Func.EXP, Func.LOG, Func.SIN, Func.COS);

  private final Samples samples;
  private final IntegralRule integrals;
  private final Budget budget;

  /** For each operation found, the candidate equation and the step side-order it matched. */
  private final java.util.Map<Operation, Relation[]> candidates = new java.util.HashMap<>();

  /** Operations that multiply or divide by zero, with the reason in words. */
  private final java.util.Map<Operation, String> byZero = new java.util.HashMap<>();

  private final ZeroTest zero;

  /** Is an expression zero under the premises? (The numbers here know no premises.) */
  interface ZeroTest {
    boolean isZero(Expr e);

    ZeroTest NONE = e -> false;
  }

  Attribution(Samples samples) {
    this(samples, ZeroTest.NONE);
  }

  Attribution(Samples samples, ZeroTest zero) {
    this(samples, zero, new Memo());
  }

  Attribution(Samples samples, ZeroTest zero, Memo memo) {
    this.samples = samples;
    this.integrals = new IntegralRule(samples);
    this.budget = samples.budget();
    this.zero = zero;
    this.memo = memo;
  }

  /** Candidates made from the pool, shared by every step of the derivation. */
  private final Memo memo;

  /** Does the remembered candidate have the step's sides (in the step's orientation)? */
  private static boolean matches(Known t, Memo.Candidate c) {
    return c.matches(t.lhs(), t.rhs());
  }

  /** Why {@code op} is no operation at all (it multiplies or divides by zero), or null. */
  String byZero(Operation op) {
    return byZero.get(op);
  }

  /** All operations yielding {@code step} from {@code pool}, best first (no duplicates). */
  List<Operation> find(Known step, List<Known> pool) {
    Set<Operation> found = new LinkedHashSet<>();
    extend(step, pool, pool, found);
    for (Known target : List.of(step, step.swapped())) {
      for (int i = 0; i < pool.size(); i++) {
        for (int j = i + 1; j < pool.size(); j++) {
          combine(target, pool.get(i), pool.get(j), found);
          combine(target, pool.get(i), pool.get(j).swapped(), found);
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
    for (Known target : List.of(step, step.swapped())) {
      for (int i = sources.size() - 1; i >= 0; i--) {
        budget.poll();
        Known e = sources.get(i);
        unary(target, e, found);
        for (Known f : pool) {
          if (f != e) {
            substitutions(target, e, f, found);
            if (sources != pool) {
              substitutions(target, f, e, found);
            }
          }
        }
      }
    }
  }

  /** The candidate equation behind {@code op} and the step as it was matched, if symbolic. */
  Relation[] candidate(Operation op) {
    return candidates.get(op);
  }

  /**
   * Records {@code op} unless its candidate, equal to the step at the sample points, differs from
   * it at a probe point: the sample points are all positive, so {@code x = y} "is" {@code x^2 =
   * y^2} raised to the power 1/2 there, and only a probe point with x < 0 tells them apart.
   */
  private void add(Set<Operation> found, Operation op, Relation candidate, Known target) {
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
    Set<String> a = new java.util.TreeSet<>(Trees.symbols(candidate));
    Set<String> b = new java.util.TreeSet<>(Trees.symbols(step));
    a.removeIf(s -> !samples.isBound(s) || s.equals(ownConstant));
    b.removeIf(s -> !samples.isBound(s) || s.equals(ownConstant));
    return a.equals(b);
  }

  /** The constant the step being attributed binds itself, if any (it may appear from nowhere). */
  private String ownConstant;

  Attribution ownConstant(String c) {
    this.ownConstant = c;
    return this;
  }

  private boolean differsAtProbes(Relation candidate, Relation step) {
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

  /**
   * Steps that are one rewrite of the trivial equation {@code X = X} (labelling guide, extension
   * 3): {@code X = X'} with X' the derivatives or integrals of X carried out, X with an earlier
   * equation substituted in, or X rewritten algebraically (true with no premise at all). The first
   * two need X to be the whole side: {@code C[X] = C[X']} also counts the context C.
   */
  List<Operation> rewrites(Known step, List<Known> pool) {
    Set<Operation> found = new LinkedHashSet<>();
    if (Samples.same(step.lhs(), step.rhs())
        && !differsAtProbes(step.eq(), Relation.of(step.r(), step.l()))) {
      boolean expand = Shapes.isExpanded(step.eq());
      found.add(new Operation(expand ? Rule.EXPAND : Rule.SIMPLIFY, List.of(), null));
      return List.copyOf(found);
    }
    for (Known t : List.of(step, step.swapped())) {
      Expr x = t.l();
      Expr evaluated = stripCoefficient(x);
      if (evaluated instanceof Derivative && !Trees.any(t.r(), n -> n instanceof Derivative)) {
        try {
          Expr done = Differentiator.evaluateDerivatives(x, budget);
          if (Samples.same(samples.values(done, false), t.rhs())) {
            found.add(new Operation(Rule.EVALUATE_DERIVATIVES, List.of(), null));
          }
        } catch (Differentiator.UnsupportedException unsupported) {
          // not carried out here: no such rewrite
        }
      }
      if (evaluated instanceof Integral i
          && IntegralRule.evaluable(i)
          && !Trees.any(t.r(), n -> n instanceof Integral)
          && integrals.matches(t.r(), x, newOnTheRight(t))) {
        found.add(new Operation(Rule.EVALUATE_INTEGRALS, List.of(), null));
      }
      for (Known f : pool) {
        budget.spend(Trees.size(f.eq()) + Trees.size(t.eq()));
        Relation same = Relation.of(x, x);
        List<EqRef> uses = List.of(f.ref());
        for (boolean everywhere : new boolean[] {false, true}) {
          (everywhere
                  ? Substitution.intoIntegrands(same, f.l(), f.r())
                  : Substitution.apply(same, f.l(), f.r()))
              .filter(c -> Samples.same(samples.values(c.lhs(), false), t.rhs()))
              .ifPresent(c -> found.add(new Operation(Rule.SUBSTITUTE_LHS_FOR_RHS, uses, null)));
          (everywhere
                  ? Substitution.intoIntegrands(same, f.r(), f.l())
                  : Substitution.apply(same, f.r(), f.l()))
              .filter(c -> Samples.same(samples.values(c.lhs(), false), t.rhs()))
              .ifPresent(c -> found.add(new Operation(Rule.SUBSTITUTE_RHS_FOR_LHS, uses, null)));
        }
      }
    }
    return List.copyOf(found);
  }

  private static Expr stripCoefficient(Expr e) {
    if (e instanceof Mul m
        && m.factors().size() == 2
        && Canon.literal(m.factors().get(0)) != null) {
      return m.factors().get(1);
    }
    return e;
  }

  private static Set<String> newOnTheRight(Known t) {
    Set<String> fresh = new LinkedHashSet<>(Trees.symbols(t.r()));
    fresh.removeAll(Trees.symbols(t.l()));
    return fresh;
  }

  private static List<Operation> sorted(Set<Operation> found) {
    List<Operation> out = new ArrayList<>(found);
    out.sort((a, b) -> Integer.compare(rank(a.rule()), rank(b.rule())));
    return out;
  }

  /** Preference among rules; add/minus and times/divide tie, so the readable sign wins. */
  static int rank(Rule r) {
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
    addOrMinus(t, e, found);
    timesOrDivide(t, e, found);
    power(t, e, found);
    for (Func f : WRAPPERS) {
      Complex[] l = map(e.lhs(), x -> SpecialFunctions.apply(f, x));
      Complex[] r = map(e.rhs(), x -> SpecialFunctions.apply(f, x));
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
            memo.get(
                samples,
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

  private void addOrMinus(Known t, Known e, Set<Operation> found) {
    Complex[] delta = zip(t.lhs(), e.lhs(), Complex::minus);
    if (Samples.constant(delta, 0)) {
      return;
    }
    if (Samples.same(t.rhs(), zip(e.rhs(), delta, Complex::plus))) {
      Expr arg = Inference.difference(t.l(), e.l());
      boolean minus = Inference.looksNegative(arg);
      Expr shown = minus ? Canon.negate(arg) : arg;
      Rule rule = minus ? Rule.MINUS : Rule.ADD;
      Rule mirror = minus ? Rule.ADD : Rule.MINUS;
      Relation c = Relation.of(Exprs.add(e.l(), arg), Exprs.add(e.r(), arg));
      add(found, new Operation(rule, List.of(e.ref()), shown(shown)), c, t);
      add(found, new Operation(mirror, List.of(e.ref()), shown(Canon.negate(shown))), c, t);
    }
  }

  private void timesOrDivide(Known t, Known e, Set<Operation> found) {
    // The factor is read off the left sides, or off the right sides when the left ones vanish
    // (multiplying "0 = x" by k keeps a 0 whose ratio says nothing).
    Complex[] ratio = zip(t.lhs(), e.lhs(), Complex::divide);
    boolean left = Samples.finite(ratio);
    if (!left) {
      ratio = zip(t.rhs(), e.rhs(), Complex::divide);
    }
    if (Samples.constant(ratio, 1) || Samples.constant(ratio, 0)) {
      return;
    }
    Complex[] other = left ? t.rhs() : t.lhs();
    if (Samples.same(other, zip(left ? e.rhs() : e.lhs(), ratio, Complex::times))) {
      Expr arg = left ? Inference.ratio(t.l(), e.l()) : Inference.ratio(t.r(), e.r());
      boolean divide = Inference.looksReciprocal(arg);
      Expr inverse = Canon.of(new Pow(arg, Canon.literalOf(java.math.BigDecimal.ONE.negate())));
      Expr shown = divide ? inverse : arg;
      Expr mirrored = divide ? arg : inverse;
      Relation c = Relation.of(Exprs.mul(e.l(), arg), Exprs.mul(e.r(), arg));
      Rule rule = divide ? Rule.DIVIDE : Rule.TIMES;
      Rule mirror = divide ? Rule.TIMES : Rule.DIVIDE;
      Operation op = new Operation(rule, List.of(e.ref()), shown(shown));
      Operation reverse = new Operation(mirror, List.of(e.ref()), shown(mirrored));
      String why = dividesByZero(arg, e);
      if (why != null) {
        byZero.put(op, why);
        byZero.put(reverse, why);
      }
      add(found, op, c, t);
      add(found, reverse, c, t);
    }
  }

  /**
   * Why multiplying {@code e} by {@code factor} is no operation (labelling guide, extension 9): the
   * factor, or a denominator in it, is zero under the premises, or is what {@code e} itself says is
   * zero ({@code X = 0} times {@code Y X^{-1}}); null when it is a fair operation.
   */
  private String dividesByZero(Expr factor, Known e) {
    Expr k = Auto.of(factor);
    if (isZero(k, e)) {
      return "multiplies by " + PlainText.of(k) + ", which is 0" + because(k, e);
    }
    List<Expr> factors = k instanceof Mul m ? m.factors() : List.of(k);
    for (Expr f : factors) {
      if (f instanceof Pow p && Inference.looksNegative(p.exponent()) && isZero(p.base(), e)) {
        return "divides by " + PlainText.of(p.base()) + ", which is 0" + because(p.base(), e);
      }
    }
    return null;
  }

  private boolean isZero(Expr x, Known e) {
    return said(x, e) || zero.isZero(x);
  }

  /** Does equation {@code e} say {@code x = 0}? */
  private static boolean said(Expr x, Known e) {
    Expr d = Auto.of(x);
    return Exprs.isZero(e.l()) && Auto.of(e.r()).equals(d)
        || Exprs.isZero(e.r()) && Auto.of(e.l()).equals(d);
  }

  private static String because(Expr x, Known e) {
    return said(x, e) ? " by (" + e.ref() + ")" : " under the premises";
  }

  private void power(Known t, Known e, Set<Operation> found) {
    Set<Expr> exponents = new LinkedHashSet<>();
    for (Expr side : List.of(t.l(), t.r())) {
      List<Expr> factors = side instanceof Mul m ? m.factors() : List.of(side);
      for (Expr f : factors) {
        if (f instanceof Pow p) {
          exponents.add(p.exponent());
          for (Expr source : List.of(e.l(), e.r())) {
            if (source instanceof Pow q) {
              exponents.add(Canon.of(new Expr.Div(p.exponent(), q.exponent())));
            }
          }
        }
      }
    }
    for (Expr x : exponents) {
      Complex[] k = samples.values(x, false);
      if (Samples.constant(k, 1)) {
        continue;
      }
      if (Samples.same(t.lhs(), zip(e.lhs(), k, Complex::pow))
          && Samples.same(t.rhs(), zip(e.rhs(), k, Complex::pow))) {
        add(
            found,
            new Operation(Rule.POWER, List.of(e.ref()), shown(x)),
            Relation.of(new Pow(e.l(), x), new Pow(e.r(), x)),
            t);
        return;
      }
    }
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
          memo.get(
                  samples,
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
          memo.get(
                  samples,
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

  /** Names of the equations seen, for ruling out substitutions cheaply. */
  private final Names names = new Names();

  private void substitutions(Known t, Known e, Known f, Set<Operation> found) {
    budget.spend(1);
    // what a substitution makes holds only the target's names and the replacement's
    boolean lhsForRhs = names.mayOccur(f.l(), e.eq()) && names.covers(t.eq(), e.eq(), f.r());
    boolean rhsForLhs = names.mayOccur(f.r(), e.eq()) && names.covers(t.eq(), e.eq(), f.l());
    if (!lhsForRhs && !rhsForLhs) {
      return;
    }
    List<EqRef> uses = List.of(e.ref(), f.ref());
    Operation forward = new Operation(Rule.SUBSTITUTE_LHS_FOR_RHS, uses, null);
    Operation backward = new Operation(Rule.SUBSTITUTE_RHS_FOR_LHS, uses, null);
    for (String variant : new String[] {"plain", "integrands", "auto"}) {
      if (lhsForRhs && !found.contains(forward)) {
        substitute(t, e, f, true, variant, forward, found);
      }
      if (rhsForLhs && !found.contains(backward)) {
        substitute(t, e, f, false, variant, backward, found);
      }
      if (found.contains(forward) || found.contains(backward)) {
        return;
      }
    }
  }

  /**
   * Substitutes {@code f} into {@code e} (its left side for its right, or back), as SymPy does
   * ({@code plain}), also inside integrands ({@code integrands}), or between the automatically
   * simplified forms ({@code auto}: 4 φ^{-2} is (1/φ + 1/φ)^2 too), and records {@code op} if the
   * result is the step.
   */
  private void substitute(
      Known t,
      Known e,
      Known f,
      boolean forward,
      String variant,
      Operation op,
      Set<Operation> found) {
    java.util.function.Supplier<Optional<Relation>> make =
        () -> {
          budget.spend(Trees.size(e.eq()) + Trees.size(f.eq()));
          Relation target = variant.equals("auto") ? auto(e) : e.eq();
          Relation with = variant.equals("auto") ? auto(f) : f.eq();
          Expr pattern = forward ? with.lhs() : with.rhs();
          Expr replacement = forward ? with.rhs() : with.lhs();
          return variant.equals("integrands")
              ? Substitution.intoIntegrands(target, pattern, replacement)
              : Substitution.apply(target, pattern, replacement);
        };
    if (!Memo.lasting(e.ref(), f.ref())) {
      // a search's equation: made once, compared at the first point before the rest
      make.get().filter(c -> matches(t, c)).ifPresent(c -> add(found, op, c, t));
      return;
    }
    String how = (forward ? "lhs for rhs " : "rhs for lhs ") + variant;
    Optional<Memo.Candidate> c = memo.get(samples, e.ref(), f.ref(), how, make);
    if (c.isPresent() && matches(t, c.get())) {
      add(found, op, c.get().eq(), t);
    }
  }

  /** Automatic simplification forms of the pool's equations, made once per attribution. */
  private final java.util.Map<EqRef, Relation> autos = new java.util.HashMap<>();

  private Relation auto(Known k) {
    return autos.computeIfAbsent(
        k.ref(),
        r -> {
          budget.spend(Trees.size(k.eq()));
          return Auto.of(k.eq());
        });
  }

  private void combine(Known t, Known e, Known f, Set<Operation> found) {
    List<BinaryOperator<Complex>> ops =
        List.of(Complex::plus, Complex::minus, Complex::times, Complex::divide);
    List<String> names = List.of("added", "subtracted", "multiplied", "divided");
    for (int k = 0; k < ops.size(); k++) {
      BinaryOperator<Complex> op = ops.get(k);
      if (Samples.same(t.lhs(), zip(e.lhs(), f.lhs(), op))
          && Samples.same(t.rhs(), zip(e.rhs(), f.rhs(), op))) {
        found.add(new Operation(Rule.COMBINE, List.of(e.ref(), f.ref()), names.get(k)));
      }
    }
  }

  /**
   * An inferred argument as shown to people: automatically simplified, so "add 1", not "add -1 + 2"
   * (the numbers decided already; this is only its spelling).
   */
  private static String shown(Expr argument) {
    return LatexPrinter.print(Auto.of(argument));
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

  private static Complex[] zip(Complex[] a, Complex[] b, BinaryOperator<Complex> op) {
    Complex[] out = new Complex[a.length];
    for (int i = 0; i < a.length; i++) {
      out[i] = op.apply(a[i], b[i]);
    }
    return out;
  }

  private static Complex[] map(Complex[] a, java.util.function.UnaryOperator<Complex> op) {
    Complex[] out = new Complex[a.length];
    for (int i = 0; i < a.length; i++) {
      out[i] = op.apply(a[i]);
    }
    return out;
  }
}
