package org.derivx.check.decision;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.derivx.check.Budget;
import org.derivx.check.CheckOptions;
import org.derivx.check.DerivationReport;
import org.derivx.check.EqRef;
import org.derivx.check.Operation;
import org.derivx.check.Rule;
import org.derivx.check.StepResult;
import org.derivx.check.Verdict;
import org.derivx.check.algebra.Auto;
import org.derivx.check.algebra.Differentiator;
import org.derivx.check.algebra.Trees;
import org.derivx.check.numeric.Samples;
import org.derivx.check.rules.Attribution;
import org.derivx.check.rules.Constants;
import org.derivx.check.rules.Definitions;
import org.derivx.check.rules.IntegralRule;
import org.derivx.check.rules.Known;
import org.derivx.check.rules.Memo;
import org.derivx.check.rules.PromptConstants;
import org.derivx.check.rules.Search;
import org.derivx.derivation.Derivation;
import org.derivx.derivation.Equation;
import org.derivx.derivation.Prompt;
import org.derivx.expr.PlainText;
import org.derivx.expr.Relation;

/**
 * One derivation's check: the pool of usable equations, what is known of the symbols, each step's
 * decision in the labelling guide's order (PREMISE, UNPARSEABLE, INCORRECT, REDUNDANT, SKIPPED,
 * IRRELEVANT, VALID; a repeat or tautology is REDUNDANT first, a true step unexplained).
 */
public final class CheckRun {
  /** Trees deeper than this are not checked (parsed ones stay far below; see the parser). */
  static final int MAX_TREE_DEPTH = 400;

  private final Derivation d;
  private final CheckOptions options;
  private final Confirmer confirmer;
  private final AtomicBoolean cancelled;
  private final Samples samples = new Samples();
  private final Definitions definitions = new Definitions();
  private final Constants constants;
  private final Memo memo = new Memo();
  private final Truth truth;
  private final List<Known> pool = new ArrayList<>();
  private final Map<Integer, Known> premises = new LinkedHashMap<>();
  private final Map<Integer, Relation> premiseForms = new HashMap<>();
  private final Restatements restatements = new Restatements(premises, premiseForms, pool);
  private final Map<Integer, Known> steps = new HashMap<>();
  private final Map<Integer, Verdict> verdicts = new HashMap<>();

  /** Constant of integration → the step that introduced it. */
  private final Map<String, Integer> boundAt = new HashMap<>();

  /** Symbols and functions of the premises and the steps so far. */
  private final Set<String> knownSymbols = new HashSet<>();

  private final Set<String> knownFunctions = new HashSet<>();

  /** Symbols and functions the prompt mentions anywhere (premises, intermediates, goal). */
  private final Set<String> promptSymbols = new HashSet<>();

  private final Set<String> promptFunctions = new HashSet<>();

  /** The current step's values, reused for the pool unless the step bound a constant. */
  private Known current;

  private int currentVersion;

  public CheckRun(
      Derivation d, CheckOptions options, Confirmer confirmer, AtomicBoolean cancelled) {
    this.d = d;
    this.options = options;
    this.confirmer = confirmer;
    this.cancelled = cancelled;
    Prompt prompt = d.prompt();
    List<Relation> premiseTrees = new ArrayList<>();
    List<Relation> otherTrees = new ArrayList<>();
    if (prompt != null) {
      for (Equation e : prompt.all()) {
        if (e.parsed() && Trees.depth(e.tree()) <= MAX_TREE_DEPTH) {
          (prompt.premises().contains(e) ? premiseTrees : otherTrees).add(e.tree());
        }
      }
    }
    List<Relation> all = new ArrayList<>(premiseTrees);
    all.addAll(otherTrees);
    this.constants =
        new Constants(
            samples,
            PromptConstants.named(premiseTrees, otherTrees),
            PromptConstants.variables(all));
    this.truth = new Truth(samples, definitions, constants, options.symbolic());
    if (prompt == null) {
      return;
    }
    int i = 1;
    for (Equation p : prompt.premises()) {
      if (p.parsed() && Trees.depth(p.tree()) <= MAX_TREE_DEPTH) {
        Definitions.of(p.tree()).ifPresent(definitions::add);
        Known k = Known.of(EqRef.premise(i), p.tree(), samples);
        premises.put(i, k);
        premiseForms.put(i, Auto.of(p.tree()));
        pool.add(k);
        knownSymbols.addAll(Trees.symbols(p.tree()));
        knownFunctions.addAll(Trees.functions(p.tree()));
      }
      i++;
    }
    for (Equation e : prompt.all()) {
      if (e.parsed() && Trees.depth(e.tree()) <= MAX_TREE_DEPTH) {
        promptSymbols.addAll(Trees.symbols(e.tree()));
        promptFunctions.addAll(Trees.functions(e.tree()));
      }
    }
  }

