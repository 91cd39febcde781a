package org.derivx.derivation;

import java.util.List;

/**
 * How the paper's generator made a reference equation ({@code srepr_derivation}): {@code premise}
 * or an operation with the 1-based equation numbers it used and its expression arguments (SymPy
 * srepr strings, e.g. the variable of {@code differentiate}). {@code args} keeps every argument in
 * order as written: integers for equation numbers, strings for expressions.
 */
public record OperationAnnotation(String operation, List<Object> args, String srepr) {
  public OperationAnnotation {
    args = List.copyOf(args);
  }

  public boolean isPremise() {
    return operation.equals("premise")
        || operation.equals("get_premise")
        || operation.equals("renaming_premise");
  }

  /** The equation numbers among the arguments, in order. */
  public List<Integer> uses() {
    return args.stream().filter(a -> a instanceof Integer).map(a -> (Integer) a).toList();
  }

  /** The expression arguments (srepr strings), in order. */
  public List<String> expressionArgs() {
    return args.stream().filter(a -> a instanceof String).map(a -> (String) a).toList();
  }
}
