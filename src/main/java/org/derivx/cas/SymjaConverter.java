package org.derivx.cas;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.derivx.expr.Expr;
import org.derivx.expr.Expr.Add;
import org.derivx.expr.Expr.Apply;
import org.derivx.expr.Expr.Const;
import org.derivx.expr.Expr.Derivative;
import org.derivx.expr.Expr.Div;
import org.derivx.expr.Expr.Fn;
import org.derivx.expr.Expr.Integral;
import org.derivx.expr.Expr.Mul;
import org.derivx.expr.Expr.Neg;
import org.derivx.expr.Expr.Num;
import org.derivx.expr.Expr.Pow;
import org.derivx.expr.Expr.Sym;
import org.derivx.expr.Relation;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IAST;
import org.matheclipse.core.interfaces.IASTAppendable;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.ISymbol;

/**
 * Our tree → Symja {@link IExpr}, built node by node with Symja's factory (never by parsing a
 * string). Symbols come from a {@link SymbolTable}; built-in heads only from {@link
 * SymjaAllowlist}. Derivatives and integrals are either inert (heads {@code Deriv}/{@code Integ}
 * that Symja cannot evaluate, so a step's form is compared as written) or Symja's {@code D} and
 * {@code Integrate}.
 */
public final class SymjaConverter {
  private final SymbolTable table;
  private final boolean inertDerivatives;
  private final boolean inertIntegrals;
  private final ISymbol derivHead;
  private final ISymbol integHead;

  public SymjaConverter(SymbolTable table, boolean inertCalculus) {
    this(table, inertCalculus, inertCalculus);
  }

  /**
   * Derivatives and integrals each either inert (our own heads) or Symja's {@code D}/{@code
   * Integrate}.
   */
  public SymjaConverter(SymbolTable table, boolean inertDerivatives, boolean inertIntegrals) {
    this.table = table;
    this.inertDerivatives = inertDerivatives;
    this.inertIntegrals = inertIntegrals;
    this.derivHead = table.inertHead("Deriv");
    this.integHead = table.inertHead("Integ");
  }

  /** {@code lhs == rhs} (for chains, every side in order). */
  public IAST convert(Relation r) {
    IASTAppendable eq = F.ast(F.Equal, r.sides().size());
    r.sides().forEach(s -> eq.append(convert(s)));
    return eq;
  }

  public IExpr convert(Expr e) {
    if (e instanceof Num n) {
      return number(n.value());
    }
    if (e instanceof Sym s) {
      return table.variable(s.name());
    }
    if (e instanceof Const c) {
      return c.kind() == Const.Kind.INFINITY ? F.CInfinity : F.CComplexInfinity;
    }
    if (e instanceof Add a) {
      IASTAppendable plus = F.ast(F.Plus, a.terms().size());
      a.terms().forEach(t -> plus.append(convert(t)));
      return plus;
    }
    if (e instanceof Mul m) {
      IASTAppendable times = F.ast(F.Times, m.factors().size());
      m.factors().forEach(f -> times.append(convert(f)));
      return times;
    }
    if (e instanceof Neg n) {
      return F.Times(F.CN1, convert(n.arg()));
    }
    if (e instanceof Div d) {
      return F.Times(convert(d.numerator()), F.Power(convert(d.denominator()), F.CN1));
    }
    if (e instanceof Pow p) {
      return F.Power(convert(p.base()), convert(p.exponent()));
    }
    if (e instanceof Fn f) {
      return function(f);
    }
    if (e instanceof Apply a) {
      IASTAppendable app = F.ast(table.function(a.name()), a.args().size());
      a.args().forEach(x -> app.append(convert(x)));
      return app;
    }
    if (e instanceof Derivative d) {
      return derivative(d);
    }
    if (e instanceof Integral i) {
      return integral(i);
    }
    throw new IllegalArgumentException("unknown node " + e);
  }

  private static IExpr number(BigDecimal v) {
    BigDecimal s = v.stripTrailingZeros();
    if (s.scale() <= 0) {
      return F.ZZ(s.toBigIntegerExact());
    }
    return F.QQ(F.ZZ(s.unscaledValue()), F.ZZ(BigInteger.TEN.pow(s.scale())));
  }

  private IExpr function(Fn f) {
    IExpr x = convert(f.arg());
    return switch (f.func()) {
      case SIN -> F.Sin(x);
      case COS -> F.Cos(x);
      case TAN -> F.Tan(x);
      case COT -> F.Cot(x);
      case SEC -> F.Sec(x);
      case CSC -> F.Csc(x);
      case ASIN -> F.ArcSin(x);
      case ACOS -> F.ArcCos(x);
      case ATAN -> F.ArcTan(x);
      case SINH -> F.Sinh(x);
      case COSH -> F.Cosh(x);
      case TANH -> F.Tanh(x);
      case LOG -> F.Log(x);
      case EXP -> F.Exp(x);
      case SQRT -> F.Sqrt(x);
      case EI -> F.ExpIntegralEi(x);
      case CI -> F.CosIntegral(x);
      case SI -> F.SinIntegral(x);
    };
  }

  private IExpr derivative(Derivative d) {
    IExpr body = convert(d.body());
    if (inertDerivatives) {
      IASTAppendable ast = F.ast(derivHead, d.vars().size() + 1);
      ast.append(body);
      d.vars().forEach(v -> ast.append(F.List(convert(v.variable()), F.ZZ(v.order()))));
      return ast;
    }
    IExpr result = body;
    for (Derivative.Var v : d.vars()) {
      result = F.D(result, F.List(convert(v.variable()), F.ZZ(v.order())));
    }
    return result;
  }

  private IExpr integral(Integral i) {
    IExpr result = convert(i.body());
    for (Integral.Bound b : i.vars()) {
      IExpr var =
          b.definite()
              ? F.List(convert(b.variable()), convert(b.lower()), convert(b.upper()))
              : convert(b.variable());
      result = inertIntegrals ? F.binaryAST2(integHead, result, var) : F.Integrate(result, var);
    }
    return result;
  }
}
