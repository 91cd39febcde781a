package org.derivx.testing;

import java.util.Arrays;
import java.util.List;
import org.derivx.derivation.Derivation;
import org.derivx.derivation.Equation;
import org.derivx.derivation.Prompt;
import org.derivx.latex.Equations;

/** Builds derivations from LaTeX strings for tests. */
public final class Derivations {
  private Derivations() {}

  /** Premises and steps, no goal. */
  public static Derivation of(List<String> premises, List<String> steps) {
    return of(premises, steps, null);
  }

  public static Derivation of(List<String> premises, List<String> steps, String goal) {
    List<Equation> p = premises.stream().map(Equations::parse).toList();
    Prompt prompt = new Prompt(p, List.of(), goal == null ? null : Equations.parse(goal), null);
    return new Derivation(
        "test",
        Derivation.Kind.GENERATION,
        "test-model",
        "static",
        prompt,
        steps.stream().map(Equations::parse).toList(),
        List.of(),
        List.of());
  }

  /** Splits "a ; b ; c". */
  public static List<String> split(String s) {
    return s.isBlank() ? List.of() : Arrays.stream(s.split(" ; ")).map(String::trim).toList();
  }
}
