package org.derivx.flagger;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Relations between a derivation's equations, counted on their tokens and given to the network
 * beside them. Mean-pooled equation vectors blur exactly what the error categories hinge on: is
 * this equation, token for token, one we have seen (REDUNDANT)? does anything later use what it
 * introduced (IRRELEVANT)? is it nearly, but not quite, the goal (INCORRECT)? does it bring in
 * names nothing before it had (SKIPPED, INCORRECT)? These are cheap to count exactly and hard to
 * learn from pooled vectors, so they are counted. Tokens only: no parser, no CAS, so they work on
 * whatever LaTeX the tokens come from.
 */
final class Relations {
  /** Values per equation, each in [0, 1]. */
  static final int COUNT = 16;

  private Relations() {}

  /** Per equation of {@code parts} (prompt first, then steps), {@link #COUNT} values. */
  static float[][] of(List<Encoding.Part> parts, int firstStep, int steps) {
    int n = firstStep + steps;
    Map<String, Integer> ids = new HashMap<>();
    Eq[] eqs = new Eq[n];
    int goal = -1;
    for (int i = 0; i < n; i++) {
      eqs[i] = new Eq(parts.get(i).tokens(), ids);
      if (parts.get(i).role() == Encoding.GOAL) {
        goal = i;
      }
    }
    float[][] out = new float[n][COUNT];
    Set<Long> seenBigrams = new HashSet<>();
    Set<Long> seenNames = new HashSet<>();
    for (int i = 0; i < n; i++) {
      Eq q = eqs[i];
      float[] f = out[i];
      double simEarlier = 0;
      for (int j = 0; j < i; j++) {
        if (q.same(eqs[j])) {
          f[j >= firstStep ? 0 : 1] = 1;
        }
        simEarlier = Math.max(simEarlier, q.similarity(eqs[j]));
      }
      f[2] = (float) simEarlier;
      double simLater = 0;
      int from = Math.max(i + 1, firstStep);
      for (int j = from; j < n; j++) {
        if (q.same(eqs[j])) {
          f[3] = 1;
        }
        simLater = Math.max(simLater, q.similarity(eqs[j]));
      }
      f[4] = (float) simLater;
      boolean withGoal = goal >= 0 && goal != i;
      if (withGoal) {
        f[5] = (float) q.similarity(eqs[goal]);
        f[6] = q.same(eqs[goal]) ? 1 : 0;
      }
      int fresh = 0;
      int freshUsed = 0;
      for (long b : q.bigrams) {
        if (seenBigrams.contains(b)) {
          continue;
        }
        fresh++;
        boolean used = withGoal && eqs[goal].has(b);
        for (int j = from; j < n && !used; j++) {
          used = eqs[j].has(b);
        }
        freshUsed += used ? 1 : 0;
      }
      f[7] = share(fresh, q.bigrams.length);
      f[8] = fresh == 0 ? 0 : share(freshUsed, fresh);
      f[9] = fresh == 0 ? 1 : 0;
      int freshNames = 0;
      for (long name : q.names) {
        freshNames += seenNames.contains(name) ? 0 : 1;
      }
      f[10] = share(freshNames, q.names.length);
      f[11] = freshNames == 0 ? 0 : 1;
      if (i >= firstStep) {
        int k = i - firstStep;
        f[12] = k == steps - 1 ? 1 : 0;
        f[13] = share(k + 1, steps);
        f[14] = goalBefore(eqs, firstStep, i, goal) ? 1 : 0;
        f[15] = Math.min(1f, (steps - 1 - k) / 10f);
      }
      for (long b : q.bigrams) {
        seenBigrams.add(b);
      }
      for (long name : q.names) {
        seenNames.add(name);
      }
    }
    return out;
  }

  private static boolean goalBefore(Eq[] eqs, int firstStep, int i, int goal) {
    if (goal < 0) {
      return false;
    }
    for (int j = firstStep; j < i; j++) {
      if (eqs[j].same(eqs[goal])) {
        return true;
      }
    }
    return false;
  }

  private static float share(int part, int whole) {
    return whole == 0 ? 0 : (float) part / whole;
  }

  /**
   * One equation: its tokens as text either way round (for exact repeats), and its bigrams and
   * names as sorted unique numbers (token ids per derivation), so overlaps are merges, not hashing.
   * The start and end of an equation count as the tokens {@code ^} and {@code $}.
   */
  private static final class Eq {
    final String key;
    final String swapped;
    final long[] bigrams;
    final long[] names;

    Eq(List<String> tokens, Map<String, Integer> ids) {
      int eq = tokens.indexOf("=");
      String all = String.join(" ", tokens);
      key = all;
      swapped =
          eq < 0
              ? all
              : String.join(" ", tokens.subList(eq + 1, tokens.size()))
                  + " = "
                  + String.join(" ", tokens.subList(0, eq));
      long[] b = new long[tokens.size() + 1];
      long[] v = new long[tokens.size()];
      int nv = 0;
      int prev = id("^", ids);
      for (int t = 0; t < tokens.size(); t++) {
        String s = tokens.get(t);
        int cur = id(s, ids);
        b[t] = ((long) prev << 32) | cur;
        prev = cur;
        if (s.startsWith("<v")) {
          v[nv++] = cur;
        }
      }
      b[tokens.size()] = ((long) prev << 32) | id("$", ids);
      bigrams = unique(b, b.length);
      names = unique(v, nv);
    }

    private static int id(String token, Map<String, Integer> ids) {
      return ids.computeIfAbsent(token, t -> ids.size());
    }

    private static long[] unique(long[] a, int n) {
      long[] s = Arrays.copyOf(a, n);
      Arrays.sort(s);
      int k = 0;
      for (int i = 0; i < n; i++) {
        if (k == 0 || s[i] != s[k - 1]) {
          s[k++] = s[i];
        }
      }
      return Arrays.copyOf(s, k);
    }

    boolean has(long bigram) {
      return Arrays.binarySearch(bigrams, bigram) >= 0;
    }

    /** Token for token the same, either way round. */
    boolean same(Eq o) {
      return key.equals(o.key) || swapped.equals(o.key);
    }

    /** Jaccard similarity of the bigram sets (a merge of two sorted arrays). */
    double similarity(Eq o) {
      int common = 0;
      int i = 0;
      int j = 0;
      while (i < bigrams.length && j < o.bigrams.length) {
        if (bigrams[i] == o.bigrams[j]) {
          common++;
          i++;
          j++;
        } else if (bigrams[i] < o.bigrams[j]) {
          i++;
        } else {
          j++;
        }
      }
      return (double) common / (bigrams.length + o.bigrams.length - common);
    }
  }
}
