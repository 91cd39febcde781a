package org.derivx.check.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.derivx.check.algebra.Differentiator;
import org.derivx.check.algebra.Rewrite;
import org.derivx.check.algebra.Trees;
import org.derivx.check.numeric.Complex;
import org.derivx.check.numeric.Evaluator;
import org.derivx.check.numeric.Roots;
import org.derivx.check.numeric.Samples;
import org.derivx.check.numeric.Zero;
import org.derivx.expr.Expr;
import org.derivx.expr.Expr.Integral;
import org.derivx.expr.Exprs;
import org.derivx.expr.PlainText;
import org.derivx.expr.Relation;

/**
 * One meaning for constants of integration (labelling guide, extension 6), the same whatever route
 * led to a step:
 *
 * <ul>
 *   <li>each indefinite integral sign stands for some antiderivative, chosen per step; its constant
 *       may depend on every symbol but its own integration variable;
 *   <li>a symbol that first appears where an integral is evaluated, or that renames such a
 *       constant, is existential there: the step is true if some value makes it so, and from then
 *       on the symbol is bound to that value;
 *   <li>a symbol the prompt names in its intermediate or goal equations, in a prompt with
 *       integrals, is such a constant too when a step brings it in.
 * </ul>
 *
 * A bound constant is solved for numerically at every sample point; it must not move when the
 * integration variables move.
 */
public final class Constants {
  /** What a step's constants make of it: true with {@code constant} bound, renaming others. */
  public record Outcome(String constant, List<String> renames) {}

  private final Samples samples;

  /** The prompt's constants (see the class comment) and its integrals' variables. */
  private final Set<String> promptConstants;

  private final Set<String> promptVariables;

  public Constants(Samples samples, Set<String> promptConstants, Set<String> promptVariables) {
    this.samples = samples;
    this.promptConstants = promptConstants;
    this.promptVariables = promptVariables;
  }

  /**
   * Binds a fresh constant of the step if one makes it true: next to an integral of the step
   * (solved independent of the integration variables), or renaming constants (solved as a function
   * of constants only). Null when no fresh symbol is such a constant.
   */
  public Outcome bindFresh(Relation step, List<Expr> sides, Set<String> fresh) {
    Set<String> vars = IntegralRule.indefiniteVariables(Exprs.add(sides));
    if (vars.isEmpty()) {
      vars = promptVariables;
    }
    boolean nextToIntegral = !IntegralRule.indefiniteVariables(Exprs.add(sides)).isEmpty();
    for (String c : candidates(step, fresh)) {
      List<String> renamed = renamed(sides, c);
      if (!renamed.isEmpty()) {
        return new Outcome(c, renamed);
      }
      boolean named = promptConstants.contains(c);
      if ((nextToIntegral || named) && !vars.isEmpty() && bind(sides, c, vars)) {
        return new Outcome(c, List.of());
      }
    }
    return null;
  }

  /**
   * Names the data uses as plain symbols that a model step may bring in as the constants they
   * usually denote (labelling guide, extension 8): only when the prompt does not use them.
   */
  private static final Map<String, Complex> STANDARD_CONSTANTS =
      Map.of("i", new Complex(0, 1), "\\pi", Complex.real(Math.PI), "e", Complex.real(Math.E));

  /** Policy 8 of the guide: a fresh {@code i}, {@code \pi} or {@code e} is the constant. */
  public void bindStandard(Set<String> fresh, Set<String> promptSymbols) {
    for (Map.Entry<String, Complex> c : STANDARD_CONSTANTS.entrySet()) {
      String name = c.getKey();
      if (fresh.contains(name) && !promptSymbols.contains(name) && !samples.isBound(name)) {
        Complex[] values = new Complex[Samples.POINTS];
        Arrays.fill(values, c.getValue());
        samples.bind(name, values);
        fresh.remove(name);
      }
    }
  }

  /** A constant the prompt names (see the class comment), bound or not yet. */
  public boolean isNamed(String symbol) {
    return promptConstants.contains(symbol);
  }

  /** "true if C is a constant of integration". */
  public static String because(String c) {
    return "true if " + PlainText.name(c) + " is a constant of integration";
  }

  /**
   * The fresh symbols that may be constants: a constant is added to an evaluated integral, so it
   * stands outside every integral of the step (never in an integrand, as a variable or a bound).
   */
  private static List<String> candidates(Relation step, Set<String> fresh) {
    Set<String> inside = new HashSet<>();
    for (Expr side : step.sides()) {
      Trees.walk(
          side,
          x -> {
            if (x instanceof Integral i) {
              inside.addAll(Trees.symbols(i));
            }
          });
    }
    return new TreeSet<>(fresh).stream().filter(c -> !inside.contains(c)).toList();
  }

