package org.derivx.synth;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.derivx.check.CheckOptions;
import org.derivx.check.run.StepChecker;

/**
 * Everything {@code derivx generate} writes for one index: the clean derivation, its requested
 * perturbations, and, with errors on, each of them with each injected error kind (labelled, every
 * label confirmed by the checker). With noise {@code p}, each derivation has one step rewritten
 * with model-style surface noise with probability p, kept only if the checker still agrees. Not
 * thread-safe (one checker): use one per thread; results depend only on (seed, index).
 */
public final class Synthesis {
  /** What to make: seed, perturbations (VR, EE, AG, SR), injected errors, noise probability. */
  public record Options(long seed, List<String> perturbations, boolean errors, double noise) {
    public Options {
      perturbations = List.copyOf(perturbations);
      for (String p : perturbations) {
        if (!Perturbations.ALL.contains(p)) {
          throw new IllegalArgumentException(
              "unknown perturbation " + p + " (expected one of " + Perturbations.ALL + ")");
        }
      }
      if (noise < 0 || noise > 1) {
        throw new IllegalArgumentException("noise is a probability, 0 to 1: " + noise);
      }
    }
  }

  private final Options options;
  private final StepChecker checker;
  private final Generator generator;

  public Synthesis(Options options, CheckOptions check) {
    this.options = options;
    this.checker = new StepChecker(check);
    this.generator = new Generator(options.seed(), checker);
  }

  public List<SyntheticDerivation> item(int index) {
    List<SyntheticDerivation> out = new ArrayList<>();
    SyntheticDerivation clean = generator.derivation(index);
    Chain chain = generator.lastChain();
    Map<String, Object> meta = Map.of("seed", options.seed(), "index", index);
    List<SyntheticDerivation> variants = new ArrayList<>();
    List<Chain> chains = new ArrayList<>();
    variants.add(clean);
    chains.add(chain);
    for (String p : options.perturbations()) {
      Optional<Perturbations.Perturbed> d =
          Perturbations.apply(p, generator, chain, clean.id(), meta);
      if (d.isPresent()) {
        variants.add(d.get().derivation());
        chains.add(d.get().chain());
      }
    }
    SplittableRandom r = generator.random();
    for (int v = 0; v < variants.size(); v++) {
      out.add(noisy(variants.get(v), r));
      Chain c = chains.get(v);
      if (options.errors()) {
        for (Errors.Kind k : Errors.Kind.values()) {
          Errors.inject(k, generator, c, variants.get(v), checker, meta)
              .map(d -> noisy(d, r))
              .ifPresent(out::add);
        }
      }
    }
    return out;
  }

  private SyntheticDerivation noisy(SyntheticDerivation d, SplittableRandom r) {
    if (r.nextDouble() >= options.noise()) {
      return d;
    }
    List<String> steps = new ArrayList<>(d.steps());
    int k = r.nextInt(steps.size());
    steps.set(k, Noise.apply(steps.get(k), r));
    SyntheticDerivation n = d.withSteps(steps);
    boolean same = d.labels().isEmpty() ? generator.verified(n) : Errors.confirmed(n, checker);
    return same ? n : d;
  }
}
