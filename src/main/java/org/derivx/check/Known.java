package org.derivx.check;

import org.derivx.expr.Expr;
import org.derivx.expr.Relation;

/** An equation available to later steps: canonical form and inert values at the sample points. */
record Known(EqRef ref, Relation eq, Complex[] lhs, Complex[] rhs) {
  static Known of(EqRef ref, Relation r, Samples samples) {
    samples.budget().spend(Trees.size(r)); // its canonical form costs about that much
    Relation c = Canon.of(Relation.of(r.lhs(), r.rhs()));
    Samples.Values v = samples.values(c);
    return new Known(ref, c, v.lhs(), v.rhs());
  }

  Expr l() {
    return eq.lhs();
  }

  Expr r() {
    return eq.rhs();
  }

  Known swapped() {
    return new Known(ref, Relation.of(eq.rhs(), eq.lhs()), rhs, lhs);
  }
}
