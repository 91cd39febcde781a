package org.derivx.gui.generate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.derivx.derivation.Derivation;
import org.derivx.derivation.DerivationRecord;
import org.derivx.derivation.Equation;
import org.derivx.derivation.Prompt;
import org.derivx.derivation.Source;
import org.derivx.lm.GeneratedLine;
import org.derivx.lm.GenerationRequest;
import org.derivx.lm.GenerationResult;
import org.derivx.lm.LiveDerivation;

/**
 * What one generation of the Generate panel is about, fixed on the FX thread when it starts: the
 * record id it will have, the model's name, the perturbation, the prompt, the record it answers
 * (null for a typed prompt), the request and the JSONL it is appended to (null: not saved).
 */
record GenerationJob(
    String id,
    String modelName,
    String perturbation,
    Prompt prompt,
    GenerationJob.Origin origin,
    GenerationRequest request,
    Path jsonl) {
  /** The selected derivation whose prompt the panel holds; the result joins its record. */
  record Origin(DerivationRecord record, String perturbation, Prompt prompt, String text) {}

  /** Appends the JSONL line; what to say about it in the status. */
  String save(String modelFile, LiveDerivation live, GenerationResult g) {
    if (jsonl() == null) {
      return "";
    }
    String line =
        GeneratedLine.of(
            id(),
            prompt(),
            perturbation(),
            live.latex(),
            g.text(),
            reference(),
            modelName(),
            modelFile,
            request(),
            g);
    try {
      Files.writeString(
          jsonl(),
          line + "\n",
          StandardCharsets.UTF_8,
          StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
      return ", saved to " + jsonl();
    } catch (IOException e) {
      return ", NOT saved: cannot write " + jsonl() + " (" + e.getMessage() + ")";
    }
  }

  /** The reference steps of the answered record under this perturbation, or null. */
  List<String> reference() {
    if (origin == null) {
      return null;
    }
    for (Derivation v : origin().record().variants()) {
      if (v.isReference() && v.perturbation().equals(perturbation())) {
        return v.steps().stream().map(Equation::raw).toList();
      }
    }
    return null;
  }

  /**
   * The record the generation joins: its origin's with one more variant, or a record of its own.
   */
  DerivationRecord record(Derivation d) {
    Origin o = origin;
    if (o == null) {
      String file = jsonl() == null ? "(Generate panel)" : jsonl().toString();
      return new DerivationRecord(id(), Source.line(file, 0), prompt(), List.of(d), Map.of());
    }
    List<Derivation> variants = new ArrayList<>(o.record().variants());
    variants.add(d);
    return new DerivationRecord(
        id(), o.record().source(), o.record().prompt(), variants, o.record().meta());
  }
}
