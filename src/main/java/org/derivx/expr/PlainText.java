package org.derivx.expr;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * Expressions as people read them in a sentence, without LaTeX: {@code x²}, {@code 2·α}, {@code
 * d/dx (x·log x)}, {@code ∫ x dx}, {@code 𝐄}, {@code x₀}, {@code a†}. For justifications and
 * counterexamples in the CLI and the window (which typesets the equations themselves).
 */
public final class PlainText {
  private PlainText() {}

  private static final Map<String, String> SYMBOLS =
      Map.ofEntries(
          Map.entry("alpha", "α"),
          Map.entry("beta", "β"),
          Map.entry("gamma", "γ"),
          Map.entry("delta", "δ"),
          Map.entry("epsilon", "ϵ"),
          Map.entry("varepsilon", "ε"),
          Map.entry("zeta", "ζ"),
          Map.entry("eta", "η"),
          Map.entry("theta", "θ"),
          Map.entry("vartheta", "ϑ"),
          Map.entry("iota", "ι"),
          Map.entry("kappa", "κ"),
          Map.entry("varkappa", "ϰ"),
          Map.entry("lambda", "λ"),
          Map.entry("mu", "μ"),
          Map.entry("nu", "ν"),
          Map.entry("xi", "ξ"),
          Map.entry("omicron", "ο"),
          Map.entry("pi", "π"),
          Map.entry("varpi", "ϖ"),
          Map.entry("rho", "ρ"),
          Map.entry("varrho", "ϱ"),
          Map.entry("sigma", "σ"),
          Map.entry("varsigma", "ς"),
          Map.entry("tau", "τ"),
          Map.entry("upsilon", "υ"),
          Map.entry("phi", "ϕ"),
          Map.entry("varphi", "φ"),
          Map.entry("chi", "χ"),
          Map.entry("psi", "ψ"),
          Map.entry("omega", "ω"),
          Map.entry("Gamma", "Γ"),
          Map.entry("Delta", "Δ"),
          Map.entry("Theta", "Θ"),
          Map.entry("Lambda", "Λ"),
          Map.entry("Xi", "Ξ"),
          Map.entry("Pi", "Π"),
          Map.entry("Sigma", "Σ"),
          Map.entry("Upsilon", "Υ"),
          Map.entry("Phi", "Φ"),
          Map.entry("Psi", "Ψ"),
          Map.entry("Omega", "Ω"),
          Map.entry("digamma", "ϝ"),
          Map.entry("aleph", "ℵ"),
          Map.entry("beth", "ℶ"),
          Map.entry("gimel", "ℷ"),
          Map.entry("daleth", "ℸ"),
          Map.entry("mho", "℧"),
          Map.entry("eth", "ð"),
          Map.entry("wp", "℘"),
          Map.entry("ell", "ℓ"),
          Map.entry("hbar", "ħ"),
          Map.entry("nabla", "∇"),
          Map.entry("partial", "∂"),
          Map.entry("infty", "∞"),
          Map.entry("dagger", "†"),
          Map.entry("prime", "′"),
          Map.entry("ast", "∗"),
          Map.entry("star", "⋆"),
          Map.entry("circ", "∘"));

  private static final String SUBSCRIPT_FROM = "0123456789+-=()aeoxhklmnpst";
  private static final String SUBSCRIPT_TO = "₀₁₂₃₄₅₆₇₈₉₊₋₌₍₎ₐₑₒₓₕₖₗₘₙₚₛₜ";
  private static final String SUPERSCRIPT_FROM = "0123456789+-()n";
  private static final String SUPERSCRIPT_TO = "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁽⁾ⁿ";

  private static final Pattern COMMAND = Pattern.compile("\\\\([A-Za-z]+)");
  private static final Pattern WRAPPED =
      Pattern.compile("\\\\(mathbf|hat|tilde|bar|vec|dot|ddot|mathrm|operatorname)\\{([^{}]*)\\}");
  private static final Pattern SUB = Pattern.compile("_\\{([^{}]*)\\}|_(\\w)");
  private static final Pattern SUP = Pattern.compile("\\^\\{([^{}]*)\\}|\\^(\\w)");

