package org.derivx.check.decision;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.derivx.check.Verdict;
import org.derivx.check.algebra.Auto;
import org.derivx.check.rules.Known;
import org.derivx.expr.Expr;
import org.derivx.expr.Expr.Apply;
import org.derivx.expr.Expr.Mul;
import org.derivx.expr.Relation;
import org.derivx.latex.LatexPrinter;

/**
 * Tokenizer artefacts that make a restated premise look like a new equation. FLAN-T5 often loses
 * the first token of its answer: {@code { (P_e) } = \log{(P_e)}} for the premise {@code W(P_e) =
 * \log(P_e)}, {@code \cos{(\lambda)} = …} for {@code c \cos(\lambda) = …}. A careful reader sees
 * the premise (labelling guide: an artefact alone is no reason for INCORRECT); so does the checker,
 * for the first step only, where the artefact happens. Also the other restatements: a step that
 * repeats an earlier one or a premise already stated, or states nothing.
 */
final class Restatements {
  private final Map<Integer, Known> premises;
  private final Map<Integer, Relation> premiseForms;
  private final List<Known> pool;

  /** Prompt premise → the step that first stated it. */
  private final Map<Integer, Integer> stated = new HashMap<>();

  /** Each step's automatically simplified form. */
  private final Map<Integer, Relation> stepForms = new HashMap<>();

  Restatements(
      Map<Integer, Known> premises, Map<Integer, Relation> premiseForms, List<Known> pool) {
    this.premises = premises;
    this.premiseForms = premiseForms;
    this.pool = pool;
  }

  void remember(int k, Relation form) {
    stepForms.put(k, form);
  }

  /** PREMISE, a repeat or a tautology (all REDUNDANT), or null. */
  StepDecision find(int k, Relation tree, Relation form, boolean prompted) {
    for (Map.Entry<Integer, Relation> p : premiseForms.entrySet()) {
      if (Auto.sameEquation(form, p.getValue())) {
        Integer first = stated.get(p.getKey());
        if (first != null) {
          StepDecision s = StepDecision.of(Verdict.REDUNDANT);
          s.sameAs = first;
          return s.detail("repeats step " + first);
        }
        stated.put(p.getKey(), k);
        StepDecision s = StepDecision.of(Verdict.PREMISE);
        s.premise = p.getKey();
        pool.remove(premises.get(p.getKey()));
        return s;
      }
    }
    if (k == 1 && prompted) {
      for (Map.Entry<Integer, Known> p : premises.entrySet()) {
        String lost = lostFirstToken(tree, p.getValue().eq());
        if (lost != null) {
          stated.put(p.getKey(), k);
          StepDecision s = StepDecision.of(Verdict.PREMISE);
          s.premise = p.getKey();
          pool.remove(p.getValue());
          return s.detail("states the premise with its first token (" + lost + ") lost");
        }
      }
    }
    if (form.sides().size() == 2 && form.lhs().equals(form.rhs())) {
      return StepDecision.of(Verdict.REDUNDANT).detail("states nothing: both sides are the same");
    }
    for (int j = 1; j < k; j++) {
      Relation earlier = stepForms.get(j);
      if (earlier != null && Auto.sameEquation(form, earlier)) {
        StepDecision s = StepDecision.of(Verdict.REDUNDANT);
        s.sameAs = j;
        return s.detail("repeats step " + j);
      }
    }
    return null;
  }

  /**
   * The token the first step lost if it is {@code premise} (either way round) with the leading
   * function name or leading factor of its first side missing; else null.
   */
  static String lostFirstToken(Relation step, Relation premise) {
    if (step.sides().size() != 2 || premise.sides().size() != 2) {
      return null;
    }
    for (int side = 0; side < 2; side++) {
      Expr first = side == 0 ? premise.lhs() : premise.rhs();
      Expr second = side == 0 ? premise.rhs() : premise.lhs();
      if (!Auto.of(step.rhs()).equals(Auto.of(second))) {
        continue;
      }
      Expr stepFirst = Auto.of(step.lhs());
      if (first instanceof Apply a
          && a.args().size() == 1
          && stepFirst.equals(Auto.of(a.args().get(0)))) {
        return a.name();
      }
      if (first instanceof Mul m && m.factors().size() >= 2) {
        List<Expr> rest = m.factors().subList(1, m.factors().size());
        Expr remaining = rest.size() == 1 ? rest.get(0) : new Mul(rest);
        if (stepFirst.equals(Auto.of(remaining))) {
          return LatexPrinter.print(m.factors().get(0));
        }
      }
    }
    return null;
  }
}
