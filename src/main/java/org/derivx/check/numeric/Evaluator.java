package org.derivx.check.numeric;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.derivx.check.Budget;
import org.derivx.check.algebra.Calculus;
import org.derivx.check.algebra.Rewrite;
import org.derivx.check.algebra.Trees;
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

/**
 * Evaluates our trees in complex doubles, in microseconds. Undefined functions are replaced by
 * {@link RandomFunctions}. Derivatives are always <em>inert</em>: a fixed linear shift stencil
 * {@code Σ c_j·body(x + h_j)} that is not the derivative, so {@code \frac{d}{da} e^{a}} and {@code
 * e^{a}} differ while two equal bodies give equal values. Integrals are inert the same way, or —
 * with {@code evaluateIntegrals} and a body free of undefined functions — computed by
 * Gauss–Legendre quadrature (indefinite ones from a fixed base point, so they agree with a true
 * antiderivative up to a constant). Calculus that the caller wants evaluated must be rewritten
 * symbolically first.
 */
public final class Evaluator {
  /**
   * Indefinite integrals start here: inside the sample range (0.55, 1.95), and not 1, where many
   * antiderivatives vanish or equal 1 and a bound constant of integration would then make "times C"
   * look like the identity.
   */
  static final double BASE_POINT = 1.0823;

  private static final double[] D_OFFSETS = {-0.21, 0.13, 0.29};
  private static final double[] D_WEIGHTS = {0.7, -1.3, 0.9};
  private static final double[] I_OFFSETS = {-0.17, 0.08, 0.23};
  private static final double[] I_WEIGHTS = {0.5, 1.1, -0.4};
  private static final double[] DEF_NODES = {0.15, 0.55, 0.85};
  private static final double[] DEF_WEIGHTS = {0.4, 0.9, -0.2};
  private static final int MAX_WORK = 200_000;

  private final Function<String, Complex> base;
  private final boolean evaluateIntegrals;
  private final Budget budget;
  private final Map<String, Complex> bound = new HashMap<>();
  private final Integrals integrals;
  private boolean inexact;
  private int work;

  public Evaluator(Function<String, Complex> base, boolean evaluateIntegrals, Budget budget) {
    this(base, evaluateIntegrals, budget, null);
  }

  /**
   * With {@code integrals} (null: none), the integrals already computed with this {@code base}:
   * {@link Samples#evaluator} passes them, for its sample point and bindings.
   */
  Evaluator(
      Function<String, Complex> base,
      boolean evaluateIntegrals,
      Budget budget,
      Integrals integrals) {
    this.base = base;
    this.evaluateIntegrals = evaluateIntegrals;
    this.budget = budget;
    this.integrals = evaluateIntegrals ? integrals : null;
  }

  /** True if a value since the last {@link #reset} came from a quadrature that did not settle. */
  public boolean inexact() {
    return inexact;
  }

  void reset() {
    inexact = false;
    work = 0;
  }

  /** Thrown through a whole evaluation that passes MAX_WORK nodes; its value is then unknown. */
  private static final class TooCostly extends RuntimeException {
    TooCostly() {
      super("too costly", null, false, false);
    }
  }

  private static final TooCostly TOO_COSTLY = new TooCostly();

  /** True inside an evaluation (nested calls of {@link #eval} belong to it). */
  private boolean active;

  /**
   * The value of {@code e}. One evaluation stops at MAX_WORK nodes and is NaN (an inert derivative
   * stencil nested 24 deep would visit 3^24 nodes); the step's budget counts every node of every
   * evaluation.
   */
  public Complex eval(Expr e) {
    if (active) {
      return node(e);
    }
    active = true;
    try {
      return node(e);
    } catch (TooCostly t) {
      return Complex.NaN;
    } finally {
      active = false;
    }
  }

