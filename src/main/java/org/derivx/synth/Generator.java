package org.derivx.synth;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.derivx.check.DerivationReport;
import org.derivx.check.StepResult;
import org.derivx.check.Verdict;
import org.derivx.check.algebra.Canon;
import org.derivx.check.algebra.Trees;
import org.derivx.check.run.StepChecker;
import org.derivx.derivation.Equation;
import org.derivx.expr.Expr;
import org.derivx.expr.Expr.Sym;
import org.derivx.expr.Exprs;
import org.derivx.expr.Func;
import org.derivx.expr.Relation;
import org.derivx.latex.Equations;
import org.derivx.latex.LatexPrinter;

/**
 * The paper's derivation generator, in Java: random premises over a physics-style vocabulary,
 * random operations applied to a growing pool of equations (Symja does the algebra), then the
 * longest dependency chain that ends in the last equation, 4 to 10 equations long. Deterministic
 * for a seed. Every derivation it returns has been checked by our {@link StepChecker}: each step is
 * a PREMISE or VALID, so it is a correct reference.
 */
public final class Generator {
  static final int MIN_LENGTH = 4;
  static final int MAX_LENGTH = 10;
  private static final int MAX_LATEX = 140;

  private final StepChecker checker;
  private final long seed;
  private SplittableRandom random;
  private int index;

  /** The trees behind the last derivation made, for perturbations and injected errors. */
  private Chain chain;

  /** {@code checker} verifies every derivation (one per thread: it is not thread-safe). */
  public Generator(long seed, StepChecker checker) {
    this.seed = seed;
    this.checker = checker;
  }

