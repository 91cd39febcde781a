package org.derivx.check.algebra;

import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import org.derivx.expr.Expr;
import org.derivx.expr.Relation;

/**
 * The symbol and function names of expressions, remembered per tree: a substitution can only
 * replace a pattern whose names all occur in the target, so most pairs of equations are ruled out
 * by a set comparison before any canonical form is built.
 */
public final class Names {
  private final Map<Object, Set<String>> cache = new IdentityHashMap<>();

  Set<String> of(Relation r) {
    return cache.computeIfAbsent(
        r,
        k -> {
          Set<String> out = new HashSet<>();
          r.sides().forEach(s -> out.addAll(of(s)));
          return out;
        });
  }

  Set<String> of(Expr e) {
    return cache.computeIfAbsent(
        e,
        k -> {
          Set<String> out = new HashSet<>(Trees.symbols(e));
          Trees.walk(
              e,
              x -> {
                if (x instanceof Expr.Apply a) {
                  out.add("\u0001" + a.name());
                }
              });
          return out;
        });
  }

  /**
   * Can substituting into {@code target} with {@code replacement} give {@code result}? Only if
   * every name of the result is the target's or the replacement's (simplification only removes).
   */
  public boolean covers(Relation result, Relation target, Expr replacement) {
    Set<String> from = of(target);
    Set<String> brought = of(replacement);
    for (String n : of(result)) {
      if (!from.contains(n) && !brought.contains(n)) {
        return false;
      }
    }
    return true;
  }

  /** Can {@code pattern} occur in {@code target}? False only when it surely cannot. */
  public boolean mayOccur(Expr pattern, Relation target) {
    return of(target).containsAll(of(pattern));
  }
}
