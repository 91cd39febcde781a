package org.derivx.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.derivx.derivation.Derivation;
import org.derivx.derivation.Equation;
import org.derivx.derivation.Prompt;
import org.derivx.expr.Relation;

/**
 * Checks one derivation step by step (the engine behind {@code derivx check} and the GUI). Not
 * thread-safe: use one per worker thread; {@link BatchChecker} runs many in parallel.
 */
public final class StepChecker {
  /** Trees deeper than this are not checked (parsed ones stay far below; see the parser). */
  static final int MAX_TREE_DEPTH = 400;

  private final CheckOptions options;
  private final Confirmer confirmer;

  public StepChecker(CheckOptions options) {
    this(options, options.symbolic() ? Confirmer.symja() : Confirmer.NONE);
  }

  StepChecker(CheckOptions options, Confirmer confirmer) {
    this.options = options;
    this.confirmer = confirmer;
  }

  public DerivationReport check(String id, Derivation d) {
    return check(id, d, CheckListener.NONE, new AtomicBoolean());
  }

  /** Checks every step, reporting each to {@code listener} as it is decided. */
  public DerivationReport check(
      String id, Derivation d, CheckListener listener, AtomicBoolean cancelled) {
    long start = System.nanoTime();
    Run run = new Run(d, cancelled);
    List<StepResult> results = new ArrayList<>();
    for (int k = 1; k <= d.size(); k++) {
      StepResult r = run.step(k);
      results.add(r);
    }
    results = Dependencies.markIrrelevant(results);
    for (StepResult r : results) {
      listener.stepChecked(id, d.name(), r);
    }
    DerivationReport report =
        new DerivationReport(
            id, d.name(), d.kind(), results, run.goal(), (System.nanoTime() - start) / 1e6);
    listener.derivationChecked(report);
    return report;
  }

  /** The state of one derivation's check: the pool of usable equations and what is known. */
  private final class Run {
    private final Derivation d;
    private final AtomicBoolean cancelled;
    private final Samples samples = new Samples();
    private final Definitions definitions = new Definitions();
    private final List<Known> pool = new ArrayList<>();
    private final Map<Integer, Known> premises = new LinkedHashMap<>();
    private final Map<Integer, Known> steps = new HashMap<>();

    /** Symbols and functions of the premises and the steps so far. */
    private final Set<String> knownSymbols = new HashSet<>();

    private final Set<String> knownFunctions = new HashSet<>();

    /** Symbols and functions the prompt mentions anywhere (premises, intermediates, goal). */
    private final Set<String> promptSymbols = new HashSet<>();

    private final Set<String> promptFunctions = new HashSet<>();
    private final Map<Integer, Verdict> verdicts = new HashMap<>();
    private final Truth truth = new Truth(samples, definitions);

    /** The current step's values, reused for the pool unless the step bound a constant. */
    private Known current;

    private int currentVersion;

    Run(Derivation d, AtomicBoolean cancelled) {
      this.d = d;
      this.cancelled = cancelled;
      Prompt prompt = d.prompt();
      if (prompt != null) {
        int i = 1;
        for (Equation p : prompt.premises()) {
          if (p.parsed()) {
            Definitions.of(p.tree()).ifPresent(definitions::add);
            Known k = Known.of(EqRef.premise(i), p.tree(), samples);
            premises.put(i, k);
            pool.add(k);
          }
          i++;
        }
        for (Equation e : prompt.all()) {
          if (e.parsed()) {
            promptSymbols.addAll(Trees.symbols(e.tree()));
            promptFunctions.addAll(Trees.functions(e.tree()));
          }
        }
        for (Equation e : prompt.premises()) {
          if (e.parsed()) {
            knownSymbols.addAll(Trees.symbols(e.tree()));
            knownFunctions.addAll(Trees.functions(e.tree()));
          }
        }
      }
    }

    StepResult step(int k) {
      long start = System.nanoTime();
      Equation eq = d.step(k);
      StepDecision decision;
      if (!eq.parsed()) {
        decision =
            StepDecision.of(Verdict.UNPARSEABLE)
                .detail(
                    "parse error at offset " + eq.error().offset() + ": " + eq.error().message());
      } else {
        decision = withinBudget(k, eq.tree());
        remember(k, eq.tree());
      }
      verdicts.put(k, decision.verdict);
      double ms = (System.nanoTime() - start) / 1e6;
      return decision.toResult(k, eq.raw(), ms);
    }