  /**
   * The constants a fresh symbol renames: solving for it gives values that do not move when any
   * other symbol moves, so it is an expression in bound (or prompt-named) constants.
   */
  private List<String> renamed(List<Expr> sides, String c) {
    Set<String> others = new TreeSet<>();
    sides.forEach(s -> others.addAll(Trees.symbols(s)));
    others.remove(c);
    List<String> constants =
        others.stream().filter(s -> samples.isBound(s) || promptConstants.contains(s)).toList();
    others.removeAll(constants);
    return !constants.isEmpty() && bind(sides, c, others, constants) ? constants : List.of();
  }

  /**
   * True when the sides differ only by what the step's integral signs may absorb. When an integral
   * sits where its constant does not cancel (inside a power, say {@code e^{\int x dx} =
   * e^{x^2/2}}), one constant for that integral, independent of the integration variables, must
   * make the step hold. Where the integrals stand in a sum (nested ones too), their constants may
   * depend on every other symbol: the difference of the sides must vanish once differentiated by
   * each integral's variable, once per integral sign ({@code \iint … dq dq} twice by q).
   */
  public boolean absorbed(List<Expr> sides) {
    Set<String> vars = IntegralRule.indefiniteVariables(Exprs.add(sides));
    if (vars.isEmpty()) {
      return false;
    }
    int tried = 0;
    for (Expr integral : IntegralRule.indefiniteIntegrals(sides)) {
      if (tried++ == 3) {
        break;
      }
      Expr shifted = Exprs.add(List.of(integral, new Expr.Sym(OFFSET)));
      List<Expr> with = new ArrayList<>();
      for (Expr side : sides) {
        with.add(Rewrite.replaceNode(side, integral, shifted));
      }
      if (solve(with, OFFSET, vars) != null) {
        return true;
      }
    }
    return vanishesDifferentiated(sides);
  }

  /**
   * Differentiated by the integral signs' variables, the difference of the sides vanishes. Nested
   * integrals ({@code \int (\int f d\lambda) dn}) let the inner constant depend on the outer
   * variable, so integrals that share variables are taken together: one mixed derivative by all
   * their variables (a variable as often as one integral nests it, {@code \iint … dq dq} twice by
   * q). Integrals side by side over unrelated variables ({@code \int f dF = \int g du}) may not
   * absorb each other's variable (else any two such would be equal): the difference must vanish by
   * each group's derivative alone.
   */
  private boolean vanishesDifferentiated(List<Expr> sides) {
    List<List<String>> integrals = new ArrayList<>();
    for (Expr side : sides) {
      for (Integral i : outermostIntegrals(side)) {
        integrals.add(signs(i));
      }
    }
    List<List<List<String>>> groups = new ArrayList<>();
    for (List<String> signs : integrals) {
      List<List<String>> joined = new ArrayList<>();
      joined.add(signs);
      for (var it = groups.iterator(); it.hasNext(); ) {
        List<List<String>> g = it.next();
        if (g.stream().anyMatch(o -> o.stream().anyMatch(signs::contains))) {
          joined.addAll(g);
          it.remove();
        }
      }
      groups.add(joined);
    }
    Expr difference = Exprs.sub(sides.get(0), sides.get(sides.size() - 1));
    int total = 0;
    try {
      for (List<List<String>> g : groups) {
        List<String> derivatives = new ArrayList<>();
        for (String v : new TreeSet<>(g.stream().flatMap(List::stream).toList())) {
          long times =
              g.stream().mapToLong(o -> o.stream().filter(v::equals).count()).max().orElse(0);
          for (int k = 0; k < times; k++) {
            derivatives.add(v);
          }
        }
        total += derivatives.size();
        if (derivatives.isEmpty() || total > 4 || !vanishes(difference, derivatives)) {
          return false;
        }
      }
      return !groups.isEmpty();
    } catch (Differentiator.UnsupportedException e) {
      return false;
    }
  }

  private boolean vanishes(Expr difference, List<String> variables) {
    Expr d = difference;
    for (String v : variables) {
      d = Differentiator.d(d, v, samples.budget());
    }
    return Zero.at(samples, Differentiator.evaluateDerivatives(d, samples.budget()), 1e-7);
  }

  /** The indefinite integrals not inside another one. */
  private static List<Integral> outermostIntegrals(Expr e) {
    if (e instanceof Integral i) {
      return IntegralRule.evaluable(i) ? List.of(i) : List.of();
    }
    List<Integral> out = new ArrayList<>();
    for (Expr c : Trees.children(e)) {
      out.addAll(outermostIntegrals(c));
    }
    return out;
  }

