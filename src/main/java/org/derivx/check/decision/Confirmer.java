package org.derivx.check.decision;

import org.derivx.cas.SymjaVerifier;
import org.derivx.check.CheckOptions;
import org.derivx.check.StepResult.Confirmation;
import org.derivx.check.algebra.Canon;
import org.derivx.expr.Relation;

/**
 * Confirms the winning operation symbolically: Symja must simplify candidate minus step to zero on
 * each side (compared separately, calculus inert), within a counted budget of evaluation steps
 * (tried once more with ten times as many when it is spent). What Symja cannot prove stays a
 * numeric confirmation; the numbers already agreed at every sample point.
 */
public interface Confirmer {
  Confirmation confirm(Relation[] candidateAndStep);

  /** Not asked: the step carries no confirmation (none is printed or shown). */
  Confirmer NONE = c -> Confirmation.NONE;

  static Confirmer symja() {
    SymjaVerifier verifier = new SymjaVerifier();
    return pair -> {
      if (pair == null) {
        return Confirmation.NUMERIC;
      }
      Relation candidate = Canon.of(pair[0]);
      Relation step = Canon.of(pair[1]);
      for (int side = 0; side < 2; side++) {
        var a = side == 0 ? candidate.lhs() : candidate.rhs();
        var b = side == 0 ? step.lhs() : step.rhs();
        SymjaVerifier.Outcome o = verifier.equal(a, b, SymjaVerifier.DEFAULT_STEPS);
        if (o == SymjaVerifier.Outcome.BUDGET) {
          o = verifier.equal(a, b, SymjaVerifier.DEFAULT_STEPS * CheckOptions.RETRY_FACTOR);
        }
        if (o != SymjaVerifier.Outcome.EQUAL) {
          return Confirmation.NUMERIC;
        }
      }
      return Confirmation.SYMBOLIC;
    };
  }
}
