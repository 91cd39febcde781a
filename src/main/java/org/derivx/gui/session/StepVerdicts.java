package org.derivx.gui.session;

import java.util.EnumMap;
import java.util.Map;
import org.derivx.check.DerivationReport;
import org.derivx.check.Verdict;
import org.derivx.render.VerdictStyle;

/**
 * What an item keeps of a check, loaded or not: one verdict ordinal per step and the errors carried
 * forward (a byte a step, so 100k checked derivations stay small). Immutable.
 */
final class StepVerdicts {
  private static final Verdict[] VERDICTS = Verdict.values();

  private final byte[] ordinals;
  private final int carried;
  private final int errors;

  private StepVerdicts(byte[] ordinals, int carried) {
    this.ordinals = ordinals;
    this.carried = carried;
    int n = 0;
    for (byte b : ordinals) {
      if (VERDICTS[b].isError()) {
        n++;
      }
    }
    this.errors = n;
  }

  /** The report's verdicts; null for no report. */
  static StepVerdicts of(DerivationReport r) {
    if (r == null) {
      return null;
    }
    byte[] v = new byte[r.steps().size()];
    for (int k = 0; k < v.length; k++) {
      v[k] = (byte) r.steps().get(k).verdict().ordinal();
    }
    return new StepVerdicts(v, (int) r.carried());
  }

  /** Verdicts cached from an earlier session. */
  static StepVerdicts of(byte[] ordinals, int carried) {
    return new StepVerdicts(ordinals, carried);
  }

  byte[] ordinals() {
    return ordinals;
  }

  int carried() {
    return carried;
  }

  int errors() {
    return errors;
  }

  /** Step {@code k}'s verdict (from 1), or null outside the derivation. */
  Verdict verdict(int k) {
    return k < 1 || k > ordinals.length ? null : VERDICTS[ordinals[k - 1]];
  }

  long count(Verdict v) {
    long n = 0;
    for (byte b : ordinals) {
      if (b == v.ordinal()) {
        n++;
      }
    }
    return n;
  }

  Map<Verdict, Long> counts() {
    Map<Verdict, Long> c = new EnumMap<>(Verdict.class);
    for (byte b : ordinals) {
      c.merge(VERDICTS[b], 1L, Long::sum);
    }
    return c;
  }

  /** "5✓ 1» 1✗ 2↪": INCORRECT as root errors ✗ and errors carried forward ↪, premises left out. */
  String badge() {
    StringBuilder b = new StringBuilder();
    counts()
        .forEach(
            (v, n) -> {
              long shown = v == Verdict.INCORRECT ? n - carried : n;
              if (v != Verdict.PREMISE && shown > 0) {
                b.append(b.length() == 0 ? "" : " ")
                    .append(shown)
                    .append(VerdictStyle.of(v).symbol());
              }
            });
    if (carried > 0) {
      b.append(b.length() == 0 ? "" : " ").append(carried).append(Item.CARRIED);
    }
    return b.toString();
  }
}
