package org.derivx.check.rules;

import org.derivx.check.EqRef;
import org.derivx.check.algebra.Canon;
import org.derivx.check.algebra.Trees;
import org.derivx.check.numeric.Complex;
import org.derivx.check.numeric.Samples;
import org.derivx.expr.Expr;
import org.derivx.expr.Relation;

/**
 * An equation available to later steps: canonical form, inert values at the sample points, and its
 * size in nodes (what operations on it are charged; measured once, as it is charged often).
 */
public record Known(EqRef ref, Relation eq, Complex[] lhs, Complex[] rhs, int size) {
  public static Known of(EqRef ref, Relation r, Samples samples) {
    samples.budget().spend(Trees.size(r)); // its canonical form costs about that much
    Relation c = Canon.of(Relation.of(r.lhs(), r.rhs()));
    Samples.Values v = samples.values(c);
    return new Known(ref, c, v.lhs(), v.rhs(), Trees.size(c));
  }

  public Expr l() {
    return eq.lhs();
  }

  public Expr r() {
    return eq.rhs();
  }

  Known swapped() {
    return new Known(ref, Relation.of(eq.rhs(), eq.lhs()), rhs, lhs, size);
  }
}
