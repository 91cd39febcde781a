package org.derivx.expr;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * Our own expression tree. Every formula the app reasons about is one of these nodes; the LaTeX
 * parser builds them, the printers and the CAS bridge read them. Nodes are immutable and compare
 * structurally, so two trees are {@code equals} exactly when they were written the same way (up to
 * whitespace and identifier spelling).
 */
public sealed interface Expr
    permits Expr.Num,
        Expr.Sym,
        Expr.Const,
        Expr.Add,
        Expr.Mul,
        Expr.Neg,
        Expr.Div,
        Expr.Pow,
        Expr.Fn,
        Expr.Apply,
        Expr.Derivative,
        Expr.Integral {

  /** A non-negative decimal literal as written ({@code 2}, {@code 0.5}); signs are {@link Neg}. */
  record Num(BigDecimal value) implements Expr {
    public Num {
      Objects.requireNonNull(value);
      if (value.signum() < 0) {
        throw new IllegalArgumentException("literals are non-negative: " + value);
      }
    }

    public static Num of(long v) {
      return new Num(BigDecimal.valueOf(v));
    }

    public boolean isInteger() {
      return value.stripTrailingZeros().scale() <= 0;
    }
  }

  /**
   * A plain symbol; {@code name} is the canonical identifier spelling (see {@code Identifiers}).
   */
  record Sym(String name) implements Expr {
    public Sym {
      Objects.requireNonNull(name);
    }
  }

  /**
   * Constants that are not ordinary symbols in this data. {@code e} only appears as {@code EXP}.
   */
  record Const(Kind kind) implements Expr {
    public enum Kind {
      INFINITY,
      COMPLEX_INFINITY
    }
  }

  /** An n-ary sum, terms in written order. */
  record Add(List<Expr> terms) implements Expr {
    public Add {
      terms = List.copyOf(terms);
      if (terms.size() < 2) {
        throw new IllegalArgumentException("a sum needs two terms");
      }
    }
  }

  /** An n-ary product, factors in written order (explicit or implicit multiplication). */
  record Mul(List<Expr> factors) implements Expr {
    public Mul {
      factors = List.copyOf(factors);
      if (factors.size() < 2) {
        throw new IllegalArgumentException("a product needs two factors");
      }
    }
  }

  /** Unary minus. */
  record Neg(Expr arg) implements Expr {
    public Neg {
      Objects.requireNonNull(arg);
    }
  }

  /** A quotient, from {@code \frac} or {@code /}. */
  record Div(Expr numerator, Expr denominator) implements Expr {
    public Div {
      Objects.requireNonNull(numerator);
      Objects.requireNonNull(denominator);
    }
  }

  record Pow(Expr base, Expr exponent) implements Expr {
    public Pow {
      Objects.requireNonNull(base);
      Objects.requireNonNull(exponent);
    }
  }

  /** A built-in function of one argument. */
  record Fn(Func func, Expr arg) implements Expr {
    public Fn {
      Objects.requireNonNull(func);
      Objects.requireNonNull(arg);
    }
  }

  /** Application of an undefined (user) function, e.g. {@code \eta{(a)}}. */
  record Apply(String name, List<Expr> args) implements Expr {
    public Apply {
      Objects.requireNonNull(name);
      args = List.copyOf(args);
      if (args.isEmpty()) {
        throw new IllegalArgumentException("an application needs arguments");
      }
    }
  }

  /**
   * An unevaluated derivative of {@code body}. Each variable carries its order: {@code
   * \frac{d^{2}}{d a^{2}}} is one variable with order 2. Variables are in the order they are
   * applied: {@code \frac{\partial^{2}}{\partial x \partial y} f} is [y, x]. The variable is
   * usually a {@link Sym} but models also differentiate with respect to applications.
   */
  record Derivative(Expr body, List<Var> vars, boolean partial) implements Expr {
    public Derivative {
      Objects.requireNonNull(body);
      vars = List.copyOf(vars);
      if (vars.isEmpty()) {
        throw new IllegalArgumentException("a derivative needs a variable");
      }
    }

    public record Var(Expr variable, int order) {
      public Var {
        Objects.requireNonNull(variable);
        if (order < 1) {
          throw new IllegalArgumentException("order must be positive");
        }
      }
    }

    public int totalOrder() {
      return vars.stream().mapToInt(Var::order).sum();
    }
  }

  /**
   * An unevaluated integral. Variables are listed innermost first ({@code \iint f dx dy} integrates
   * over x, then y); bounds are both present (definite) or both absent (indefinite).
   */
  record Integral(Expr body, List<Bound> vars) implements Expr {
    public Integral {
      Objects.requireNonNull(body);
      vars = List.copyOf(vars);
      if (vars.isEmpty()) {
        throw new IllegalArgumentException("an integral needs a variable");
      }
    }

    public record Bound(Expr variable, Expr lower, Expr upper) {
      public Bound {
        Objects.requireNonNull(variable);
        if ((lower == null) != (upper == null)) {
          throw new IllegalArgumentException("give both bounds or none");
        }
      }

      public static Bound indefinite(Expr variable) {
        return new Bound(variable, null, null);
      }

      public boolean definite() {
        return lower != null;
      }
    }
  }
}
