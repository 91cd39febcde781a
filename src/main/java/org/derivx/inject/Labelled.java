package org.derivx.inject;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.derivx.derivation.Derivation;
import org.derivx.derivation.Equation;
import org.derivx.derivation.Label;
import org.derivx.derivation.Prompt;

/**
 * A derivation with known step labels, for training or scoring the flagger: one line of our JSONL
 * (see {@code sample-derivations/FORMAT.md}) with the prompt it answers, its steps, the labels, and
 * in {@code meta} the record it came from ({@code record}: the record's fingerprint), the source
 * ({@code injected}, {@code silver}) and how it was made.
 */
public record Labelled(
    String id,
    Prompt prompt,
    List<String> steps,
    String model,
    String perturbation,
    List<Label> labels,
    Map<String, Object> meta) {
  public Labelled {
    steps = List.copyOf(steps);
    labels = List.copyOf(labels);
    meta = Map.copyOf(meta);
  }

  /** Steps that carry a label. */
  public int labelledSteps() {
    return labels.size();
  }

  /** The first label that is not VALID or PREMISE, or "clean". */
  public String firstError() {
    return labels.stream()
        .map(Label::category)
        .filter(c -> !c.equals("VALID") && !c.equals("PREMISE"))
        .findFirst()
        .orElse("clean");
  }

  /** Our JSONL fields, in a stable order. */
  public Map<String, Object> toJson() {
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("id", id);
    if (prompt != null) {
      Map<String, Object> p = new LinkedHashMap<>();
      p.put("premises", raw(prompt.premises()));
      p.put("intermediates", raw(prompt.intermediates()));
      if (prompt.goal() != null) {
        p.put("goal", prompt.goal().raw());
      }
      o.put("prompt", p);
    }
    o.put("steps", steps);
    o.put("model", model);
    o.put("variant", perturbation);
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
    o.put("meta", new TreeMap<>(meta));
    return o;
  }

  private static List<String> raw(List<Equation> eqs) {
    return eqs.stream().map(Equation::raw).toList();
  }

  /** The perturbation a derivation answers ({@code static} when it says none). */
  static String perturbation(Derivation d) {
    return d.perturbation() == null ? "static" : d.perturbation();
  }
}
