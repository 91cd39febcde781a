package org.derivx.check.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.derivx.check.algebra.Differentiator;
import org.derivx.check.algebra.Rewrite;
import org.derivx.check.algebra.Trees;
import org.derivx.check.numeric.RandomFunctions;
import org.derivx.expr.Expr;
import org.derivx.expr.Expr.Apply;
import org.derivx.expr.Expr.Sym;
import org.derivx.expr.Relation;

/**
 * What the premises (and a derivation's own definitions) say functions and symbols are: {@code f(x,
 * y) = RHS} or {@code u = RHS}, either way round, with the defined name absent from the RHS. {@link
 * #expand} rewrites an expression into one with no undefined names left: defined ones by their
 * definitions, the rest by fixed {@link RandomFunctions}.
 */
public final class Definitions {
  private static final int MAX_DEPTH = 8;

  /** A definition; {@code params} is empty for a symbol. */
  public record Def(String name, List<String> params, Expr body) {}

  private final Map<String, Def> functions = new HashMap<>();
  private final Map<String, Def> symbols = new HashMap<>();

  /** The definition {@code r} states, if it has the shape of one. */
  /**
   * A step's definition: written {@code u = …}, the new name on the left (a new name on the right,
   * {@code \frac{\partial M}{\partial A} = \mathbf{I}}, is a claim about it, not a definition).
   */
  public static Optional<Def> ofStep(Relation r) {
    return r.isChain() ? Optional.empty() : shape(r.lhs(), r.rhs());
  }

  public static Optional<Def> of(Relation r) {
    if (r.isChain()) {
      return Optional.empty();
    }
    return shape(r.lhs(), r.rhs()).or(() -> shape(r.rhs(), r.lhs()));
  }

  private static Optional<Def> shape(Expr head, Expr body) {
    if (head instanceof Sym s && !Trees.dependsOn(body, s.name())) {
      return Optional.of(new Def(s.name(), List.of(), body));
    }
    if (head instanceof Apply a) {
      List<String> params = new ArrayList<>();
      Set<String> seen = new HashSet<>();
      for (Expr arg : a.args()) {
        if (!(arg instanceof Sym s) || !seen.add(s.name())) {
          return Optional.empty();
        }
        params.add(s.name());
      }
      boolean recursive = Trees.any(body, x -> x instanceof Apply b && b.name().equals(a.name()));
      return recursive ? Optional.empty() : Optional.of(new Def(a.name(), params, body));
    }
    return Optional.empty();
  }

  public void add(Def d) {
    (d.params().isEmpty() ? symbols : functions).putIfAbsent(d.name(), d);
  }

  boolean defines(String name) {
    return functions.containsKey(name) || symbols.containsKey(name);
  }

  public Expr expand(Expr e) {
    return expand(e, 0);
  }

  private Expr expand(Expr e, int depth) {
    if (depth > MAX_DEPTH) {
      throw new Differentiator.UnsupportedException("definitions nest too deeply");
    }
    return Rewrite.bottomUp(
        e,
        node -> {
          if (node instanceof Apply a) {
            Def d = functions.get(a.name());
            if (d != null && d.params().size() == a.args().size()) {
              return expand(instantiate(d.body(), d.params(), a.args()), depth + 1);
            }
            List<String> params = new ArrayList<>();
            for (int i = 0; i < a.args().size(); i++) {
              params.add(RandomFunctions.param(i));
            }
            return instantiate(
                RandomFunctions.template(a.name(), a.args().size()), params, a.args());
          }
          if (node instanceof Sym s) {
            Def d = symbols.get(s.name());
            if (d != null) {
              return expand(d.body(), depth + 1);
            }
          }
          return node;
        });
  }

  /** {@code body} with every parameter replaced by its argument, simultaneously. */
  private static Expr instantiate(Expr body, List<String> params, List<Expr> args) {
    Expr out = body;
    for (int i = 0; i < params.size(); i++) {
      out = Rewrite.replaceSymbol(out, params.get(i), new Sym("\u0000" + i));
    }
    for (int i = 0; i < params.size(); i++) {
      out = Rewrite.replaceSymbol(out, "\u0000" + i, args.get(i));
    }
    return out;
  }
}
