package org.derivx.synth;

import java.util.List;
import org.derivx.expr.Expr;
import org.derivx.expr.Relation;

/**
 * One generated equation and how it was made: the paper's operation name, the equations it used
 * (0-based indices into its pool or chain) and the operation's expression argument, if any.
 */
record Node(Relation eq, String op, List<Integer> uses, Expr arg) {
  Node {
    uses = List.copyOf(uses);
  }

  boolean premise() {
    return op.equals("premise");
  }
}