  /** The variables of an integral's indefinite signs and of those nested in its body. */
  private static List<String> signs(Integral outer) {
    List<String> out = new ArrayList<>();
    Trees.walk(
        outer,
        x -> {
          if (x instanceof Integral i) {
            for (Integral.Bound b : i.vars()) {
              if (!b.definite() && b.variable() instanceof Expr.Sym s) {
                out.add(s.name());
              }
            }
          }
        });
    return out;
  }

  /** A symbol no parsed equation can contain: the constant added to an integral. */
  private static final String OFFSET = "#offset";

  /**
   * After a step was attributed to evaluate_integrals: binds its fresh constants (solving for one,
   * the others keep their sample values) so later steps are judged with the same constants.
   */
  public void bindAfterEvaluation(List<Expr> sides, Set<String> fresh, Set<String> vars) {
    for (String c : new TreeSet<>(fresh)) {
      if (bind(sides, c, vars)) {
        return;
      }
    }
  }

  /** Solves for constant {@code c} at every point; binds it if consistent. */
  private boolean bind(List<Expr> sides, String c, Set<String> vars) {
    return bind(sides, c, vars, List.of());
  }

  /** As {@link #bind}, trying the values of {@code near} first (a renaming equals one of them). */
  private boolean bind(List<Expr> sides, String c, Set<String> vars, List<String> near) {
    Complex[] values = solve(sides, c, vars, near);
    if (values == null) {
      return false;
    }
    samples.bind(c, values);
    return true;
  }

  /** The value of {@code c} at every point that makes the sides equal, or null if none is. */
  private Complex[] solve(List<Expr> sides, String c, Set<String> vars) {
    return solve(sides, c, vars, List.of());
  }

  private Complex[] solve(List<Expr> sides, String c, Set<String> vars, List<String> near) {
    Expr residual = Exprs.sub(sides.get(0), sides.get(sides.size() - 1));
    if (vars.contains(c) || !Trees.dependsOn(residual, c)) {
      // a constant of integration is never the integration variable itself
      return null;
    }
    for (String n : near) {
      // a renaming equals what it renames: tried as is, no root finding across a branch cut
      Complex[] values = renaming(residual, c, n, vars);
      if (values != null) {
        return values;
      }
    }
    Complex[] values = new Complex[Samples.POINTS];
    int unsure = 0;
    for (int p = 0; p < Samples.POINTS; p++) {
      Function<String, Complex> base = samples.at(p);
      Function<String, Complex> shifted =
          name ->
              vars.contains(name) ? base.apply(name).plus(Complex.real(0.23)) : base.apply(name);
      Complex root = null;
      Complex any = null;
      List<Complex> starts = new ArrayList<>();
      near.forEach(n -> starts.add(base.apply(n)));
      starts.addAll(IntegralRule.starts(sides, sides, c, base, samples.budget()));
      for (Complex start : starts) {
        Complex r = Roots.solve(residual, c, base, Complex.ZERO, start, true, samples.budget());
        if (r == null) {
          continue;
        }
        any = any == null ? r : any;
        Complex again = Roots.solve(residual, c, shifted, Complex.ZERO, r, true, samples.budget());
        if (again != null && again.near(r, 1e-7)) {
          root = r;
          break;
        }
      }
      if (root == null && any != null) {
        unsure++;
        root = any;
      }
      if (root == null || unsure > 1) {
        return null;
      }
      values[p] = root;
    }
    return values;
  }

  /** The values of {@code n} for {@code c} if they make the residual vanish, else null. */
  private Complex[] renaming(Expr residual, String c, String n, Set<String> vars) {
    // the residual is lhs - rhs; each side is compared with its own size
    Expr lhs = residual instanceof Expr.Add a ? a.terms().get(0) : residual;
    Expr rhs = residual instanceof Expr.Add a && a.terms().size() == 2 ? a.terms().get(1) : null;
    Complex[] values = new Complex[Samples.POINTS];
    for (int p = 0; p < Samples.POINTS; p++) {
      Function<String, Complex> base = samples.at(p);
      Complex v = base.apply(n);
      for (double shift : new double[] {0, 0.23}) {
        Function<String, Complex> at =
            name ->
                name.equals(c)
                    ? v
                    : vars.contains(name)
                        ? base.apply(name).plus(Complex.real(shift))
                        : base.apply(name);
        Evaluator ev = new Evaluator(at, true, samples.budget());
        Complex r = ev.eval(residual);
        double scale = rhs == null ? 1 : Math.max(ev.eval(lhs).abs(), ev.eval(rhs).abs());
        if (!r.isFinite() || r.abs() > 1e-7 * Math.max(1, scale)) {
          return null;
        }
      }
      values[p] = v;
    }
    return values;
  }
}
