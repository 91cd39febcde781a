package org.derivx.cas;

import org.derivx.expr.Relation;

/**
 * The Symja form of an equation as the checker hands it to Symja (derivatives and integrals inert),
 * with our own names in place of the prefixed dummy symbols Symja sees, for the explorer's details
 * pane. Converts only, evaluates nothing.
 */
public final class SymjaForms {
  private SymjaForms() {}

  public static String of(Relation r) {
    SymbolTable table = new SymbolTable();
    return table.readable(new SymjaConverter(table, true).convert(r).toString());
  }
}
