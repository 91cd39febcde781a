package org.derivx.cas;

import java.util.Set;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.expression.S;
import org.matheclipse.core.interfaces.IAST;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.ISymbol;

/**
 * The built-in Symja heads our expressions may contain. Anything else (Run, Import, Java…,
 * SystemDialog…) can never be reached from a data file: the converter only emits these heads and
 * the symbols of a {@link SymbolTable}, and {@link #check} proves it before evaluation.
 */
public final class SymjaAllowlist {
  private SymjaAllowlist() {}

  static final Set<ISymbol> HEADS =
      Set.of(
          S.Plus,
          S.Times,
          S.Power,
          S.Sin,
          S.Cos,
          S.Tan,
          S.Cot,
          S.Sec,
          S.Csc,
          S.ArcSin,
          S.ArcCos,
          S.ArcTan,
          S.Sinh,
          S.Cosh,
          S.Tanh,
          S.Log,
          S.Exp,
          S.Sqrt,
          S.ExpIntegralEi,
          S.CosIntegral,
          S.SinIntegral,
          S.D,
          S.Integrate,
          S.List,
          S.Equal,
          S.DirectedInfinity);

  /** Atoms that may appear as leaves besides numbers and table symbols. */
  static final Set<IExpr> CONSTANTS = Set.of(S.E, F.CInfinity, F.CComplexInfinity);

  /** Throws if {@code e} contains a head or symbol that is neither allowlisted nor the table's. */
  public static void check(IExpr e, SymbolTable table) {
    if (e.isNumber() || CONSTANTS.contains(e)) {
      return;
    }
    if (e instanceof ISymbol s) {
      if (!table.owns(s) && !HEADS.contains(s)) {
        throw new SecurityException("symbol not allowed in a checked expression: " + s);
      }
      return;
    }
    if (e instanceof IAST ast) {
      IExpr head = ast.head();
      if (!(head instanceof ISymbol hs) || !(HEADS.contains(hs) || table.owns(hs))) {
        throw new SecurityException("head not allowed in a checked expression: " + head);
      }
      for (int i = 1; i < ast.size(); i++) {
        check(ast.get(i), table);
      }
      return;
    }
    throw new SecurityException("unexpected expression kind: " + e.getClass().getSimpleName());
  }
}
