package org.derivx.derivation;

import java.util.List;
import java.util.Optional;

/**
 * One variant of a record: a reference derivation or a model's generation, with the prompt it
 * answers. Steps are numbered from 1. {@code annotations} (reference operations, may be empty) and
 * {@code labels} (known step categories, may be empty) are carried through unchanged.
 */
public record Derivation(
    String name,
    Kind kind,
    String model,
    String perturbation,
    Prompt prompt,
    List<Equation> steps,
    List<OperationAnnotation> annotations,
    List<Label> labels) {

  public enum Kind {
    REFERENCE,
    GENERATION
  }

  /** The paper's perturbations; {@code static} is the unperturbed prompt. */
  public static final List<String> PERTURBATIONS = List.of("static", "VR", "EE", "AG", "SR");

  public Derivation {
    steps = List.copyOf(steps);
    annotations = List.copyOf(annotations);
    labels = List.copyOf(labels);
  }

  /** Step {@code k}, counted from 1. */
  public Equation step(int k) {
    if (k < 1 || k > steps.size()) {
      throw new IndexOutOfBoundsException("step " + k + " of " + steps.size());
    }
    return steps.get(k - 1);
  }

  /** The same variant with other steps; the known labels described the old ones, so none. */
  public Derivation withSteps(List<Equation> newSteps) {
    return new Derivation(
        name, kind, model, perturbation, prompt, newSteps, annotations, List.of());
  }

  public Derivation withLabels(List<Label> newLabels) {
    return new Derivation(name, kind, model, perturbation, prompt, steps, annotations, newLabels);
  }

  public int size() {
    return steps.size();
  }

  public Optional<Prompt> promptIfAny() {
    return Optional.ofNullable(prompt);
  }

  public boolean isReference() {
    return kind == Kind.REFERENCE;
  }

  /** How a generation whose record names no model is shown (not the reader's key "steps"). */
  public static final String NO_MODEL = "model not given";

  /** Who wrote it: "reference", the model's name, or {@link #NO_MODEL}. */
  public String author() {
    if (isReference()) {
      return "reference";
    }
    return model == null || model.isBlank() ? NO_MODEL : model;
  }
}
