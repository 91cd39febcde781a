package org.derivx.check.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.derivx.check.CheckOptions;
import org.derivx.check.DerivationReport;
import org.derivx.check.StepResult;
import org.derivx.check.Verdict;
import org.derivx.check.decision.Confirmer;
import org.derivx.check.decision.Dependencies;
import org.derivx.derivation.Derivation;

/**
 * Cheap evidence about each step, computed by the checker's engine for the flagger: a light check
 * (one operation deep, no chain search, no Symja, a small work budget) says whether a step parsed,
 * whether it is true under the premises at the sample points and how far off it is, whether it
 * repeats an earlier equation or a premise or states nothing, whether one operation from earlier
 * equations yields it, whether later steps use it and whether it is the prompt's goal. The flagger
 * weighs this with the step's tokens, as an annotator weighs what they can check quickly.
 * Deterministic: the same numbers on every run.
 */
public final class Evidence {
  /** The light check: a tenth of a full step's budget is plenty for one operation. */
  static final CheckOptions LIGHT =
      CheckOptions.defaults().withSymbolic(false).withBudget(60_000).withSearchDepth(1);

  /** Names of the features, in {@link Step#features()} order. */
  public static final List<String> FEATURES =
      List.of(
          "parsed",
          "premise",
          "repeats",
          "tautology",
          "true",
          "false",
          "undecided",
          "offBy",
          "oneOperation",
          "usesIncorrect",
          "usedLater",
          "needed",
          "goal",
          "constant");

  /**
   * One step's evidence. {@code offBy} is log10 of the counterexample sides' relative difference
   * (-12 when there is none, 0 when they are far apart or complex).
   */
  public record Step(
      boolean parsed,
      boolean premise,
      boolean repeats,
      boolean tautology,
      Verdict light,
      double offBy,
      boolean oneOperation,
      boolean usesIncorrect,
      boolean usedLater,
      boolean needed,
      boolean goal,
      boolean constant) {

    public float[] features() {
      boolean isTrue =
          light == Verdict.VALID
              || light == Verdict.IRRELEVANT
              || light == Verdict.UNEXPLAINED
              || light == Verdict.SKIPPED;
      return new float[] {
        flag(parsed),
        flag(premise),
        flag(repeats),
        flag(tautology),
        flag(isTrue),
        flag(light == Verdict.INCORRECT),
        flag(light == Verdict.UNKNOWN),
        (float) Math.max(0, Math.min(1, (offBy + 12) / 12)),
        flag(oneOperation),
        flag(usesIncorrect),
        flag(usedLater),
        flag(needed),
        flag(goal),
        flag(constant)
      };
    }

    private static float flag(boolean b) {
      return b ? 1 : 0;
    }
  }

  private Evidence() {}

  /** The evidence for every step of {@code d}, from a light check. */
  public static List<Step> of(Derivation d) {
    StepChecker checker = new StepChecker(LIGHT, Confirmer.NONE);
    DerivationReport r = checker.check("evidence", d);
    List<StepResult> steps = r.steps();
    Set<Integer> needed = Dependencies.ancestors(steps, steps.size(), Set.of());
    List<Step> out = new ArrayList<>();
    for (StepResult s : steps) {
      int k = s.step();
      boolean usedLater = false;
      for (StepResult later : steps.subList(k, steps.size())) {
        usedLater |= later.uses().contains(k);
      }
      boolean usesIncorrect = false;
      for (int j : s.uses()) {
        usesIncorrect |= steps.get(j - 1).verdict() == Verdict.INCORRECT;
      }
      boolean goal =
          k == steps.size()
              && (r.goal() == DerivationReport.Goal.REACHED
                  || r.goal() == DerivationReport.Goal.REACHED_AFTER_ERROR);
      out.add(
          new Step(
              s.verdict() != Verdict.UNPARSEABLE,
              s.verdict() == Verdict.PREMISE,
              s instanceof StepResult.Redundant red && red.sameAs() != null,
              s instanceof StepResult.Redundant red && red.sameAs() == null,
              s.verdict(),
              offBy(s),
              s.justification().isPresent() && s.verdict() != Verdict.INCORRECT,
              usesIncorrect,
              usedLater,
              needed.contains(k),
              goal,
              s.detail().contains("constant of integration")));
    }
    return out;
  }

  /** log10 of the relative difference of the counterexample's sides; -12 when none is shown. */
  private static double offBy(StepResult s) {
    if (!(s instanceof StepResult.Incorrect i) || i.counterexample() == null) {
      return -12;
    }
    try {
      double l = Double.parseDouble(i.counterexample().lhs());
      double r = Double.parseDouble(i.counterexample().rhs());
      double scale = Math.max(1, Math.max(Math.abs(l), Math.abs(r)));
      return Math.log10(Math.max(1e-12, Math.abs(l - r) / scale));
    } catch (NumberFormatException complex) {
      return 0; // a complex value: far off
    }
  }
}
