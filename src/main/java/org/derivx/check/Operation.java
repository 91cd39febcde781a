package org.derivx.check;

import java.util.List;

/**
 * One operation that yields a step: the rule, the equations it was applied to (in the paper's
 * argument order), and the inferred argument as LaTeX when the rule takes one (null otherwise).
 */
public record Operation(Rule rule, List<EqRef> uses, String argument) {
  public Operation {
    uses = List.copyOf(uses);
  }

  /** Step numbers among the uses. */
  public List<Integer> steps() {
    return uses.stream().filter(u -> !u.premise()).map(EqRef::index).toList();
  }

  /** Prompt premise numbers among the uses. */
  public List<Integer> premises() {
    return uses.stream().filter(EqRef::premise).map(EqRef::index).toList();
  }

  @Override
  public String toString() {
    return rule.paperName() + uses + (argument == null ? "" : " " + argument);
  }
}