  public StepResult step(int k) {
    long start = System.nanoTime();
    Equation eq = d.step(k);
    StepDecision decision;
    if (!eq.parsed()) {
      decision =
          StepDecision.of(Verdict.UNPARSEABLE)
              .detail("parse error at offset " + eq.error().offset() + ": " + eq.error().message());
    } else {
      decision = withinBudget(k, eq.tree());
      if (Trees.depth(eq.tree()) <= MAX_TREE_DEPTH) {
        remember(k, eq.tree());
      }
    }
    verdicts.put(k, decision.verdict);
    return decision.toResult(k, eq.raw(), (System.nanoTime() - start) / 1e6);
  }

  /**
   * Decides step k within its work budget; a spent budget is tried once more, from the same state,
   * with {@link CheckOptions#RETRY_FACTOR} times as much, and only then is UNKNOWN.
   */
  private StepDecision withinBudget(int k, Relation tree) {
    int depth = Trees.depth(tree);
    if (depth > MAX_TREE_DEPTH) {
      return StepDecision.of(Verdict.UNKNOWN)
          .detail("too deeply nested to check (depth " + depth + " > " + MAX_TREE_DEPTH + ")");
    }
    Samples.Mark mark = samples.mark();
    List<Known> poolBefore = List.copyOf(pool);
    long units = options.budget();
    long spent = 0;
    for (int attempt = 0; ; attempt++) {
      Budget budget = new Budget(units, cancelled, options.safetyNetMillis());
      samples.use(budget);
      try {
        StepDecision decided = decide(k, tree);
        decided.work = spent + budget.used();
        return decided;
      } catch (Budget.Exhausted e) {
        spent += budget.used();
        if (e.why != Budget.Exhausted.Why.BUDGET || attempt == 1) {
          StepDecision unknown =
              StepDecision.of(Verdict.UNKNOWN)
                  .detail(e.describe(options.budget(), units, options.safetyNetMillis()));
          unknown.work = spent;
          return unknown;
        }
      } catch (StackOverflowError e) {
        // the depth guard keeps parsed trees far from this; a tree built from one may still be
        return StepDecision.of(Verdict.UNKNOWN).detail("too deeply nested to check");
      } finally {
        samples.use(Budget.generous());
      }
      samples.reset(mark);
      pool.clear();
      pool.addAll(poolBefore);
      units *= CheckOptions.RETRY_FACTOR;
    }
  }