  private Complex node(Expr e) {
    if (++work > MAX_WORK) {
      throw TOO_COSTLY;
    }
    budget.spend(1);
    if (e instanceof Num n) {
      return Complex.real(n.value().doubleValue());
    }
    if (e instanceof Sym s) {
      Complex v = bound.get(s.name());
      return v != null ? v : base.apply(s.name());
    }
    if (e instanceof Add a) {
      Complex sum = Complex.ZERO;
      for (Expr t : a.terms()) {
        sum = sum.plus(eval(t));
      }
      return sum;
    }
    if (e instanceof Mul m) {
      Complex product = Complex.ONE;
      for (Expr f : m.factors()) {
        product = product.times(eval(f));
      }
      return product;
    }
    if (e instanceof Neg n) {
      return eval(n.arg()).negate();
    }
    if (e instanceof Div d) {
      return eval(d.numerator()).divide(eval(d.denominator()));
    }
    if (e instanceof Pow p) {
      return eval(p.base()).pow(eval(p.exponent()));
    }
    if (e instanceof Fn f) {
      return SpecialFunctions.apply(f.func(), eval(f.arg()));
    }
    if (e instanceof Apply a) {
      return apply(a);
    }
    if (e instanceof Derivative d) {
      return derivative(d.body(), d.vars(), 0, 0);
    }
    if (e instanceof Integral i) {
      return integrals != null && bound.isEmpty() ? remembered(i) : integral(i.body(), i.vars(), 0);
    }
    if (e instanceof Const) {
      return Complex.NaN;
    }
    throw new IllegalArgumentException("unknown node " + e);
  }

  /**
   * An integral with nothing bound (its value depends on the sample point alone), computed once:
   * reused, it charges the nodes and units computing it counted, so budgets run out exactly where
   * they did. One that would pass this evaluation's node limit is computed again, to stop where it
   * stopped.
   */
  private Complex remembered(Integral i) {
    Integrals.Entry known = integrals.get(i);
    if (known != null && work + known.nodes() <= MAX_WORK) {
      budget.spend(known.units());
      work += known.nodes();
      inexact |= known.inexact();
      return known.value();
    }
    int nodes = work;
    long units = budget.used();
    boolean before = inexact;
    inexact = false;
    try {
      Complex v = integral(i.body(), i.vars(), 0);
      integrals.put(i, new Integrals.Entry(v, inexact, work - nodes, budget.used() - units));
      return v;
    } finally {
      inexact |= before; // also when the node limit or the budget stops it midway
    }
  }

  private Complex apply(Apply a) {
    Complex[] args = new Complex[a.args().size()];
    for (int i = 0; i < args.length; i++) {
      args[i] = eval(a.args().get(i));
    }
    Complex[] saved = new Complex[args.length];
    for (int i = 0; i < args.length; i++) {
      saved[i] = bound.put(RandomFunctions.param(i), args[i]);
    }
    Complex v = eval(RandomFunctions.template(a.name(), args.length));
    for (int i = 0; i < args.length; i++) {
      restore(RandomFunctions.param(i), saved[i]);
    }
    return v;
  }

  /** Applies the inert stencil for variable {@code index}, {@code done} times already. */
  private Complex derivative(Expr body, List<Derivative.Var> vars, int index, int done) {
    if (index == vars.size()) {
      return eval(body);
    }
    Derivative.Var v = vars.get(index);
    if (done == v.order()) {
      return derivative(body, vars, index + 1, 0);
    }
    if (!(v.variable() instanceof Sym s)) {
      Sym stand = new Sym("\u0002" + index);
      List<Derivative.Var> rest = new ArrayList<>(vars);
      rest.set(index, new Derivative.Var(stand, v.order()));
      Complex saved = bound.get(stand.name());
      bound.put(stand.name(), eval(v.variable()));
      Complex out = derivative(Rewrite.replaceNode(body, v.variable(), stand), rest, index, done);
      restore(stand.name(), saved);
      return out;
    }
    Complex x = valueOf(s.name());
    Complex saved = bound.get(s.name());
    Complex sum = Complex.ZERO;
    for (int j = 0; j < D_OFFSETS.length; j++) {
      bound.put(s.name(), x.plus(Complex.real(D_OFFSETS[j])));
      sum = sum.plus(derivative(body, vars, index, done + 1).times(D_WEIGHTS[j]));
    }
    restore(s.name(), saved);
    return sum;
  }

