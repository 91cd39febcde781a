package org.derivx.synth;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import org.derivx.check.DerivationReport;
import org.derivx.check.algebra.Rewrite;
import org.derivx.check.algebra.Trees;
import org.derivx.check.run.StepChecker;
import org.derivx.derivation.Label;
import org.derivx.expr.Expr;
import org.derivx.expr.Expr.Fn;
import org.derivx.expr.Expr.Num;
import org.derivx.expr.Exprs;
import org.derivx.expr.Func;
import org.derivx.expr.Relation;

/**
 * Errors injected into a correct derivation, with known labels: a removed step (the next step that
 * used it becomes SKIPPED), a repeated equation (REDUNDANT), an inserted correct step nothing uses
 * (IRRELEVANT), a final or inserted step corrupted so it is false under the premises (INCORRECT).
 * The prompt stays the clean derivation's. Every label is confirmed by the checker (each step's
 * verdict equals its label), else the injection is dropped.
 */
final class Errors {
  enum Kind {
    SKIPPED,
    REDUNDANT,
    IRRELEVANT,
    INCORRECT
  }

  private Errors() {}

  static Optional<SyntheticDerivation> inject(
      Kind kind,
      Generator g,
      Chain clean,
      SyntheticDerivation cleanWritten,
      StepChecker checker,
      Map<String, Object> meta) {
    SplittableRandom r = g.random();
    for (int attempt = 0; attempt < 16; attempt++) {
      Map<Integer, String> expected = new TreeMap<>();
      Optional<Chain> broken =
          switch (kind) {
            case SKIPPED -> skip(clean, r, expected);
            case REDUNDANT -> repeat(clean, r, expected);
            case IRRELEVANT -> unused(g, clean, r, expected, false);
            case INCORRECT ->
                r.nextBoolean()
                    ? corruptLast(clean, r, expected)
                    : unused(g, clean, r, expected, true);
          };
      if (broken.isEmpty()) {
        continue;
      }
      Chain c = broken.get();
      List<Label> labels = new ArrayList<>();
      for (int k = 0; k < c.size(); k++) {
        String category = expected.getOrDefault(k, c.get(k).premise() ? "PREMISE" : "VALID");
        labels.add(new Label(k + 1, category, expected.containsKey(k) ? "injected" : null));
      }
      // the task stays the clean derivation's; only the steps carry the error
      SyntheticDerivation d =
          c.write(
                  cleanWritten.id() + "/" + kind.name().toLowerCase(Locale.ROOT),
                  cleanWritten.perturbation(),
                  true,
                  meta,
                  labels)
              .withPromptOf(cleanWritten);
      if (confirmed(d, checker)) {
        return Optional.of(d);
      }
    }
    return Optional.empty();
  }

  /** Each step's verdict is its label. */
  static boolean confirmed(SyntheticDerivation d, StepChecker checker) {
    DerivationReport report = checker.check(d.id(), d.derivation());
    for (Label l : d.labels()) {
      if (!report.steps().get(l.step() - 1).verdict().name().equals(l.category())) {
        return false;
      }
    }
    return true;
  }

  /** Removes a step a later one uses; that later one skipped a step. */
  private static Optional<Chain> skip(Chain c, SplittableRandom r, Map<Integer, String> expected) {
    List<Integer> candidates = new ArrayList<>();
    for (int k = 0; k < c.size() - 1; k++) {
      int kk = k;
      if (!c.get(k).premise()
          && c.nodes().subList(k + 1, c.size()).stream().anyMatch(n -> n.uses().contains(kk))) {
        candidates.add(k);
      }
    }
    if (candidates.isEmpty()) {
      return Optional.empty();
    }
    int k = candidates.get(r.nextInt(candidates.size()));
    Node removed = c.get(k);
    List<Node> out = new ArrayList<>();
    for (int i = 0; i < c.size(); i++) {
      if (i == k) {
        continue;
      }
      Node n = c.get(i);
      List<Integer> uses = new ArrayList<>();
      for (int u : n.uses()) {
        if (u == k) {
          uses.addAll(removed.uses()); // made from what the removed step was made from
        } else {
          uses.add(u > k ? u - 1 : u);
        }
      }
      if (n.uses().contains(k)) {
        expected.put(out.size(), "SKIPPED");
      }
      out.add(new Node(n.eq(), n.op(), uses, n.arg()));
    }
    return Optional.of(new Chain(out));
  }

