package org.derivx.inject;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.derivx.annotate.Fingerprints;
import org.derivx.check.CheckOptions;
import org.derivx.check.DerivationReport;
import org.derivx.check.algebra.Trees;
import org.derivx.check.run.StepChecker;
import org.derivx.derivation.Derivation;
import org.derivx.derivation.DerivationRecord;
import org.derivx.derivation.Label;
import org.derivx.expr.Relation;
import org.derivx.latex.Equations;

/**
 * Errors injected into the reference derivations of real records (every perturbation), a second
 * path independent of the generator's: per reference, the clean derivation and {@code perReference}
 * injections, the kinds taken in turn so each appears, every label decided by the checker ({@link
 * Labeller}), then model-style surface noise. Reproducible: the output depends only on (seed,
 * record, variant). Not thread-safe (one checker): one per thread.
 */
public final class Injector {
  /** What to make. */
  public record Options(long seed, int perReference, double noise) {
    public Options {
      if (perReference < 0) {
        throw new IllegalArgumentException("--per-reference must be 0 or more: " + perReference);
      }
      if (noise < 0 || noise > 1) {
        throw new IllegalArgumentException("noise is a probability, 0 to 1: " + noise);
      }
    }
  }

  /** Attempts per injection before that slot is given up (a kind may not fit a derivation). */
  private static final int ATTEMPTS = 6;

  private final Options options;
  private final StepChecker checker;

  public Injector(Options options, CheckOptions check) {
    this.options = options;
    this.checker = new StepChecker(check);
  }

  /** Everything made from one record's references. */
  public List<Labelled> record(DerivationRecord rec) {
    String fingerprint = Fingerprints.record(rec);
    Map<String, String> toVr = new HashMap<>();
    Map<String, String> fromVr = new HashMap<>();
    names(rec, toVr, fromVr);
    List<Labelled> out = new ArrayList<>();
    for (Derivation d : rec.variants()) {
      if (!d.isReference()) {
        continue;
      }
      String p = Labelled.perturbation(d);
      Reference ref = Reference.of(d, p.equals("VR") ? fromVr : toVr);
      if (ref == null) {
        continue;
      }
      SplittableRandom r =
          new SplittableRandom(options.seed() * 1_000_003L + (fingerprint + "/" + p).hashCode());
      String base = rec.id() + "/" + p;
      clean(ref, base, fingerprint, r).ifPresent(out::add);
      Kind[] kinds = Kind.values();
      int first = r.nextInt(kinds.length);
      for (int i = 0; i < options.perReference(); i++) {
        Kind kind = kinds[(first + i) % kinds.length];
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
          Optional<Labelled> one =
              inject(ref, kind, base + "/" + kind.label() + "-" + i, fingerprint, r);
          if (one.isPresent()) {
            out.add(one.get());
            break;
          }
        }
      }
    }
    return out;
  }

  private Optional<Labelled> clean(
      Reference ref, String id, String fingerprint, SplittableRandom r) {
    List<String> steps = SurfaceNoise.apply(ref.latex(), options.noise(), r);
    Derivation d = derivation(ref, steps);
    List<Label> labels = Labeller.silver(checker.check(id, d));
    if (labels.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(labelled(ref, id, steps, labels, fingerprint, "clean"));
  }

  private Optional<Labelled> inject(
      Reference ref, Kind kind, String id, String fingerprint, SplittableRandom r) {
    Optional<Mutant> m =
        kind.intended().equals("INCORRECT")
            ? StepErrors.make(kind, ref, r)
            : Restructure.make(kind, ref, r);
    if (m.isEmpty() || m.get().steps().equals(ref.latex())) {
      return Optional.empty();
    }
    DerivationReport report = checker.check(id, derivation(ref, m.get().steps()));
    Optional<List<Label>> labels = Labeller.labels(report, m.get());
    if (labels.isEmpty() || labels.get().isEmpty()) {
      return Optional.empty();
    }
    // noise after the check: it keeps every step's tree, so the labels stay true
    List<String> steps = SurfaceNoise.apply(m.get().steps(), options.noise(), r);
    return Optional.of(labelled(ref, id, steps, labels.get(), fingerprint, kind.label()));
  }

  private Labelled labelled(
      Reference ref,
      String id,
      List<String> steps,
      List<Label> labels,
      String fingerprint,
      String kind) {
    Derivation d = ref.derivation();
    return new Labelled(
        id,
        d.prompt(),
        steps,
        "injected",
        Labelled.perturbation(d),
        labels,
        Map.of("record", fingerprint, "source", "injected", "kind", kind, "seed", options.seed()));
  }

  private static Derivation derivation(Reference ref, List<String> steps) {
    Derivation d = ref.derivation();
    return new Derivation(
        Labelled.perturbation(d) + "_injected",
        Derivation.Kind.GENERATION,
        "injected",
        d.perturbation(),
        d.prompt(),
        steps.stream().map(Equations::parse).toList(),
        List.of(),
        List.of());
  }

  /**
   * The names a variable has in the static reference and in the renamed (VR) one, matched step by
   * step where both steps name the same number of symbols (in the order they are written).
   */
  static void names(DerivationRecord rec, Map<String, String> toVr, Map<String, String> fromVr) {
    Optional<Derivation> s = rec.variant("derivation");
    Optional<Derivation> v = rec.variant("VR derivation");
    if (s.isEmpty() || v.isEmpty() || s.get().size() != v.get().size()) {
      return;
    }
    for (int k = 1; k <= s.get().size(); k++) {
      Relation a = s.get().step(k).tree();
      Relation b = v.get().step(k).tree();
      if (a == null || b == null) {
        continue;
      }
      List<String> x = new ArrayList<>(Trees.symbols(a));
      List<String> y = new ArrayList<>(Trees.symbols(b));
      if (x.size() == y.size()) {
        for (int i = 0; i < x.size(); i++) {
          toVr.putIfAbsent(x.get(i), y.get(i));
          fromVr.putIfAbsent(y.get(i), x.get(i));
        }
      }
    }
  }
}