  private StepDecision decide(int k, Relation tree) {
    Relation form = Auto.of(tree);
    restatements.remember(k, form);
    StepDecision restated = restatements.find(k, tree, form, d.prompt() != null);
    if (restated != null) {
      return restated;
    }
    Set<String> fresh = new HashSet<>(Trees.symbols(tree));
    fresh.removeAll(knownSymbols);
    var definition = Definitions.ofStep(tree);
    if (definition.isPresent() && introduces(definition.get())) {
      definitions.add(definition.get());
      StepDecision s = StepDecision.of(Verdict.VALID);
      s.operation = new Operation(Rule.DEFINE, List.of(), null);
      return s.detail("introduces " + PlainText.name(definition.get().name()));
    }
    constants.bindStandard(fresh, promptSymbols);
    String undefined = this.truth.zeroDenominator(tree);
    if (undefined != null) {
      return StepDecision.of(Verdict.INCORRECT).detail(undefined);
    }
    // a constant the prompt names stays existential until a step binds it, even if seen before
    Set<String> existential = new HashSet<>(fresh);
    for (String s : Trees.symbols(tree)) {
      if (constants.isNamed(s) && !samples.isBound(s)) {
        existential.add(s);
      }
    }
    Truth.Result truth = this.truth.test(tree, existential);
    Known self = Known.of(EqRef.step(k), tree, samples);
    current = self;
    currentVersion = samples.version();
    Attribution attribution =
        new Attribution(samples, this.truth::isZero, memo).ownConstant(truth.constant());
    // a false step may follow from an error (carried); a true one is justified by correct ones
    List<Known> sources = truth.kind() == Truth.Kind.FALSE ? pool : correctPool();
    List<Operation> found = attribution.find(self, sources);
    if (found.isEmpty()) {
      found = attribution.rewrites(self, sources);
    }
    String zeroWhy = null;
    List<Operation> ops = new ArrayList<>();
    for (Operation op : found) {
      String why = attribution.byZero(op);
      if (why == null) {
        ops.add(op);
      } else if (zeroWhy == null) {
        zeroWhy = why;
      }
    }
    ops.sort(TieRule.byTieRule(verdicts));
    if (!truth.renames().isEmpty() && ops.stream().allMatch(op -> op.uses().isEmpty())) {
      List<EqRef> from =
          truth.renames().stream()
              .map(boundAt::get)
              .filter(Objects::nonNull)
              .distinct()
              .sorted()
              .map(EqRef::step)
              .toList();
      ops.add(0, new Operation(Rule.RENAME_CONSTANT, from, null));
    }
    if (ops.isEmpty()
        && truth.constant() != null
        && PromptConstants.alone(tree, truth.constant())) {
      ops.add(new Operation(Rule.DEFINE, List.of(), null));
    }
    if (truth.kind() == Truth.Kind.FALSE && !derivedFromCorrect(ops)) {
      return incorrect(truth, self, ops);
    }
    if (!ops.isEmpty()) {
      return valid(tree, fresh, truth, attribution, ops);
    }
    Search.Found chain = search(self);
    if (zeroWhy != null && chain == null) {
      return StepDecision.of(Verdict.INCORRECT).detail(zeroWhy);
    }
    if (truth.kind() == Truth.Kind.UNDECIDED) {
      return StepDecision.of(Verdict.UNKNOWN).detail(truth.detail());
    }
    if (chain != null) {
      StepDecision s = StepDecision.of(Verdict.SKIPPED);
      s.operation = chain.last();
      s.operations = chain.depth();
      s.alternatives = chain.alternatives();
      return s.detail(StepDecision.joined(chain.describe(), truth.detail()));
    }
    return StepDecision.of(Verdict.UNEXPLAINED)
        .detail(
            StepDecision.joined(
                "true, but no chain of up to " + options.searchDepth() + " operations found",
                truth.detail()));
  }

