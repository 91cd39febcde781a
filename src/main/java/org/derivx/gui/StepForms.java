package org.derivx.gui;

import java.util.function.BiConsumer;
import org.derivx.cas.SymjaForms;
import org.derivx.derivation.Equation;
import org.derivx.expr.Relation;
import org.derivx.expr.SExpr;
import org.derivx.gui.session.Session;
import org.derivx.gui.session.Tasks;

/**
 * An equation's parse tree and the Symja form the checker sees, for the details pane. The first
 * Symja use starts its engine (a second or more), so that one runs in the background; afterwards
 * converting is cheap and answers at once (one update of the pane per step, not two).
 */
final class StepForms {
  private static volatile boolean symjaStarted;

  private StepForms() {}

  /** Calls {@code then} on the UI thread with (tree, Symja form), or (null, null) if unparsed. */
  static void of(Tasks tasks, Equation e, BiConsumer<String, String> then) {
    if (e == null || !e.parsed()) {
      then.accept(null, null);
      return;
    }
    Relation tree = e.tree();
    if (symjaStarted) {
      then.accept(SExpr.of(tree), symja(tree));
      return;
    }
    tasks.submit(
        () -> {
          String[] forms = {SExpr.of(tree), symja(tree)};
          symjaStarted = true;
          return forms;
        },
        f -> then.accept(f[0], f[1]),
        x -> then.accept("(" + Session.describe(x) + ")", null));
  }

  private static String symja(Relation tree) {
    try {
      return SymjaForms.of(tree);
    } catch (RuntimeException ex) {
      return "(cannot convert: " + ex.getMessage() + ")";
    }
  }
}