  /**
   * Derivation number {@code index} of this seed: the same for the same (seed, index) whatever else
   * was generated before, so generation runs in parallel and stays reproducible.
   */
  public SyntheticDerivation derivation(int index) {
    this.index = index;
    this.random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + index);
    for (int attempt = 0; attempt < 500; attempt++) {
      Optional<SyntheticDerivation> d = attempt();
      if (d.isPresent()) {
        return d.get();
      }
    }
    throw new IllegalStateException(
        "no derivation after 500 attempts (" + seed + "/" + index + ")");
  }

  private Optional<SyntheticDerivation> attempt() {
    List<Node> pool = new ArrayList<>();
    int premises = 1 + random.nextInt(2);
    for (int i = 0; i < premises; i++) {
      premise().ifPresent(eq -> pool.add(new Node(eq, "premise", List.of(), null)));
    }
    if (pool.isEmpty()) {
      return Optional.empty();
    }
    int ops = 3 + random.nextInt(9);
    for (int i = 0; i < ops * 3 && pool.size() < premises + ops; i++) {
      step(pool).ifPresent(pool::add);
    }
    List<Integer> keep = chain(pool, pool.size() - 1);
    if (keep.size() < MIN_LENGTH || keep.size() > MAX_LENGTH) {
      return Optional.empty();
    }
    Chain c = Chain.of(pool, keep);
    SyntheticDerivation d = c.write(id(), "static", true, Map.of("seed", seed, "index", index));
    if (!verified(d)) {
      return Optional.empty();
    }
    chain = c;
    return Optional.of(d);
  }

  // ---- premises ----

  private Optional<Relation> premise() {
    Sym x = Vocabulary.symbol(random);
    Expr lhs =
        random.nextInt(3) < 2
            ? Vocabulary.apply(Vocabulary.function(random), x)
            : Vocabulary.freshSymbol(random, Set.of(x.name()));
    Expr rhs = expression(x);
    if (Trees.symbols(lhs).equals(Trees.symbols(rhs)) && lhs instanceof Sym) {
      return Optional.empty();
    }
    return Operations.simplified(Relation.of(lhs, rhs)).filter(this::printable);
  }

  private Expr expression(Sym x) {
    Sym a = Vocabulary.freshSymbol(random, Set.of(x.name()));
    Expr n = Exprs.num(2 + random.nextInt(3));
    return switch (random.nextInt(12)) {
      case 0 -> Exprs.mul(a, Exprs.pow(x, n));
      case 1 -> Exprs.fn(Func.SIN, x);
      case 2 -> Exprs.fn(Func.COS, x);
      case 3 -> Exprs.fn(Func.EXP, x);
      case 4 -> Exprs.fn(Func.LOG, x);
      case 5 -> Exprs.add(x, a);
      case 6 ->
          Exprs.add(Exprs.mul(a, x), Vocabulary.freshSymbol(random, Set.of(x.name(), a.name())));
      case 7 -> Exprs.add(Exprs.pow(x, n), a);
      case 8 -> Exprs.mul(a, Exprs.fn(Func.SIN, x));
      case 9 -> Exprs.fn(Func.EXP, Exprs.mul(a, x));
      case 10 -> Exprs.mul(x, a);
      default -> Exprs.div(a, x);
    };
  }

  // ---- operations ----

  private Optional<Node> step(List<Node> pool) {
    // recent equations are extended more often, so chains grow long
    int i =
        pool.size() - 1 - Math.min(pool.size() - 1, (int) Math.abs(random.nextGaussian() * 1.5));
    Relation eq = pool.get(i).eq();
    List<String> symbols = new ArrayList<>(new TreeSet<>(Trees.symbols(eq)));
    if (symbols.isEmpty()) {
      return Optional.empty();
    }
    Sym x = new Sym(symbols.get(random.nextInt(symbols.size())));
    boolean derivs = Trees.hasDerivative(eq);
    boolean integrals = Trees.hasIntegral(eq);
    if (derivs && random.nextInt(10) < 7) {
      return node(Operations.evaluateDerivatives(eq), "evaluate_derivatives", List.of(i), null);
    }
    if (integrals && random.nextInt(10) < 7) {
      Sym c = constant(pool);
      return node(Operations.evaluateIntegrals(eq, c), "evaluate_integrals", List.of(i), null);
    }
    int roll = random.nextInt(100);
    if (roll < 25) {
      return substitution(pool, i);
    }
    if (roll < 45) {
      return node(Operations.differentiate(eq, x), "differentiate", List.of(i), x);
    }
    if (roll < 57) {
      return node(Operations.integrate(eq, x), "integrate", List.of(i), x);
    }
    Expr arg = random.nextBoolean() ? Vocabulary.symbol(random) : Exprs.num(2 + random.nextInt(3));
    if (roll < 65) {
      return node(Operations.add(eq, arg), "add", List.of(i), arg);
    }
    if (roll < 73) {
      return node(Operations.minus(eq, arg), "minus", List.of(i), arg);
    }
    if (roll < 81) {
      return node(Operations.times(eq, arg), "times", List.of(i), arg);
    }
    if (roll < 89) {
      return node(Operations.divide(eq, arg), "divide", List.of(i), arg);
    }
    if (roll < 95) {
      Expr n = Exprs.num(2 + random.nextInt(2));
      return node(Operations.power(eq, n), "power", List.of(i), n);
    }
    Func f = List.of(Func.EXP, Func.LOG, Func.SIN, Func.COS).get(random.nextInt(4));
    return node(Operations.function(eq, f), f.name().toLowerCase(Locale.ROOT), List.of(i), null);
  }

  /** substitute_LHS_for_RHS(i, j): eq j's left side occurs in eq i; or RHS_for_LHS. */
  private Optional<Node> substitution(List<Node> pool, int i) {
    Relation target = pool.get(i).eq();
    List<Integer> order = new ArrayList<>();
    for (int j = 0; j < pool.size(); j++) {
      order.add(j);
    }
    Collections.shuffle(order, new Random(random.nextLong()));
    for (int j : order) {
      if (j == i) {
        continue;
      }
      Relation source = pool.get(j).eq();
      boolean lhsFirst = random.nextInt(3) < 2;
      for (int side = 0; side < 2; side++) {
        boolean lhs = (side == 0) == lhsFirst;
        Expr from = lhs ? source.lhs() : source.rhs();
        Expr to = lhs ? source.rhs() : source.lhs();
        if (from instanceof Sym || from.equals(target.lhs()) && to.equals(target.rhs())) {
          continue; // a bare symbol is replaced everywhere: SymPy's subs would differ in places
        }
        Optional<Relation> out = Operations.substitute(target, from, to);
        if (out.isPresent()) {
          return node(
              out, lhs ? "substitute_LHS_for_RHS" : "substitute_RHS_for_LHS", List.of(i, j), null);
        }
      }
    }
    return Optional.empty();
  }

  private Sym constant(List<Node> pool) {
    Set<String> used = new HashSet<>();
    pool.forEach(n -> used.addAll(Trees.symbols(n.eq())));
    for (int k = 1; ; k++) {
      Sym c = (Sym) Equations.parse("C_{" + k + "} = 0").tree().lhs();
      if (!used.contains(c.name())) {
        return c;
      }
    }
  }

  private Optional<Node> node(Optional<Relation> eq, String op, List<Integer> uses, Expr arg) {
    return eq.filter(this::printable)
        .filter(r -> !Canon.of(r.lhs()).equals(Canon.of(r.rhs())))
        .map(r -> new Node(r, op, uses, arg));
  }

  /** Short enough, and our own parser reads the printed LaTeX back to the same equation. */
  private boolean printable(Relation r) {
    String latex = LatexPrinter.print(r);
    if (latex.length() > MAX_LATEX) {
      return false;
    }
    Equation back = Equations.parse(latex);
    return back.parsed() && Canon.sameEquation(back.tree(), r);
  }

  // ---- the chain ----

  /** Ancestors of {@code last} (and itself) in pool order. */
  static List<Integer> chain(List<Node> pool, int last) {
    Set<Integer> keep = new TreeSet<>();
    List<Integer> todo = new ArrayList<>(List.of(last));
    while (!todo.isEmpty()) {
      int k = todo.remove(todo.size() - 1);
      if (keep.add(k)) {
        todo.addAll(pool.get(k).uses());
      }
    }
    return new ArrayList<>(keep);
  }

  private String id() {
    return "synth-" + seed + "-" + index;
  }

  /** The trees of the derivation {@link #derivation} returned last. */
  Chain lastChain() {
    return chain;
  }

  /** The random source of the derivation being made (perturbations and errors draw from it). */
  SplittableRandom random() {
    return random;
  }

  /** One more operation on equation {@code i} of {@code eqs} (a pool), or empty. */
  Optional<Node> extend(List<Node> eqs, int i) {
    return step(new ArrayList<>(eqs.subList(0, i + 1)));
  }

  /** Every step a PREMISE or VALID, and the goal reached. */
  boolean verified(SyntheticDerivation d) {
    DerivationReport r = checker.check(d.id(), d.derivation());
    for (StepResult s : r.steps()) {
      if (s.verdict() != Verdict.PREMISE && s.verdict() != Verdict.VALID) {
        return false;
      }
    }
    return r.goal() == DerivationReport.Goal.REACHED;
  }
}
