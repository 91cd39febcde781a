package org.derivx.lm;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.derivx.check.DerivationReport;
import org.derivx.check.StepResult;
import org.derivx.check.run.StepChecker;
import org.derivx.derivation.Derivation;
import org.derivx.derivation.Equation;
import org.derivx.derivation.Prompt;
import org.derivx.latex.Equations;

/**
 * A derivation as a model writes it: text arrives token by token, and each equation is checked the
 * moment it is complete (when " and " or a line break follows it, or the text ends). The verdict
 * given then is provisional where it depends on later steps (IRRELEVANT: nothing used it yet);
 * {@link #finish} checks the whole derivation once more.
 */
public final class LiveDerivation {
  /** A completed equation and its verdict at the moment it completed. */
  public record Step(int number, String latex, StepResult result) {}

  private final String id;
  private final String variant;
  private final String model;
  private final String perturbation;
  private final Prompt prompt;
  private final StepChecker checker;
  private final Consumer<Step> onStep;
  private final StringBuilder pending = new StringBuilder();
  private final List<Equation> steps = new ArrayList<>();
  private boolean ended;

  public LiveDerivation(
      String id,
      String model,
      String perturbation,
      Prompt prompt,
      StepChecker checker,
      Consumer<Step> onStep) {
    this.id = id;
    this.model = model;
    this.perturbation = perturbation;
    this.variant = perturbation + "_" + model;
    this.prompt = prompt;
    this.checker = checker;
    this.onStep = onStep;
  }

  /** More text from the model. Text after a line break is not part of the derivation. */
  public void accept(String text) {
    if (ended) {
      return;
    }
    pending.append(text);
    while (true) {
      int nl = pending.indexOf("\n");
      int and = pending.indexOf(DerivationPrompt.AND);
      if (nl >= 0 && (and < 0 || nl < and)) {
        complete(pending.substring(0, nl));
        pending.setLength(0);
        ended = true;
        return;
      }
      if (and < 0) {
        return;
      }
      complete(pending.substring(0, and));
      pending.delete(0, and + DerivationPrompt.AND.length());
    }
  }

  /** The text has ended: the last equation completes and the whole derivation is checked. */
  public DerivationReport finish() {
    if (!ended) {
      complete(pending.toString());
      pending.setLength(0);
      ended = true;
    }
    return checker.check(id, derivation());
  }

  public Derivation derivation() {
    return new Derivation(
        variant,
        Derivation.Kind.GENERATION,
        model,
        perturbation,
        prompt,
        steps,
        List.of(),
        List.of());
  }

  public List<String> latex() {
    return steps.stream().map(Equation::raw).toList();
  }

  private void complete(String raw) {
    String latex = raw.strip();
    if (latex.isEmpty()) {
      return;
    }
    steps.add(Equations.parse(latex));
    DerivationReport r = checker.check(id, derivation());
    onStep.accept(new Step(steps.size(), latex, r.steps().get(steps.size() - 1)));
  }
}
