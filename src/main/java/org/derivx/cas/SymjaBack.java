package org.derivx.cas;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.derivx.expr.Expr;
import org.derivx.expr.Expr.Apply;
import org.derivx.expr.Expr.Derivative;
import org.derivx.expr.Expr.Integral;
import org.derivx.expr.Expr.Num;
import org.derivx.expr.Expr.Sym;
import org.derivx.expr.Exprs;
import org.derivx.expr.Func;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IAST;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.IFraction;
import org.matheclipse.core.interfaces.IInteger;
import org.matheclipse.core.interfaces.ISymbol;

/**
 * Symja's result back into our tree, for the derivation generator. Only what our trees can say is
 * accepted: numbers, this table's symbols and functions, sums, products, powers, the built-in
 * functions, derivatives of undefined functions and the inert calculus heads. Anything else (a
 * special function Symja's integrator produced, {@code Pi}, a condition) throws {@link
 * Unsupported}, and the generator tries another operation. Products with negative powers become
 * fractions and {@code (-1)·x} a negation, as SymPy prints them.
 */
final class SymjaBack {
  /** A Symja result our trees cannot represent. */
  static final class Unsupported extends RuntimeException {
    Unsupported(String message) {
      super(message, null, false, false);
    }
  }

  private final SymbolTable table;

  SymjaBack(SymbolTable table) {
    this.table = table;
  }

  Expr convert(IExpr e) {
    if (e instanceof IInteger i) {
      BigDecimal v = new BigDecimal(i.toBigNumerator());
      return v.signum() < 0 ? Exprs.neg(new Num(v.negate())) : new Num(v);
    }
    if (e instanceof IFraction f) {
      Expr n = convert(f.numerator());
      return Exprs.div(n, convert(f.denominator()));
    }
    if (e.isSymbol()) {
      ISymbol s = (ISymbol) e;
      if (s == F.E) {
        return Exprs.fn(Func.EXP, Exprs.ONE);
      }
      String name = table.nameOf(s);
      if (name == null) {
        throw new Unsupported("symbol " + s);
      }
      return new Sym(name);
    }
    if (!(e instanceof IAST ast)) {
      throw new Unsupported("atom " + e);
    }
    IExpr head = ast.head();
    if (ast.isPlus()) {
      List<Expr> terms = new ArrayList<>();
      ast.forEach(t -> terms.add(convert(t)));
      return Exprs.add(terms);
    }
    if (ast.isTimes()) {
      return product(ast);
    }
    if (ast.isPower()) {
      return power(ast.arg1(), ast.arg2());
    }
    if (head instanceof ISymbol hs) {
      Func f = builtin(hs);
      if (f != null && ast.argSize() == 1) {
        return Exprs.fn(f, convert(ast.arg1()));
      }
      if (table.isInertHead(hs, "Deriv")) {
        return inertDerivative(ast);
      }
      if (table.isInertHead(hs, "Integ") && ast.argSize() == 2) {
        return new Integral(
            convert(ast.arg1()), List.of(Integral.Bound.indefinite(convert(ast.arg2()))));
      }
      String name = table.nameOf(hs);
      if (name != null) {
        List<Expr> args = new ArrayList<>();
        ast.forEach(a -> args.add(convert(a)));
        return new Apply(name, args);
      }
      throw new Unsupported("function " + hs);
    }
    // Derivative[n1, n2, …][f][x1, x2, …]: a derivative of an undefined function
    if (head instanceof IAST fh
        && fh.head() instanceof IAST dh
        && dh.head() == F.Derivative
        && fh.argSize() == 1
        && fh.arg1() instanceof ISymbol f
        && table.nameOf(f) != null) {
      List<Expr> args = new ArrayList<>();
      ast.forEach(a -> args.add(convert(a)));
      List<Derivative.Var> vars = new ArrayList<>();
      for (int k = 1; k <= dh.argSize(); k++) {
        int order = dh.get(k).toIntDefault();
        if (order < 0 || k > args.size() || !(args.get(k - 1) instanceof Sym)) {
          throw new Unsupported("derivative " + e);
        }
        if (order > 0) {
          vars.add(new Derivative.Var(args.get(k - 1), order));
        }
      }
      return new Derivative(new Apply(table.nameOf(f), args), vars, args.size() > 1);
    }
    throw new Unsupported("expression " + head);
  }

  private Expr inertDerivative(IAST ast) {
    Expr body = convert(ast.arg1());
    List<Derivative.Var> vars = new ArrayList<>();
    for (int k = 2; k <= ast.argSize(); k++) {
      if (!(ast.get(k) instanceof IAST v) || v.argSize() != 2) {
        throw new Unsupported("derivative variable " + ast.get(k));
      }
      vars.add(new Derivative.Var(convert(v.arg1()), v.arg2().toIntDefault()));
    }
    return new Derivative(body, vars, false);
  }

  private Expr product(IAST ast) {
    List<Expr> num = new ArrayList<>();
    List<Expr> den = new ArrayList<>();
    boolean negative = false;
    for (IExpr f : ast) {
      if (f.isMinusOne()) {
        negative = !negative;
      } else if (f.isPower() && f.exponent().isNegative() && f.exponent().isRational()) {
        den.add(power(f.base(), f.exponent().negate()));
      } else if (f instanceof IFraction q) {
        IInteger n = q.numerator();
        if (n.isNegative()) {
          negative = !negative;
          n = n.negate();
        }
        if (!n.isOne()) {
          num.add(convert(n));
        }
        den.add(convert(q.denominator()));
      } else if (f instanceof IInteger i && i.isNegative()) {
        negative = !negative;
        num.add(convert(i.negate()));
      } else {
        num.add(convert(f));
      }
    }
    Expr top = num.isEmpty() ? Exprs.ONE : Exprs.mul(num);
    Expr out = den.isEmpty() ? top : Exprs.div(top, Exprs.mul(den));
    return negative ? Exprs.neg(out) : out;
  }

  private Expr power(IExpr base, IExpr exponent) {
    if (base == F.E) {
      return Exprs.fn(Func.EXP, convert(exponent));
    }
    if (exponent.isNumEqualRational(F.C1D2)) {
      return Exprs.fn(Func.SQRT, convert(base));
    }
    if (exponent.isMinusOne()) {
      return Exprs.div(Exprs.ONE, convert(base));
    }
    return Exprs.pow(convert(base), convert(exponent));
  }

  private static Func builtin(ISymbol s) {
    if (s == F.Sin) {
      return Func.SIN;
    }
    if (s == F.Cos) {
      return Func.COS;
    }
    if (s == F.Tan) {
      return Func.TAN;
    }
    if (s == F.Cot) {
      return Func.COT;
    }
    if (s == F.Sec) {
      return Func.SEC;
    }
    if (s == F.Csc) {
      return Func.CSC;
    }
    if (s == F.ArcSin) {
      return Func.ASIN;
    }
    if (s == F.ArcCos) {
      return Func.ACOS;
    }
    if (s == F.ArcTan) {
      return Func.ATAN;
    }
    if (s == F.Sinh) {
      return Func.SINH;
    }
    if (s == F.Cosh) {
      return Func.COSH;
    }
    if (s == F.Tanh) {
      return Func.TANH;
    }
    if (s == F.Log) {
      return Func.LOG;
    }
    return null;
  }
}