  /** An identifier or function name, e.g. {@code \mathbf{E}} → 𝐄, {@code x_{0}} → x₀. */
  public static String name(String latex) {
    String s = latex;
    Matcher w = WRAPPED.matcher(s);
    StringBuilder out = new StringBuilder();
    while (w.find()) {
      w.appendReplacement(out, Matcher.quoteReplacement(wrapped(w.group(1), w.group(2))));
    }
    w.appendTail(out);
    s = commands(out.toString());
    s = replace(SUB, s, inner -> scripted(inner, SUBSCRIPT_FROM, SUBSCRIPT_TO, "_"));
    s = replace(SUP, s, inner -> scripted(inner, SUPERSCRIPT_FROM, SUPERSCRIPT_TO, "^"));
    return s.replace("{", "").replace("}", "").replace("\\", "");
  }

  private static String wrapped(String command, String inner) {
    String body = commands(inner);
    return switch (command) {
      case "mathbf" -> bold(body);
      case "hat" -> body + "\u0302";
      case "tilde" -> body + "\u0303";
      case "bar" -> body + "\u0304";
      case "vec" -> body + "\u20d7";
      case "dot" -> body + "\u0307";
      case "ddot" -> body + "\u0308";
      default -> body;
    };
  }

  private static String bold(String s) {
    StringBuilder b = new StringBuilder();
    for (char c : s.toCharArray()) {
      if (c >= 'A' && c <= 'Z') {
        b.appendCodePoint(0x1D400 + c - 'A');
      } else if (c >= 'a' && c <= 'z') {
        b.appendCodePoint(0x1D41A + c - 'a');
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }

  private static String commands(String s) {
    Matcher m = COMMAND.matcher(s);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String word = m.group(1);
      m.appendReplacement(out, Matcher.quoteReplacement(SYMBOLS.getOrDefault(word, word)));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static String replace(Pattern p, String s, UnaryOperator<String> script) {
    Matcher m = p.matcher(s);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String inner = m.group(1) != null ? m.group(1) : m.group(2);
      m.appendReplacement(out, Matcher.quoteReplacement(script.apply(inner)));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** {@code inner} in sub/superscript characters, or marked with {@code mark} where one lacks. */
  private static String scripted(String inner, String from, String to, String mark) {
    StringBuilder b = new StringBuilder();
    for (char c : inner.toCharArray()) {
      int i = from.indexOf(c);
      if (i < 0) {
        return inner.length() == 1 ? mark + inner : mark + "(" + inner + ")";
      }
      b.append(to.charAt(i));
    }
    return b.toString();
  }

  public static String of(Relation r) {
    StringBuilder b = new StringBuilder();
    for (Expr side : r.sides()) {
      b.append(b.length() == 0 ? "" : " = ").append(of(side));
    }
    return b.toString();
  }

  public static String of(Expr e) {
    return print(e, 0);
  }

  // precedence: 0 sum, 1 product, 2 power base, 3 atom
  private static String print(Expr e, int context) {
    if (e instanceof Num n) {
      return n.value().stripTrailingZeros().toPlainString();
    }
    if (e instanceof Sym s) {
      return name(s.name());
    }
    if (e instanceof Const c) {
      return c.kind() == Const.Kind.INFINITY ? "∞" : "complex ∞";
    }
    if (e instanceof Add a) {
      StringBuilder b = new StringBuilder();
      for (Expr t : a.terms()) {
        String term = print(t, 0);
        if (b.length() == 0) {
          b.append(term);
        } else if (term.startsWith("−")) {
          b.append(" − ").append(term.substring(1));
        } else {
          b.append(" + ").append(term);
        }
      }
      return paren(b.toString(), context > 0);
    }
    if (e instanceof Neg n) {
      return paren("−" + print(n.arg(), 1), context > 1);
    }
    if (e instanceof Mul m) {
      return paren(product(m.factors()), context > 1);
    }
    if (e instanceof Div d) {
      return paren(print(d.numerator(), 2) + "/" + print(d.denominator(), 2), context > 1);
    }
    if (e instanceof Pow p) {
      return power(p, context);
    }
    if (e instanceof Fn f) {
      if (f.func() == Func.EXP) {
        return "e^" + paren(print(f.arg(), 0), !(atomic(f.arg())));
      }
      if (f.func() == Func.SQRT) {
        return "√" + paren(print(f.arg(), 0), !atomic(f.arg()));
      }
      String fname =
          f.func().latex().replace("\\operatorname{", "").replace("}", "").replace("\\", "");
      return fname + "(" + print(f.arg(), 0) + ")";
    }
    if (e instanceof Apply a) {
      return name(a.name())
          + "("
          + String.join(", ", a.args().stream().map(PlainText::of).toList())
          + ")";
    }
    if (e instanceof Derivative d) {
      return paren(derivative(d), context > 0);
    }
    if (e instanceof Integral i) {
      return paren(integral(i), context > 0);
    }
    return e.toString();
  }

  private static String product(List<Expr> factors) {
    StringBuilder b = new StringBuilder();
    boolean negative = false;
    for (int i = 0; i < factors.size(); i++) {
      Expr f = factors.get(i);
      if (i == 0 && f instanceof Neg n && n.arg() instanceof Num one && isOne(one)) {
        negative = true;
        continue;
      }
      String s = print(f, 2);
      if (b.length() > 0) {
        b.append("·");
      }
      b.append(s);
    }
    return (negative ? "−" : "") + b;
  }

  private static String power(Pow p, int context) {
    String base = print(p.base(), 3);
    if (p.exponent() instanceof Num n && n.isInteger()) {
      return base
          + scripted(n.value().toBigInteger().toString(), SUPERSCRIPT_FROM, SUPERSCRIPT_TO, "^");
    }
    if (p.exponent() instanceof Neg g && g.arg() instanceof Num n && isOne(n)) {
      return paren("1/" + base, context > 1);
    }
    if (p.exponent() instanceof Num n && n.value().compareTo(new BigDecimal("0.5")) == 0) {
      return "√" + base;
    }
    String exp = print(p.exponent(), 3);
    return base + "^" + exp;
  }

  private static String derivative(Derivative d) {
    int order = d.vars().stream().mapToInt(Derivative.Var::order).sum();
    String op = d.partial() ? "∂" : "d";
    StringBuilder den = new StringBuilder();
    for (Derivative.Var v : d.vars()) {
      den.append(op).append(print(v.variable(), 3));
      if (v.order() > 1) {
        den.append(scripted(Integer.toString(v.order()), SUPERSCRIPT_FROM, SUPERSCRIPT_TO, "^"));
      }
    }
    String num =
        order > 1
            ? op + scripted(Integer.toString(order), SUPERSCRIPT_FROM, SUPERSCRIPT_TO, "^")
            : op;
    String body = print(d.body(), 3);
    return num + "/" + den + " " + body;
  }

  private static String integral(Integral i) {
    StringBuilder b = new StringBuilder();
    for (Integral.Bound bound : i.vars()) {
      b.append("∫");
      if (bound.definite()) {
        b.append("_").append(print(bound.lower(), 3)).append("^").append(print(bound.upper(), 3));
      }
      b.append(" ");
    }
    b.append(print(i.body(), 1));
    for (int k = i.vars().size() - 1; k >= 0; k--) {
      b.append(" d").append(print(i.vars().get(k).variable(), 3));
    }
    return b.toString();
  }

  private static boolean atomic(Expr e) {
    return e instanceof Sym || e instanceof Num || e instanceof Apply || e instanceof Fn;
  }

  private static boolean isOne(Num n) {
    return n.value().compareTo(BigDecimal.ONE) == 0;
  }

  private static String paren(String s, boolean wrap) {
    return wrap ? "(" + s + ")" : s;
  }
}
