package org.derivx.lm;

import java.util.List;
import java.util.stream.Collectors;
import org.derivx.derivation.Equation;
import org.derivx.derivation.Prompt;

/**
 * The text a model is given and the text it answers, in the paper's words: "Given P1 and P2, then
 * derive I, then obtain G" on one line, then the derivation, its equations joined by " and ". The
 * shipped model was trained on exactly this; other models see the same sentence.
 */
public final class DerivationPrompt {
  /** Equations of a derivation are joined by this. */
  public static final String AND = " and ";

  /**
   * A GBNF grammar for "equation ( and equation )*": each equation has one "=" between two
   * non-empty sides of printable ASCII (LaTeX spells everything else as commands), so the model
   * cannot wander into prose or stray bytes.
   */
  public static final String EQUATIONS_GRAMMAR =
      "root ::= eq (\" and \" eq)*\n"
          + "eq ::= side \" = \" side\n"
          + "side ::= [!-<>-~] [ -<>-~]*\n";

  private DerivationPrompt() {}

  public static String text(Prompt p) {
    StringBuilder b = new StringBuilder("Given ").append(join(p.premises()));
    if (!p.intermediates().isEmpty()) {
      b.append(", then derive ").append(join(p.intermediates()));
    }
    p.goalEquation().ifPresent(g -> b.append(", then obtain ").append(g.raw()));
    return b.append('\n').toString();
  }

  /** The answer a model should write for these steps (training target). */
  public static String answer(List<String> steps) {
    return String.join(AND, steps);
  }

  private static String join(List<Equation> eqs) {
    return eqs.stream().map(Equation::raw).collect(Collectors.joining(AND));
  }
}