  /** An earlier (non-premise) equation written again before the last step. */
  private static Optional<Chain> repeat(
      Chain c, SplittableRandom r, Map<Integer, String> expected) {
    List<Integer> steps = new ArrayList<>();
    for (int k = 0; k < c.size() - 1; k++) {
      if (!c.get(k).premise()) {
        steps.add(k);
      }
    }
    if (steps.isEmpty()) {
      return Optional.empty();
    }
    int j = steps.get(r.nextInt(steps.size()));
    int at = j + 1 + r.nextInt(c.size() - 1 - j);
    Node copy = c.get(j);
    expected.put(at, "REDUNDANT");
    return Optional.of(insert(c, at, copy));
  }

  /** A new step from an earlier equation that nothing uses: correct, or corrupted. */
  private static Optional<Chain> unused(
      Generator g, Chain c, SplittableRandom r, Map<Integer, String> expected, boolean corrupt) {
    int j = r.nextInt(c.size() - 1);
    Optional<Node> extra = g.extend(c.nodes(), j);
    if (extra.isEmpty() || c.nodes().stream().anyMatch(n -> n.eq().equals(extra.get().eq()))) {
      return Optional.empty();
    }
    Node n = extra.get();
    if (corrupt) {
      Optional<Relation> bad = corrupt(n.eq(), r);
      if (bad.isEmpty()) {
        return Optional.empty();
      }
      n = new Node(bad.get(), n.op(), n.uses(), n.arg());
    }
    int at = j + 1 + r.nextInt(c.size() - 1 - j);
    expected.put(at, corrupt ? "INCORRECT" : "IRRELEVANT");
    return Optional.of(insert(c, at, n));
  }

  private static Optional<Chain> corruptLast(
      Chain c, SplittableRandom r, Map<Integer, String> expected) {
    int last = c.size() - 1;
    Node n = c.get(last);
    return corrupt(n.eq(), r)
        .map(
            bad -> {
              List<Node> out = new ArrayList<>(c.nodes());
              out.set(last, new Node(bad, n.op(), n.uses(), n.arg()));
              expected.put(last, "INCORRECT");
              return new Chain(out);
            });
  }

  /** {@code n} inserted at {@code at}; later uses shifted. */
  private static Chain insert(Chain c, int at, Node n) {
    List<Node> out = new ArrayList<>();
    for (int i = 0; i < c.size(); i++) {
      if (i == at) {
        out.add(n);
      }
      Node m = c.get(i);
      out.add(
          new Node(
              m.eq(), m.op(), m.uses().stream().map(u -> u >= at ? u + 1 : u).toList(), m.arg()));
    }
    return new Chain(out);
  }

  /**
   * The kind of slip a model makes, on the right side: a number off by one, sine and cosine
   * exchanged, a sign lost, a factor of two. Empty when none applies.
   */
  static Optional<Relation> corrupt(Relation eq, SplittableRandom r) {
    Expr rhs = eq.rhs();
    List<UnaryOperator<Expr>> ways = new ArrayList<>();
    if (Trees.any(rhs, e -> e instanceof Num)) {
      ways.add(
          e ->
              Rewrite.bottomUp(
                  e, n -> n instanceof Num num ? new Num(num.value().add(BigDecimal.ONE)) : n));
    }
    if (Trees.any(rhs, e -> e instanceof Fn f && (f.func() == Func.SIN || f.func() == Func.COS))) {
      ways.add(
          e ->
              Rewrite.bottomUp(
                  e,
                  n ->
                      n instanceof Fn f && f.func() == Func.SIN
                          ? new Fn(Func.COS, f.arg())
                          : n instanceof Fn f && f.func() == Func.COS
                              ? new Fn(Func.SIN, f.arg())
                              : n));
    }
    ways.add(Exprs::neg);
    ways.add(e -> Exprs.mul(Exprs.num(2), e));
    Expr bad = ways.get(r.nextInt(ways.size())).apply(rhs);
    return Operations.simplified(Relation.of(eq.lhs(), bad)).filter(b -> !b.equals(eq));
  }
}