  private StepDecision valid(
      Relation tree,
      Set<String> fresh,
      Truth.Result truth,
      Attribution attribution,
      List<Operation> ops) {
    StepDecision s = StepDecision.of(Verdict.VALID);
    s.operation = ops.get(0);
    s.alternatives = ops.subList(1, ops.size());
    s.confirmation = confirmer.confirm(attribution.candidate(s.operation));
    if (!fresh.isEmpty() && s.operation.rule() == Rule.EVALUATE_INTEGRALS) {
      Known source =
          pool.stream()
              .filter(
                  p -> !s.operation.uses().isEmpty() && p.ref().equals(s.operation.uses().get(0)))
              .findFirst()
              .orElse(null);
      if (source != null) {
        Set<String> vars = IntegralRule.indefiniteVariables(source.l());
        vars.addAll(IntegralRule.indefiniteVariables(source.r()));
        try {
          constants.bindAfterEvaluation(this.truth.expanded(tree), fresh, vars);
        } catch (Differentiator.UnsupportedException e) {
          // nothing to bind: the step's sides cannot be expanded
        }
      }
    }
    if (truth.kind() == Truth.Kind.FALSE) {
      return s.detail("numerically false at a sample point, but derived from correct steps");
    }
    return s.detail(truth.detail());
  }

  /**
   * INCORRECT, with its counterexample. Carried when correct operations (one, or a chain the search
   * finds) produce it from an earlier INCORRECT step; otherwise a root error.
   */
  private StepDecision incorrect(Truth.Result truth, Known self, List<Operation> ops) {
    for (Operation op : ops) {
      if (op.steps().stream().anyMatch(j -> verdicts.get(j) == Verdict.INCORRECT)) {
        return StepDecision.incorrect(truth, op, 1, verdicts);
      }
    }
    if (verdicts.containsValue(Verdict.INCORRECT)) {
      Search.Found chain = search(self, pool);
      if (chain != null
          && chain.last().steps().stream().anyMatch(j -> verdicts.get(j) == Verdict.INCORRECT)) {
        return StepDecision.incorrect(truth, chain.last(), chain.depth(), verdicts);
      }
    }
    return StepDecision.incorrect(truth, null, 0, verdicts);
  }

  private Search.Found search(Known self) {
    return search(self, correctPool());
  }

  private Search.Found search(Known self, List<Known> from) {
    if (options.searchDepth() < 2) {
      return null;
    }
    return new Search(samples, options.searchDepth(), this.truth::isZero, memo)
        .find(self, from, ref -> TieRule.premiseLike(ref, verdicts));
  }

  /** The pool without the steps found INCORRECT: what a true step may be justified by. */
  private List<Known> correctPool() {
    return pool.stream()
        .filter(k -> k.ref().premise() || verdicts.get(k.ref().index()) != Verdict.INCORRECT)
        .toList();
  }

  /** A definition of a name that neither the prompt nor an earlier step mentions. */
  private boolean introduces(Definitions.Def def) {
    String n = def.name();
    return def.params().isEmpty()
        ? !knownSymbols.contains(n) && !promptSymbols.contains(n)
        : !knownFunctions.contains(n) && !promptFunctions.contains(n);
  }

  /**
   * An operation on correct earlier equations outweighs a numeric "false" (the numbers are then the
   * ones in doubt); a rewrite that uses nothing is no such evidence.
   */
  private boolean derivedFromCorrect(List<Operation> ops) {
    for (Operation op : ops) {
      if (!op.uses().isEmpty()
          && op.steps().stream().allMatch(j -> verdicts.get(j) != Verdict.INCORRECT)) {
        return true;
      }
    }
    return false;
  }

  private void remember(int k, Relation tree) {
    boolean fresh =
        current != null && current.ref().index() == k && currentVersion == samples.version();
    Known self = fresh ? current : Known.of(EqRef.step(k), tree, samples);
    steps.put(k, self);
    pool.add(self);
    for (String s : Trees.symbols(tree)) {
      if (samples.isBound(s)) {
        boundAt.putIfAbsent(s, k);
      }
    }
    knownSymbols.addAll(Trees.symbols(tree));
    knownFunctions.addAll(Trees.functions(tree));
  }

  public DerivationReport.Goal goal(List<StepResult> results) {
    return Goals.of(d, results, samples);
  }

  public Set<Integer> chains() {
    return Goals.chains(d);
  }
}
