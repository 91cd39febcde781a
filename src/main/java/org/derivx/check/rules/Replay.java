package org.derivx.check.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.derivx.check.EqRef;
import org.derivx.check.Operation;
import org.derivx.expr.Relation;

/**
 * What trying one intermediate of a search against the pool added (the operations, in order, with
 * their candidates and division-by-zero notes) and cost, replayed for an equal intermediate under
 * its own reference. A search reaches the same equation by many paths (record 99 of the paper's
 * file: 254 intermediates at depth 3, 99 distinct). Every operation tried for an intermediate uses
 * it and no other intermediate, and all the rest depends on the equation alone, so the replay adds
 * what trying it would add, in the same order, and the caller charges what trying it would charge:
 * verdicts, alternatives and counted work stay as they were.
 */
final class Replay {
  private final EqRef ref;
  private final List<Operation> added = new ArrayList<>();
  private final long units;

  /** {@code found} after trying {@code ref}, which held {@code before} operations before it. */
  Replay(EqRef ref, Set<Operation> found, int before, long units) {
    this.ref = ref;
    this.units = units;
    int k = 0;
    for (Operation op : found) {
      if (k++ >= before) {
        added.add(op);
      }
    }
  }

  EqRef ref() {
    return ref;
  }

  /** The units trying it cost, less what was made once for the whole attribution. */
  long units() {
    return units;
  }

  /** Adds to {@code found} (and the two maps) what trying {@code other} would have added. */
  void onto(
      EqRef other,
      Set<Operation> found,
      Map<Operation, Relation[]> candidates,
      Map<Operation, String> byZero) {
    for (Operation op : added) {
      Operation moved = moved(op, other);
      found.add(moved);
      Relation[] c = candidates.get(op);
      if (c != null) {
        candidates.putIfAbsent(moved, c);
      }
    }
    // notes for operations tried but not kept (a reverse that differed at the probes) too
    List<Map.Entry<Operation, String>> notes = new ArrayList<>();
    for (Map.Entry<Operation, String> n : byZero.entrySet()) {
      if (n.getKey().uses().contains(ref)) {
        notes.add(n);
      }
    }
    notes.forEach(n -> byZero.putIfAbsent(moved(n.getKey(), other), n.getValue()));
  }

  private Operation moved(Operation op, EqRef other) {
    List<EqRef> uses = new ArrayList<>(op.uses());
    uses.replaceAll(u -> u.equals(ref) ? other : u);
    return new Operation(op.rule(), uses, op.argument());
  }
}
