package org.derivx.cas;

import org.derivx.expr.Relation;

/**
 * The Symja form of an equation as the checker hands it to Symja (derivatives and integrals inert,
 * names prefixed {@code v}/{@code f}), for the explorer's details pane. Converts only, evaluates
 * nothing.
 */
public final class SymjaForms {
  private SymjaForms() {}

  public static String of(Relation r) {
    SymbolTable table = new SymbolTable();
    return new SymjaConverter(table, true).convert(r).toString();
  }
}
