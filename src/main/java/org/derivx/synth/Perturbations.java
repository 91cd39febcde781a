package org.derivx.synth;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.derivx.check.algebra.Trees;
import org.derivx.expr.Expr.Apply;
import org.derivx.expr.Expr.Sym;

/**
 * The paper's four perturbations of a generated derivation: VR renames every symbol and function,
 * EE swaps the sides of every equation, AG replaces the goal by an alternative one derived from the
 * same premises, SR drops the intermediate hint from the prompt. Each result is checked like the
 * original; empty if the checker does not confirm it.
 */
final class Perturbations {
  static final List<String> ALL = List.of("VR", "EE", "AG", "SR");

  private Perturbations() {}

  /** A perturbed derivation and the trees it was printed from. */
  record Perturbed(Chain chain, SyntheticDerivation derivation) {}

  static Optional<Perturbed> apply(
      String perturbation, Generator g, Chain c, String id, Map<String, Object> meta) {
    String pid = id + "/" + perturbation;
    Chain p =
        switch (perturbation) {
          case "VR" -> renamed(c, g.random());
          case "EE" -> c.swapped();
          case "SR" -> c;
          case "AG" -> alternativeGoal(g, c).orElse(null);
          default -> throw new IllegalArgumentException("unknown perturbation " + perturbation);
        };
    if (p == null) {
      return Optional.empty();
    }
    SyntheticDerivation d = p.write(pid, perturbation, !perturbation.equals("SR"), meta);
    return g.verified(d) ? Optional.of(new Perturbed(p, d)) : Optional.empty();
  }

  /** Every symbol and function renamed to an unused one of the vocabulary, consistently. */
  static Chain renamed(Chain c, SplittableRandom r) {
    Set<String> symbols = new HashSet<>();
    Set<String> functions = new HashSet<>();
    c.nodes()
        .forEach(
            n -> {
              symbols.addAll(Trees.symbols(n.eq()));
              functions.addAll(Trees.functions(n.eq()));
              if (n.arg() != null) {
                symbols.addAll(Trees.symbols(n.arg()));
              }
            });
    Set<String> taken = new HashSet<>(symbols);
    Map<String, String> symbolMap = new HashMap<>();
    for (String s : sorted(symbols)) {
      Sym fresh = Vocabulary.freshSymbol(r, taken);
      taken.add(fresh.name());
      symbolMap.put(s, fresh.name());
    }
    Set<String> takenF = new HashSet<>(functions);
    Map<String, String> functionMap = new HashMap<>();
    for (String f : sorted(functions)) {
      String fresh = f;
      for (int i = 0; i < 100 && takenF.contains(fresh); i++) {
        fresh = Vocabulary.function(r);
      }
      takenF.add(fresh);
      functionMap.put(f, fresh);
    }
    return c.map(
        e -> {
          if (e instanceof Sym s && symbolMap.containsKey(s.name())) {
            return new Sym(symbolMap.get(s.name()));
          }
          if (e instanceof Apply a && functionMap.containsKey(a.name())) {
            return new Apply(functionMap.get(a.name()), a.args());
          }
          return e;
        });
  }

  private static List<String> sorted(Set<String> s) {
    List<String> out = new ArrayList<>(s);
    out.sort(null); // a fixed order keeps the renaming reproducible
    return out;
  }

  /** The last equation replaced by another one operation from an earlier equation. */
  static Optional<Chain> alternativeGoal(Generator g, Chain c) {
    List<Node> pool = new ArrayList<>(c.nodes().subList(0, c.size() - 1));
    Node original = c.get(c.size() - 1);
    for (int attempt = 0; attempt < 20; attempt++) {
      int from = pool.size() - 1 - g.random().nextInt(Math.min(2, pool.size()));
      Optional<Node> alt = g.extend(pool, from);
      if (alt.isEmpty() || alt.get().eq().equals(original.eq())) {
        continue;
      }
      List<Node> withAlt = new ArrayList<>(pool);
      withAlt.add(alt.get());
      List<Integer> keep = Generator.chain(withAlt, withAlt.size() - 1);
      if (keep.size() >= Generator.MIN_LENGTH) {
        return Optional.of(Chain.of(withAlt, keep));
      }
    }
    return Optional.empty();
  }
}