    /**
     * Decides step k within its work budget; a spent budget is tried once more, from the same
     * state, with {@link CheckOptions#RETRY_FACTOR} times as much, and only then is UNKNOWN.
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
            StepDecision unknown = StepDecision.of(Verdict.UNKNOWN).detail(why(e, units));
            unknown.work = spent;
            return unknown;
          }
        } catch (StackOverflowError e) {
          // the depth guard above keeps parsed trees far from this; a derived tree may still be
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

    private String why(Budget.Exhausted e, long units) {
      return switch (e.why) {
        case CANCELLED -> "cancelled";
        case BUDGET ->
            String.format(
                java.util.Locale.ROOT,
                "work budget spent: %,d units, then %,d on the retry",
                options.budget(),
                units);
        case SAFETY_NET ->
            "stopped by the wall-clock safety net after "
                + options.safetyNetMillis()
                + " ms (not a verdict; the work budget should have ended it first)";
      };
    }

    private StepDecision decide(int k, Relation tree) {
      for (Map.Entry<Integer, Known> p : premises.entrySet()) {
        if (Canon.sameEquation(tree, p.getValue().eq())) {
          StepDecision s = StepDecision.of(Verdict.PREMISE);
          s.premise = p.getKey();
          pool.remove(p.getValue());
          return s;
        }
      }
      Set<String> fresh = new HashSet<>(Trees.symbols(tree));
      fresh.removeAll(knownSymbols);
      var definition = Definitions.of(tree);
      if (definition.isPresent() && introduces(definition.get())) {
        definitions.add(definition.get());
        StepDecision s = StepDecision.of(Verdict.VALID);
        s.operation = new Operation(Rule.DEFINE, List.of(), null);
        return s.detail("introduces " + definition.get().name());
      }
      Truth.Result truth = this.truth.test(tree, fresh);
      Known self = Known.of(EqRef.step(k), tree, samples);
      current = self;
      currentVersion = samples.version();
      Attribution attribution = new Attribution(samples);
      List<Operation> ops = attribution.find(self, pool);
      if (truth.kind() == Truth.Kind.FALSE && !derivedFromCorrect(ops)) {
        return StepDecision.incorrect(truth, ops, verdicts);
      }
      for (int j = 1; j < k; j++) {
        Known earlier = steps.get(j);
        if (earlier != null && Canon.sameEquation(tree, earlier.eq())) {
          StepDecision s = StepDecision.of(Verdict.REDUNDANT);
          s.sameAs = j;
          return s.detail("repeats step " + j);
        }
      }
      if (!ops.isEmpty()) {
        StepDecision s = StepDecision.of(Verdict.VALID);
        s.operation = ops.get(0);
        s.alternatives = ops.subList(1, ops.size());
        s.confirmation = confirmer.confirm(attribution.candidate(s.operation));
        if (!fresh.isEmpty() && s.operation.rule() == Rule.EVALUATE_INTEGRALS) {
          Known source =
              pool.stream()
                  .filter(p -> p.ref().equals(s.operation.uses().get(0)))
                  .findFirst()
                  .orElse(null);
          if (source != null) {
            Set<String> vars = IntegralRule.indefiniteVariables(source.l());
            vars.addAll(IntegralRule.indefiniteVariables(source.r()));
            this.truth.bindConstants(tree, fresh, vars);
          }
        }
        if (truth.kind() == Truth.Kind.FALSE) {
          s.detail("numerically false at a sample point, but derived from correct steps");
        }
        return s;
      }
      if (truth.kind() == Truth.Kind.UNDECIDED) {
        return StepDecision.of(Verdict.UNKNOWN).detail(truth.detail());
      }
      StepDecision s = StepDecision.of(Verdict.SKIPPED);
      Search.Found found =
          options.searchDepth() > 1
              ? new Search(samples, options.searchDepth()).find(self, pool)
              : null;
      if (found != null) {
        s.operation = found.last();
        s.operations = found.depth();
        return s.detail(found.describe());
      }
      return s.detail(
          "true, but no bounded search of up to " + options.searchDepth() + " operations finds it");
    }

    /** A definition of a name that neither the prompt nor an earlier step mentions. */
    private boolean introduces(Definitions.Def def) {
      String n = def.name();
      return def.params().isEmpty()
          ? !knownSymbols.contains(n) && !promptSymbols.contains(n)
          : !knownFunctions.contains(n) && !promptFunctions.contains(n);
    }

    /** An attribution whose uses are all correct outweighs a numeric "false". */
    private boolean derivedFromCorrect(List<Operation> ops) {
      for (Operation op : ops) {
        if (op.steps().stream().allMatch(j -> verdicts.get(j) != Verdict.INCORRECT)) {
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
      knownSymbols.addAll(Trees.symbols(tree));
      knownFunctions.addAll(Trees.functions(tree));
    }

    DerivationReport.Goal goal() {
      Prompt prompt = d.prompt();
      if (prompt == null || prompt.goal() == null || !prompt.goal().parsed() || d.size() == 0) {
        return DerivationReport.Goal.NO_GOAL;
      }
      Equation last = d.step(d.size());
      if (!last.parsed()) {
        return DerivationReport.Goal.NOT_REACHED;
      }
      Known goal = Known.of(EqRef.premise(0), prompt.goal().tree(), samples);
      Known fin = Known.of(EqRef.step(d.size()), last.tree(), samples);
      boolean same =
          Samples.same(goal.lhs(), fin.lhs()) && Samples.same(goal.rhs(), fin.rhs())
              || Samples.same(goal.lhs(), fin.rhs()) && Samples.same(goal.rhs(), fin.lhs());
      return same ? DerivationReport.Goal.REACHED : DerivationReport.Goal.NOT_REACHED;
    }
  }
}
