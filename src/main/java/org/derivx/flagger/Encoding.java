package org.derivx.flagger;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.derivx.derivation.Derivation;
import org.derivx.derivation.Equation;
import org.derivx.derivation.Label;
import org.derivx.derivation.Prompt;
import org.derivx.derivation.StepCategory;

/**
 * One derivation as the network reads it: a list of equations, each a row of token ids, with a role
 * (premise, goal, intermediate, step). The prompt's equations come first, then the steps. A
 * derivation's identifiers share one placeholder numbering. Beside the tokens, each equation has a
 * row of {@link #FEATURES} numbers: what it shares with the others ({@link Relations}) and, for a
 * step, the engine's evidence about it ({@link StepEvidence}). Long inputs are cut (tokens per
 * equation, prompt equations, steps), never rejected.
 */
public record Encoding(
    int[][] equations, int[] roles, float[][] relations, int firstStep, int[] labels) {
  public static final int MAX_TOKENS = 40;
  public static final int MAX_PROMPT = 6;
  public static final int MAX_STEPS = 15;
  public static final int MAX_EQUATIONS = MAX_PROMPT + MAX_STEPS;

  /** Numbers per equation beside its tokens: relations, then evidence. */
  public static final int FEATURES = Relations.COUNT + StepEvidence.COUNT;

  /** Roles; the embedding has one vector per role. */
  static final int PREMISE = 0;

  static final int GOAL = 1;
  static final int INTERMEDIATE = 2;
  static final int STEP = 3;
  static final int ROLES = 4;

  /** The derivation's equations as (role, raw tokens), prompt first. */
  record Part(int role, List<String> tokens) {}

  public static List<Part> parts(Derivation d) {
    Map<String, String> names = new HashMap<>();
    List<Part> out = new ArrayList<>();
    Prompt p = d.prompt();
    if (p != null) {
      for (Equation e : p.premises()) {
        out.add(new Part(PREMISE, LatexTokens.of(text(e), names)));
      }
      if (p.goal() != null) {
        out.add(new Part(GOAL, LatexTokens.of(text(p.goal()), names)));
      }
      for (Equation e : p.intermediates()) {
        out.add(new Part(INTERMEDIATE, LatexTokens.of(text(e), names)));
      }
    }
    while (out.size() > MAX_PROMPT) {
      out.remove(out.size() - 1);
    }
    for (Equation e : d.steps()) {
      out.add(new Part(STEP, LatexTokens.of(text(e), names)));
    }
    return out;
  }

  private static String text(Equation e) {
    return e.normalized().isBlank() ? e.raw() : e.normalized();
  }

  /** Encodes {@code d}; labels are class ids per step (−1 unknown) from its known labels. */
  public static Encoding of(Derivation d, Vocabulary v) {
    List<Part> parts = parts(d);
    int prompt = (int) parts.stream().filter(x -> x.role() != STEP).count();
    int steps = Math.min(MAX_STEPS, parts.size() - prompt);
    int n = prompt + steps;
    int[][] eqs = new int[n][];
    int[] roles = new int[n];
    for (int i = 0; i < n; i++) {
      List<String> t = parts.get(i).tokens();
      int len = Math.max(1, Math.min(MAX_TOKENS, t.size()));
      eqs[i] = new int[len];
      for (int j = 0; j < Math.min(len, t.size()); j++) {
        eqs[i][j] = v.id(t.get(j));
      }
      if (t.isEmpty()) {
        eqs[i][0] = v.id(Vocabulary.UNK);
      }
      roles[i] = parts.get(i).role();
    }
    int[] labels = new int[steps];
    Arrays.fill(labels, -1);
    for (Label l : d.labels()) {
      if (l.step() <= steps) {
        labels[l.step() - 1] = StepCategory.indexOf(l.category());
      }
    }
    float[][] relations = Relations.of(parts, prompt, steps);
    float[][] evidence = StepEvidence.of(d, steps);
    float[][] features = new float[n][FEATURES];
    for (int i = 0; i < n; i++) {
      System.arraycopy(relations[i], 0, features[i], 0, Relations.COUNT);
      if (i >= prompt) {
        System.arraycopy(evidence[i - prompt], 0, features[i], Relations.COUNT, StepEvidence.COUNT);
      }
    }
    return new Encoding(eqs, roles, features, prompt, labels);
  }

  /** Steps encoded (at most {@link #MAX_STEPS}). */
  public int steps() {
    return labels.length;
  }
}
