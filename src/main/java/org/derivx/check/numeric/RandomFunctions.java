package org.derivx.check.numeric;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import org.derivx.expr.Expr;
import org.derivx.expr.Expr.Num;
import org.derivx.expr.Expr.Sym;
import org.derivx.expr.Exprs;
import org.derivx.expr.Func;

/**
 * Stand-ins for undefined functions: each name and arity gets a fixed smooth function with random
 * coefficients, written as an ordinary expression over parameters {@code #0, #1, …} so that both
 * the numeric evaluator and the symbolic differentiator can use it. Deterministic (seeded by the
 * name), so every run and every thread sees the same functions.
 */
public final class RandomFunctions {
  private static final Map<String, Expr> TEMPLATES = new ConcurrentHashMap<>();

  private RandomFunctions() {}

  private static final String[] PARAMS = new String[16];

  static {
    for (int i = 0; i < PARAMS.length; i++) {
      PARAMS[i] = "#" + i;
    }
  }

  /** The name of parameter {@code i}; interned for the evaluator's hot path. */
  public static String param(int i) {
    return i < PARAMS.length ? PARAMS[i] : "#" + i;
  }

  /** {@code a0 + Σ a_i sin(b_i x_i + c_i) + d cos(Σ k_i x_i + φ)}. */
  public static Expr template(String name, int arity) {
    return TEMPLATES.computeIfAbsent(name + "/" + arity, key -> build(key, arity));
  }

  private static Expr build(String key, int arity) {
    SplittableRandom r = new SplittableRandom(key.hashCode() * 0x9E3779B97F4A7C15L + arity);
    List<Expr> terms = new ArrayList<>();
    terms.add(coefficient(r, 0.2, 1.2));
    List<Expr> mixed = new ArrayList<>();
    for (int i = 0; i < arity; i++) {
      Expr x = new Sym(param(i));
      Expr inner = Exprs.add(Exprs.mul(coefficient(r, 0.7, 1.9), x), coefficient(r, 0.1, 0.9));
      terms.add(Exprs.mul(coefficient(r, 0.5, 1.5), Exprs.fn(Func.SIN, inner)));
      mixed.add(Exprs.mul(coefficient(r, 0.3, 1.1), x));
    }
    mixed.add(coefficient(r, 0.1, 0.7));
    terms.add(Exprs.mul(coefficient(r, 0.3, 0.9), Exprs.fn(Func.COS, Exprs.add(mixed))));
    return Exprs.add(terms);
  }

  private static Num coefficient(SplittableRandom r, double lo, double hi) {
    double v = lo + (hi - lo) * r.nextDouble();
    return new Num(BigDecimal.valueOf(Math.round(v * 1000) / 1000.0));
  }
}
