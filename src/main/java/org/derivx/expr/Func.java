package org.derivx.expr;

import java.util.Locale;
import java.util.Optional;

/** The built-in functions the parser recognises. Everything else is an undefined function. */
public enum Func {
  SIN("\\sin"),
  COS("\\cos"),
  TAN("\\tan"),
  COT("\\cot"),
  SEC("\\sec"),
  CSC("\\csc"),
  ASIN("\\arcsin"),
  ACOS("\\arccos"),
  ATAN("\\arctan"),
  SINH("\\sinh"),
  COSH("\\cosh"),
  TANH("\\tanh"),
  /** Natural logarithm: in this data {@code \log} is {@code ln}. */
  LOG("\\log"),
  /** {@code e^{x}}; printed as a power of e. */
  EXP("\\exp"),
  SQRT("\\sqrt"),
  /** Exponential integral, printed by SymPy as {@code \operatorname{Ei}}. */
  EI("\\operatorname{Ei}"),
  /** Cosine integral. */
  CI("\\operatorname{Ci}"),
  /** Sine integral. */
  SI("\\operatorname{Si}");

  private final String latex;

  Func(String latex) {
    this.latex = latex;
  }

  public String latex() {
    return latex;
  }

  /** True for functions whose powers may be written {@code \sin^{2}{(x)}}. */
  public boolean isTrig() {
    return ordinal() <= TANH.ordinal();
  }

  /** The function a command word names ({@code sin}, {@code ln}, …), if any. */
  public static Optional<Func> byCommand(String word) {
    return switch (word) {
      case "sin" -> Optional.of(SIN);
      case "cos" -> Optional.of(COS);
      case "tan" -> Optional.of(TAN);
      case "cot" -> Optional.of(COT);
      case "sec" -> Optional.of(SEC);
      case "csc" -> Optional.of(CSC);
      case "arcsin" -> Optional.of(ASIN);
      case "arccos" -> Optional.of(ACOS);
      case "arctan" -> Optional.of(ATAN);
      case "sinh" -> Optional.of(SINH);
      case "cosh" -> Optional.of(COSH);
      case "tanh" -> Optional.of(TANH);
      case "log", "ln" -> Optional.of(LOG);
      case "exp" -> Optional.of(EXP);
      default -> Optional.empty();
    };
  }

  /** Special functions SymPy writes with {@code \operatorname}. */
  public static Optional<Func> byOperatorName(String name) {
    return switch (name) {
      case "Ei" -> Optional.of(EI);
      case "Ci" -> Optional.of(CI);
      case "Si" -> Optional.of(SI);
      default -> Optional.empty();
    };
  }

  public String displayName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
