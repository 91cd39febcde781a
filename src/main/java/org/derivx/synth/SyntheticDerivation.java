package org.derivx.synth;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.derivx.derivation.Derivation;
import org.derivx.derivation.Equation;
import org.derivx.derivation.Label;
import org.derivx.derivation.OperationAnnotation;
import org.derivx.derivation.Prompt;
import org.derivx.latex.Equations;

/**
 * One generated derivation as LaTeX: the prompt (premises, intermediates, goal), the steps, how
 * each step was made (the paper's annotation, equation numbers 1-based into the steps), known
 * labels (empty for a clean derivation) and the perturbation. {@link #toJson} is one line of our
 * JSONL format.
 */
public record SyntheticDerivation(
    String id,
    String perturbation,
    List<String> premises,
    List<String> intermediates,
    String goal,
    List<String> steps,
    List<OperationAnnotation> operations,
    List<Label> labels,
    Map<String, Object> meta) {

  public SyntheticDerivation {
    premises = List.copyOf(premises);
    intermediates = List.copyOf(intermediates);
    steps = List.copyOf(steps);
    operations = List.copyOf(operations);
    labels = List.copyOf(labels);
    meta = Map.copyOf(meta);
  }

  /** The same derivation with other step LaTeX (surface noise). */
  SyntheticDerivation withSteps(List<String> newSteps) {
    return new SyntheticDerivation(
        id, perturbation, premises, intermediates, goal, newSteps, operations, labels, meta);
  }

  /** The same steps answering {@code task}'s prompt (an injected error keeps the clean task). */
  SyntheticDerivation withPromptOf(SyntheticDerivation task) {
    return new SyntheticDerivation(
        id,
        perturbation,
        task.premises(),
        task.intermediates(),
        task.goal(),
        steps,
        operations,
        labels,
        meta);
  }

  /** Parsed, as the readers would give it: a reference when clean, else a labelled generation. */
  public Derivation derivation() {
    Prompt p =
        new Prompt(
            premises.stream().map(Equations::parse).toList(),
            intermediates.stream().map(Equations::parse).toList(),
            goal == null ? null : Equations.parse(goal),
            null);
    List<Equation> eqs = steps.stream().map(Equations::parse).toList();
    boolean clean = labels.isEmpty();
    return new Derivation(
        clean
            ? (perturbation.equals("static") ? "derivation" : perturbation + " derivation")
            : perturbation + "_synthetic",
        clean ? Derivation.Kind.REFERENCE : Derivation.Kind.GENERATION,
        clean ? null : "synthetic",
        perturbation,
        p,
        eqs,
        operations,
        labels);
  }

  /** Our JSONL fields (see sample-derivations/FORMAT.md), in a stable order. */
  public Map<String, Object> toJson() {
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("id", id);
    Map<String, Object> prompt = new LinkedHashMap<>();
    prompt.put("premises", premises);
    prompt.put("intermediates", intermediates);
    if (goal != null) {
      prompt.put("goal", goal);
    }
    o.put("prompt", prompt);
    o.put("steps", steps);
    if (labels.isEmpty()) {
      o.put("kind", "reference");
    } else {
      o.put("model", "synthetic");
    }
    o.put("variant", perturbation);
    List<Object> ops = new ArrayList<>();
    for (OperationAnnotation a : operations) {
      if (a.isPremise() && a.args().isEmpty()) {
        ops.add(a.operation());
      } else {
        List<Object> one = new ArrayList<>();
        one.add(a.operation());
        one.addAll(a.args());
        ops.add(one);
      }
    }
    o.put("operations", ops);
    if (!labels.isEmpty()) {
      List<Map<String, Object>> ls = new ArrayList<>();
      for (Label l : labels) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("step", l.step());
        m.put("category", l.category());
        if (l.note() != null) {
          m.put("note", l.note());
        }
        ls.add(m);
      }
      o.put("labels", ls);
    }
    if (!meta.isEmpty()) {
      // sorted: an immutable map's order changes from one JVM run to the next, the file must not
      o.put("meta", new TreeMap<>(meta));
    }
    return o;
  }
}
