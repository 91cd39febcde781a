package org.derivx.expr;

import java.util.List;

/**
 * A parsed equation: two or more sides joined by {@code =}. Models sometimes chain several
 * equalities in one step ({@code a = b = c}); every side is kept.
 */
public record Relation(List<Expr> sides) {
  public Relation {
    sides = List.copyOf(sides);
    if (sides.size() < 2) {
      throw new IllegalArgumentException("an equation has at least two sides");
    }
  }

  public static Relation of(Expr lhs, Expr rhs) {
    return new Relation(List.of(lhs, rhs));
  }

  public Expr lhs() {
    return sides.get(0);
  }

  public Expr rhs() {
    return sides.get(sides.size() - 1);
  }

  public boolean isChain() {
    return sides.size() > 2;
  }
}
