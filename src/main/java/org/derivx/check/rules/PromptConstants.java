package org.derivx.check.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.derivx.check.algebra.Trees;
import org.derivx.expr.Expr;
import org.derivx.expr.Expr.Integral;
import org.derivx.expr.Relation;

/**
 * What a prompt says about constants of integration: the symbols its intermediate and goal
 * equations name that its premises do not (in a prompt with integrals, the constants its author's
 * generator introduced), and its integrals' variables.
 */
public final class PromptConstants {
  private PromptConstants() {}

  /** The prompt's constants: named in its intermediates or goal, not in its premises. */
  public static Set<String> named(List<Relation> premises, List<Relation> others) {
    List<Relation> all = new ArrayList<>(premises);
    all.addAll(others);
    Set<String> vars = variables(all);
    if (vars.isEmpty()) {
      return Set.of();
    }
    Set<String> named = new TreeSet<>();
    others.forEach(r -> named.addAll(Trees.symbols(r)));
    premises.forEach(r -> named.removeAll(Trees.symbols(r)));
    named.removeAll(vars);
    return named;
  }

  /** The variables of the indefinite integrals in these equations (of any integrand). */
  public static Set<String> variables(List<Relation> equations) {
    Set<String> vars = new TreeSet<>();
    for (Relation r : equations) {
      for (Expr side : r.sides()) {
        Trees.walk(
            side,
            x -> {
              if (x instanceof Integral i) {
                for (Integral.Bound b : i.vars()) {
                  if (!b.definite()) {
                    vars.addAll(Trees.symbols(b.variable()));
                  }
                }
              }
            });
      }
    }
    return vars;
  }

  /** {@code c = …} or {@code … = c}: a step that introduces the constant c by naming it. */
  public static boolean alone(Relation tree, String c) {
    return tree.sides().size() == 2
        && (tree.lhs() instanceof Expr.Sym s && s.name().equals(c)
            || tree.rhs() instanceof Expr.Sym t && t.name().equals(c));
  }
}
