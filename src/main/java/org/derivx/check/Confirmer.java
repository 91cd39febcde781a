package org.derivx.check;

import org.derivx.cas.SymjaVerifier;
import org.derivx.check.StepResult.Confirmation;
import org.derivx.expr.Relation;

/**
 * Confirms the winning operation symbolically: Symja must simplify candidate minus step to zero on
 * each side (compared separately, calculus inert). What Symja cannot prove in the remaining time
 * stays a numeric confirmation; the numbers already agreed at every sample point.
 */
interface Confirmer {
  Confirmation confirm(Relation[] candidateAndStep, Deadline deadline);

  Confirmer NONE = (c, d) -> Confirmation.NUMERIC;

  static Confirmer symja() {
    SymjaVerifier verifier = new SymjaVerifier();
    return (pair, deadline) -> {
      if (pair == null) {
        return Confirmation.NUMERIC;
      }
      Relation candidate = Canon.of(pair[0]);
      Relation step = Canon.of(pair[1]);
      for (int side = 0; side < 2; side++) {
        SymjaVerifier.Outcome o =
            verifier.equal(
                side == 0 ? candidate.lhs() : candidate.rhs(),
                side == 0 ? step.lhs() : step.rhs(),
                deadline.remainingMillis());
        if (o != SymjaVerifier.Outcome.EQUAL) {
          return Confirmation.NUMERIC;
        }
      }
      return Confirmation.SYMBOLIC;
    };
  }
}
