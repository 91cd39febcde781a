package org.derivx.check.rules;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.derivx.check.EqRef;
import org.derivx.check.numeric.Complex;
import org.derivx.check.numeric.Samples;
import org.derivx.expr.Expr;
import org.derivx.expr.Relation;

/**
 * Candidate equations made from the pool, remembered for the whole derivation: substituting step 2
 * into step 3 gives the same equation whichever later step it is compared with, so it is built,
 * canonicalised and evaluated once, and every later step only compares numbers. Equations of a
 * search (negative indices, made afresh for each step) are not remembered; everything is forgotten
 * when a constant is bound (the numbers change). A search keeps its own {@link #scratch()} memo,
 * for as long as it lasts: its intermediates are made afresh for each step, but within one search
 * the same candidate is asked for with the step in both orientations.
 */
public final class Memo {
  /**
   * What was made from which equations: {@code how} names the operation and its variant. Hashed by
   * hand: a search's scratch memo holds tens of thousands of keys whose references differ by small
   * steps, which a record's {@code 31 * h(a) + h(b)} sends to the same buckets.
   */
  private static final class Key {
    private final EqRef a;
    private final EqRef b;
    private final String how;
    private final int hash;

    Key(EqRef a, EqRef b, String how) {
      this.a = a;
      this.b = b;
      this.how = how;
      long h = code(a) * 0x9E3779B97F4A7C15L + code(b);
      h = (h ^ (h >>> 29)) * 0xBF58476D1CE4E5B9L + how.hashCode();
      this.hash = (int) (h ^ (h >>> 32));
    }

    private static long code(EqRef r) {
      return r == null ? 0x7FFFFFFFL : 2L * r.index() + (r.premise() ? 1 : 0);
    }

    @Override
    public int hashCode() {
      return hash;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k
          && hash == k.hash
          && a.equals(k.a)
          && Objects.equals(b, k.b)
          && how.equals(k.how);
    }
  }

  /**
   * A candidate and its inert values at the sample points, each computed when first asked for (most
   * candidates differ from every step at the first point, and the rest is never needed).
   */
  static final class Candidate {
    private final Relation eq;
    private final Relation made;
    private final Samples samples;
    private final Complex[] lhs = new Complex[Samples.POINTS];
    private final Complex[] rhs = new Complex[Samples.POINTS];

    Candidate(Relation eq, Samples samples) {
      this.eq = Relation.of(eq.lhs(), eq.rhs());
      this.made = eq;
      this.samples = samples;
    }

    /** Its two outer sides (what is compared with a step). */
    Relation eq() {
      return eq;
    }

    /** As it was made: a chain keeps its middle sides. */
    Relation made() {
      return made;
    }

    /** Does it have these values (a step's, in one orientation)? */
    boolean matches(Complex[] l, Complex[] r) {
      if (!near(l[0], value(lhs, eq.lhs(), 0)) || !near(r[0], value(rhs, eq.rhs(), 0))) {
        return false;
      }
      for (int p = 1; p < Samples.POINTS; p++) {
        value(lhs, eq.lhs(), p);
        value(rhs, eq.rhs(), p);
      }
      return Samples.same(l, lhs) && Samples.same(r, rhs);
    }

    private Complex value(Complex[] cache, Expr side, int p) {
      if (cache[p] == null) {
        cache[p] = samples.valueAt(side, p);
      }
      return cache[p];
    }

    private static boolean near(Complex a, Complex b) {
      return !a.isFinite() || !b.isFinite() || a.near(b, Samples.SAME);
    }
  }

  private final Map<Key, Optional<Candidate>> made = new HashMap<>();
  private int version = Integer.MIN_VALUE;

  /** Does it remember the candidates of a search's equations too (see {@link #scratch()})? */
  private final boolean keepsAll;

  /** A derivation's memo: candidates made from the pool only. */
  public Memo() {
    this(false);
  }

  private Memo(boolean keepsAll) {
    this.keepsAll = keepsAll;
  }

  /**
   * A memo for one attribution's lifetime that remembers every candidate, a search's equations' too
   * (their negative indices are unique within one search, not across the derivation).
   */
  static Memo scratch() {
    return new Memo(true);
  }

  /** Are candidates made from these equations remembered (both in the pool, not a search's)? */
  static boolean lasting(EqRef a, EqRef b) {
    return a.index() >= 0 && (b == null || b.index() >= 0);
  }

  /**
   * What {@link #get} made from {@code a} and {@code b} as {@code how}, if it is remembered (null
   * if not); charges nothing, so a caller that reuses it must count its own work.
   */
  Optional<Candidate> peek(Samples samples, EqRef a, EqRef b, String how) {
    if (samples.version() != version || !(keepsAll || lasting(a, b))) {
      return null;
    }
    return made.get(new Key(a, b, how));
  }

  /**
   * The candidate {@code make} builds from {@code a} (and {@code b}, or null), evaluated; made once
   * per derivation. A hit costs one unit of work, a miss what building and evaluating cost.
   */
  Optional<Candidate> get(
      Samples samples, EqRef a, EqRef b, String how, Supplier<Optional<Relation>> make) {
    if (samples.version() != version) {
      made.clear();
      version = samples.version();
    }
    boolean lasting = keepsAll || lasting(a, b);
    Key key = new Key(a, b, how);
    if (lasting) {
      Optional<Candidate> known = made.get(key);
      if (known != null) {
        samples.budget().spend(1);
        return known;
      }
    }
    Optional<Candidate> c = make.get().map(r -> new Candidate(r, samples));
    if (lasting) {
      made.put(key, c);
    }
    return c;
  }
}
