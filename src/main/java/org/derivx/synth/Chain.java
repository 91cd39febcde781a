package org.derivx.synth;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.derivx.check.algebra.Rewrite;
import org.derivx.derivation.Label;
import org.derivx.derivation.OperationAnnotation;
import org.derivx.expr.Expr;
import org.derivx.expr.Relation;
import org.derivx.latex.LatexPrinter;

/**
 * A derivation as trees: its equations in order, each with how it was made (uses are 0-based
 * indices into the chain). Perturbations and injected errors work on this, then {@link #write}
 * prints it.
 */
record Chain(List<Node> nodes) {
  Chain {
    nodes = List.copyOf(nodes);
  }

  /** The pool's equations {@code keep} (ascending pool indices), uses renumbered. */
  static Chain of(List<Node> pool, List<Integer> keep) {
    List<Node> out = new ArrayList<>();
    for (int k : keep) {
      Node n = pool.get(k);
      out.add(new Node(n.eq(), n.op(), n.uses().stream().map(keep::indexOf).toList(), n.arg()));
    }
    return new Chain(out);
  }

  int size() {
    return nodes.size();
  }

  Node get(int i) {
    return nodes.get(i);
  }

  /** Every equation and argument rewritten by {@code f} (node by node, children first). */
  Chain map(UnaryOperator<Expr> f) {
    return new Chain(
        nodes.stream()
            .map(
                n ->
                    new Node(
                        Rewrite.bottomUp(n.eq(), f),
                        n.op(),
                        n.uses(),
                        n.arg() == null ? null : Rewrite.bottomUp(n.arg(), f)))
            .toList());
  }

  /**
   * Prints the chain: premises (the chain's premise equations), one intermediate half way (if
   * {@code hint}), the last equation as goal; annotations with 1-based equation numbers.
   */
  SyntheticDerivation write(
      String id, String perturbation, boolean hint, Map<String, Object> meta) {
    return write(id, perturbation, hint, meta, List.of());
  }

  SyntheticDerivation write(
      String id, String perturbation, boolean hint, Map<String, Object> meta, List<Label> labels) {
    List<String> steps = new ArrayList<>();
    List<OperationAnnotation> ops = new ArrayList<>();
    List<String> premises = new ArrayList<>();
    for (int k = 0; k < nodes.size(); k++) {
      Node n = nodes.get(k);
      String printed = LatexPrinter.print(n.eq());
      steps.add(printed);
      if (n.premise()) {
        premises.add(printed);
        ops.add(new OperationAnnotation("premise", List.of(), null));
      } else {
        List<Object> args = new ArrayList<>();
        n.uses().forEach(u -> args.add(u + 1));
        if (n.arg() != null) {
          args.add(LatexPrinter.print(n.arg()));
        }
        ops.add(new OperationAnnotation(n.op(), args, null));
      }
    }
    List<String> intermediates = new ArrayList<>();
    int middle = premises.size() + (steps.size() - premises.size()) / 2 - 1;
    if (hint && middle >= premises.size() && middle < steps.size() - 1) {
      intermediates.add(LatexPrinter.print(nodes.get(middle).eq()));
    }
    return new SyntheticDerivation(
        id,
        perturbation,
        premises,
        intermediates,
        LatexPrinter.print(nodes.get(nodes.size() - 1).eq()),
        steps,
        ops,
        labels,
        meta);
  }

  /** The sides of every equation swapped (substitutions then name the other side). */
  Chain swapped() {
    return new Chain(
        nodes.stream()
            .map(
                n ->
                    new Node(
                        Relation.of(n.eq().rhs(), n.eq().lhs()),
                        switch (n.op()) {
                          case "substitute_LHS_for_RHS" -> "substitute_RHS_for_LHS";
                          case "substitute_RHS_for_LHS" -> "substitute_LHS_for_RHS";
                          default -> n.op();
                        },
                        n.uses(),
                        n.arg()))
            .toList());
  }
}
