package org.derivx.flagger;

import java.util.List;
import org.derivx.check.Verdict;
import org.derivx.check.run.Evidence;
import org.derivx.derivation.Derivation;

/**
 * The engine's cheap evidence about each step ({@link Evidence}: a light check, one operation deep)
 * as the network reads it, beside the tokens: the evidence's own features (parsed, premise, repeat,
 * tautology, true, false, undecided, how far off, one operation, uses an incorrect step, used
 * later, needed by the final step, goal, constant) and the light check's verdict, one-hot. Prompt
 * equations get zeros. Deterministic, like the light check.
 */
final class StepEvidence {
  /** The light verdicts, one input each. */
  private static final List<Verdict> VERDICTS = List.of(Verdict.values());

  /** Values per step. */
  static final int COUNT = Evidence.FEATURES.size() + VERDICTS.size();

  private StepEvidence() {}

  /** Per step of {@code d} (at most {@code steps}), {@link #COUNT} values in [0, 1]. */
  static float[][] of(Derivation d, int steps) {
    List<Evidence.Step> all = Evidence.of(d);
    float[][] out = new float[steps][COUNT];
    for (int k = 0; k < steps && k < all.size(); k++) {
      Evidence.Step s = all.get(k);
      float[] f = s.features();
      System.arraycopy(f, 0, out[k], 0, f.length);
      out[k][f.length + VERDICTS.indexOf(s.light())] = 1;
    }
    return out;
  }
}