  private Complex integral(Expr body, List<Integral.Bound> bounds, int index) {
    if (index == bounds.size()) {
      return eval(body);
    }
    Integral.Bound b = bounds.get(index);
    if (!(b.variable() instanceof Sym)) {
      return integralOverExpression(body, bounds, index);
    }
    String name = ((Sym) b.variable()).name();
    Complex saved = bound.get(name);
    Complex lo;
    Complex hi;
    if (b.definite()) {
      lo = eval(b.lower());
      hi = eval(b.upper());
    } else {
      lo = Complex.real(BASE_POINT);
      hi = valueOf(name);
    }
    Complex result = null;
    if (evaluateIntegrals) {
      result = evaluated(body, bounds, index, name, lo, hi);
    }
    if (result == null && b.definite()) {
      result = Complex.ZERO;
      for (int j = 0; j < DEF_NODES.length; j++) {
        bound.put(name, lo.plus(hi.minus(lo).times(DEF_NODES[j])));
        result = result.plus(integral(body, bounds, index + 1).times(DEF_WEIGHTS[j]));
      }
      result = result.times(hi.minus(lo));
    } else if (result == null) {
      result = Complex.ZERO;
      for (int j = 0; j < I_OFFSETS.length; j++) {
        bound.put(name, hi.plus(Complex.real(I_OFFSETS[j])));
        result = result.plus(integral(body, bounds, index + 1).times(I_WEIGHTS[j]));
      }
    }
    restore(name, saved);
    return result;
  }

  /**
   * The integral carried out, as SymPy's {@code doit()} would manage: term by term, elementary
   * terms (derivatives inside evaluated first) by quadrature, a derivative by the integration
   * variable by the fundamental theorem; null when some term is beyond that (it stays inert).
   */
  private Complex evaluated(
      Expr body, List<Integral.Bound> bounds, int index, String name, Complex lo, Complex hi) {
    if (bounds.size() - index > 1) {
      return Trees.isElementary(body) ? quadrature(body, bounds, index, name, lo, hi) : null;
    }
    List<Expr> terms = body instanceof Add a ? a.terms() : List.of(body);
    Complex sum = Complex.ZERO;
    for (Expr t : terms) {
      Complex v;
      Expr antiderivative = Calculus.fundamentalTheorem(t, name);
      if (antiderivative != null) {
        bound.put(name, hi);
        v = eval(antiderivative);
        bound.put(name, lo);
        v = v.minus(eval(antiderivative));
      } else if (Trees.isElementary(t)) {
        Expr plain = Calculus.evaluateDerivatives(t, budget);
        if (plain == null) {
          return null;
        }
        v = quadrature(plain, bounds, index, name, lo, hi);
      } else {
        return null;
      }
      sum = sum.plus(v);
    }
    return sum;
  }

  /** {@code \int … d f(x)}: integrates over a stand-in symbol whose value is f(x). */
  private Complex integralOverExpression(Expr body, List<Integral.Bound> bounds, int index) {
    Integral.Bound b = bounds.get(index);
    Sym stand = new Sym("\u0001" + index);
    Expr replaced = Rewrite.replaceNode(body, b.variable(), stand);
    List<Integral.Bound> rest = new ArrayList<>(bounds);
    rest.set(index, new Integral.Bound(stand, b.lower(), b.upper()));
    Complex saved = bound.get(stand.name());
    bound.put(stand.name(), eval(b.variable()));
    Complex v = integral(replaced, rest, index);
    restore(stand.name(), saved);
    return v;
  }

  private Complex quadrature(
      Expr body, List<Integral.Bound> bounds, int index, String name, Complex lo, Complex hi) {
    Complex coarse = Complex.ZERO;
    Complex fine = Complex.ZERO;
    Complex half = hi.minus(lo).times(0.5);
    Complex mid = hi.plus(lo).times(0.5);
    for (int pass = 0; pass < 2; pass++) {
      double[] nodes = pass == 0 ? GaussLegendre.NODES_8 : GaussLegendre.NODES_16;
      double[] weights = pass == 0 ? GaussLegendre.WEIGHTS_8 : GaussLegendre.WEIGHTS_16;
      Complex sum = Complex.ZERO;
      for (int j = 0; j < nodes.length; j++) {
        bound.put(name, mid.plus(half.times(nodes[j])));
        sum = sum.plus(integral(body, bounds, index + 1).times(weights[j]));
      }
      if (pass == 0) {
        coarse = sum.times(half);
      } else {
        fine = sum.times(half);
      }
    }
    if (!coarse.near(fine, 1e-9)) {
      inexact = true;
    }
    return fine;
  }

  private Complex valueOf(String name) {
    Complex v = bound.get(name);
    return v != null ? v : base.apply(name);
  }

  private void restore(String name, Complex saved) {
    if (saved == null) {
      bound.remove(name);
    } else {
      bound.put(name, saved);
    }
  }
}
