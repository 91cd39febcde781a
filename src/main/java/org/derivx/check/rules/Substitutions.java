package org.derivx.check.rules;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.derivx.check.Budget;
import org.derivx.check.EqRef;
import org.derivx.check.Operation;
import org.derivx.check.Rule;
import org.derivx.check.algebra.Auto;
import org.derivx.check.algebra.Names;
import org.derivx.check.algebra.Substitution;
import org.derivx.check.algebra.Trees;
import org.derivx.check.numeric.Samples;
import org.derivx.expr.Expr;
import org.derivx.expr.Relation;

/**
 * Substitutions of one equation into another that yield a step: as SymPy's {@code subs}, also
 * inside integrands by identities, and between automatically simplified forms. Pairs are ruled out
 * by their names first; candidates are remembered ({@link Attribution#candidate}).
 */
final class Substitutions {
  private final Attribution a;
  private final Samples samples;
  private final Budget budget;

  /** Names of the equations seen, for ruling out substitutions cheaply. */
  private final Names names = new Names();

  /** Automatic simplification forms of the pool's equations, made once per attribution. */
  private final Map<EqRef, Relation> autos = new HashMap<>();

  /** The equations whose automatic form is the equation itself (asked once per equation). */
  private final Map<EqRef, Boolean> autoUnchanged = new HashMap<>();

  /** The equation being tried against the pool, see {@link #sharedUnits}. */
  private EqRef trying;

  /**
   * Units spent making the automatic forms of equations other than the one being tried: made once
   * for the whole attribution, so trying an equal equation again would not pay them.
   */
  private long sharedUnits;

  void trying(EqRef ref) {
    trying = ref;
  }

  long sharedUnits() {
    return sharedUnits;
  }

  /**
   * {@code copy} is an equation equal to {@code of}, whose trying is replayed: it has the same
   * automatic form, already paid for in the replayed units (it must not be made and paid for again
   * when the copy is tried as a pool equation later).
   */
  void sameAs(EqRef copy, EqRef of) {
    Relation form = autos.get(of);
    if (form != null) {
      autos.putIfAbsent(copy, form);
    }
    Boolean unchanged = autoUnchanged.get(of);
    if (unchanged != null) {
      autoUnchanged.putIfAbsent(copy, unchanged);
    }
  }

  Substitutions(Attribution a, Samples samples) {
    this.a = a;
    this.samples = samples;
    this.budget = samples.budget();
  }

  /** Does the remembered candidate have the step's sides (in the step's orientation)? */
  private static boolean matches(Known t, Memo.Candidate c) {
    return c.matches(t.lhs(), t.rhs());
  }

  void find(Known t, Known e, Known f, Set<Operation> found) {
    budget.spend(1);
    // what a substitution makes holds only the target's names and the replacement's
    boolean lhsForRhs = names.mayOccur(f.l(), e.eq()) && names.covers(t.eq(), e.eq(), f.r());
    boolean rhsForLhs = names.mayOccur(f.r(), e.eq()) && names.covers(t.eq(), e.eq(), f.l());
    if (!lhsForRhs && !rhsForLhs) {
      return;
    }
    List<EqRef> uses = List.of(e.ref(), f.ref());
    Operation forward = new Operation(Rule.SUBSTITUTE_LHS_FOR_RHS, uses, null);
    Operation backward = new Operation(Rule.SUBSTITUTE_RHS_FOR_LHS, uses, null);
    for (String variant : new String[] {"plain", "integrands", "auto"}) {
      if (lhsForRhs && !found.contains(forward)) {
        substitute(t, e, f, true, variant, forward, found);
      }
      if (rhsForLhs && !found.contains(backward)) {
        substitute(t, e, f, false, variant, backward, found);
      }
      if (found.contains(forward) || found.contains(backward)) {
        return;
      }
    }
  }

  /**
   * Substitutes {@code f} into {@code e} (its left side for its right, or back), as SymPy does
   * ({@code plain}), also inside integrands ({@code integrands}), or between the automatically
   * simplified forms ({@code auto}: 4 φ^{-2} is (1/φ + 1/φ)^2 too), and records {@code op} if the
   * result is the step.
   */
  private void substitute(
      Known t,
      Known e,
      Known f,
      boolean forward,
      String variant,
      Operation op,
      Set<Operation> found) {
    String direction = forward ? "lhs for rhs " : "rhs for lhs ";
    Supplier<Optional<Relation>> make =
        () -> {
          budget.spend(e.size() + f.size());
          Relation target = variant.equals("auto") ? auto(e) : e.eq();
          Relation with = variant.equals("auto") ? auto(f) : f.eq();
          if (variant.equals("auto") && unchanged(e) && unchanged(f)) {
            // automatic simplification changed neither equation (most of a search's): the plain
            // variant's result, made just before, is this one; only the substituting is saved,
            // the work is counted as before
            Optional<Memo.Candidate> plain = a.madeBefore(e.ref(), f.ref(), direction + "plain");
            if (plain != null) {
              Optional<Relation> same = plain.map(Memo.Candidate::made);
              same.ifPresent(m -> budget.spend(Trees.canonicalWork(m)));
              return same;
            }
          }
          Expr pattern = forward ? with.lhs() : with.rhs();
          Expr replacement = forward ? with.rhs() : with.lhs();
          Optional<Relation> made =
              variant.equals("integrands")
                  ? Substitution.intoIntegrands(target, pattern, replacement)
                  : Substitution.apply(target, pattern, replacement);
          // the result is paid for too: the work of making it canonical
          made.ifPresent(m -> budget.spend(Trees.canonicalWork(m)));
          return made;
        };
    String how = direction + variant;
    Optional<Memo.Candidate> c = a.candidate(e.ref(), f.ref(), how, make);
    if (c.isPresent() && matches(t, c.get())) {
      // as before the search's memo: a search's result recorded as made (a chain's middle sides
      // count for its constants), the pool's by its two sides
      a.add(found, op, Memo.lasting(e.ref(), f.ref()) ? c.get().eq() : c.get().made(), t);
    }
  }

  /** Is {@code k}'s automatic form {@code k} itself? (Its form is made first, as before.) */
  private boolean unchanged(Known k) {
    Relation form = auto(k);
    return autoUnchanged.computeIfAbsent(k.ref(), r -> form.equals(k.eq()));
  }

  private Relation auto(Known k) {
    return autos.computeIfAbsent(
        k.ref(),
        r -> {
          budget.spend(k.size());
          if (!r.equals(trying)) {
            sharedUnits += k.size();
          }
          return Auto.of(k.eq());
        });
  }
}
