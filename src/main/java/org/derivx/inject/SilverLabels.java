package org.derivx.inject;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Predicate;
import org.derivx.annotate.Fingerprints;
import org.derivx.check.CheckOptions;
import org.derivx.check.run.StepChecker;
import org.derivx.derivation.Derivation;
import org.derivx.derivation.DerivationRecord;
import org.derivx.derivation.Equation;
import org.derivx.derivation.Label;

/**
 * Real generations labelled by the checker (silver labels): every step it decides gets the category
 * of its verdict; UNPARSEABLE, UNKNOWN and UNEXPLAINED steps stay unlabelled. Surface noise as in
 * {@link Injector}. Not thread-safe (one checker): one per thread.
 */
public final class SilverLabels {
  private final StepChecker checker;
  private final long seed;
  private final double noise;

  public SilverLabels(CheckOptions check, long seed, double noise) {
    if (noise < 0 || noise > 1) {
      throw new IllegalArgumentException("noise is a probability, 0 to 1: " + noise);
    }
    this.checker = new StepChecker(check);
    this.seed = seed;
    this.noise = noise;
  }

  /** The record's generations that {@code accept} takes, each with its silver labels. */
  public List<Labelled> record(DerivationRecord rec, Predicate<Derivation> accept) {
    String fingerprint = Fingerprints.record(rec);
    List<Labelled> out = new ArrayList<>();
    for (Derivation d : rec.variants()) {
      if (d.isReference() || !accept.test(d)) {
        continue;
      }
      String id = rec.id() + "/" + d.name();
      List<Label> labels = Labeller.silver(checker.check(id, d));
      if (labels.isEmpty()) {
        continue;
      }
      List<String> raw = d.steps().stream().map(Equation::raw).map(String::strip).toList();
      SplittableRandom r = new SplittableRandom(seed * 1_000_003L + id.hashCode());
      out.add(
          new Labelled(
              id,
              d.prompt(),
              SurfaceNoise.apply(raw, noise, r),
              d.model() == null ? "generation" : d.model(),
              Labelled.perturbation(d),
              labels,
              Map.of("record", fingerprint, "source", "silver", "seed", seed)));
    }
    return out;
  }
}
