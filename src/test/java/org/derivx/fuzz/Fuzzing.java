package org.derivx.fuzz;

import java.util.ArrayDeque;
import java.util.Deque;
import org.derivx.expr.Expr;
import org.derivx.expr.Nodes;
import org.derivx.expr.Relation;

/** What the fuzz targets share: the mode they run in and the measures of a parsed tree. */
final class Fuzzing {
  private Fuzzing() {}

  /**
   * True while Jazzer fuzzes ({@code JAZZER_FUZZ} set to a true value): the seed methods then add
   * the paper's data, and the targets also count a fired wall-clock safety net as a finding (never
   * in regression runs, which must not depend on the machine's speed).
   */
  static boolean active() {
    String v = System.getenv("JAZZER_FUZZ");
    if (v == null) {
      v = System.getProperty("JAZZER_FUZZ");
    }
    return v != null && (v.equals("1") || v.equalsIgnoreCase("true") || v.equalsIgnoreCase("yes"));
  }

  /** Levels and nodes of a tree, measured with an explicit stack (no recursion). */
  record Shape(int depth, long nodes) {}

  static Shape shape(Relation r) {
    int depth = 0;
    long nodes = 0;
    for (Expr side : r.sides()) {
      Shape s = shape(side);
      depth = Math.max(depth, s.depth());
      nodes += s.nodes();
    }
    return new Shape(depth, nodes);
  }

  static Shape shape(Expr e) {
    Deque<Expr> nodes = new ArrayDeque<>();
    Deque<Integer> levels = new ArrayDeque<>();
    nodes.push(e);
    levels.push(1);
    int depth = 0;
    long count = 0;
    while (!nodes.isEmpty()) {
      Expr node = nodes.pop();
      int level = levels.pop();
      depth = Math.max(depth, level);
      count++;
      for (Expr c : Nodes.children(node)) {
        nodes.push(c);
        levels.push(level + 1);
      }
    }
    return new Shape(depth, count);
  }
}
