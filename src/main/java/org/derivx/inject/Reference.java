package org.derivx.inject;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.derivx.derivation.Derivation;
import org.derivx.derivation.Equation;
import org.derivx.derivation.OperationAnnotation;
import org.derivx.expr.Relation;

/**
 * A reference derivation as the injections see it: each step's raw LaTeX and tree, how the paper's
 * generator made it (when annotated), and names a drifting variable may take ({@code drift}: a name
 * of this derivation → the name the same variable has under another perturbation of the record).
 */
record Reference(
    Derivation derivation,
    List<String> latex,
    List<Relation> trees,
    List<OperationAnnotation> operations,
    Map<String, String> drift) {

  /** Null when a step does not parse (references of the paper's data all do). */
  static Reference of(Derivation d, Map<String, String> drift) {
    List<String> latex = new ArrayList<>();
    List<Relation> trees = new ArrayList<>();
    for (Equation e : d.steps()) {
      if (!e.parsed()) {
        return null;
      }
      latex.add(e.raw().strip());
      trees.add(e.tree());
    }
    List<OperationAnnotation> ops =
        d.annotations().size() == d.size() ? d.annotations() : List.of();
    return new Reference(d, latex, trees, ops, Map.copyOf(drift));
  }

  int size() {
    return latex.size();
  }

  /** True when step {@code k} (0-based) restates a premise, as annotated, or is the first step. */
  boolean premise(int k) {
    return operations.isEmpty() ? k == 0 : operations.get(k).isPremise();
  }

  /** The operation that made step {@code k}, or null when not annotated. */
  OperationAnnotation operation(int k) {
    return operations.isEmpty() ? null : operations.get(k);
  }

  /** The steps that are not restated premises. */
  List<Integer> derived() {
    List<Integer> out = new ArrayList<>();
    for (int k = 0; k < size(); k++) {
      if (!premise(k)) {
        out.add(k);
      }
    }
    return out;
  }
}
