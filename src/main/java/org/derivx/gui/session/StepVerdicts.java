package org.derivx.gui.session;

import java.util.EnumMap;
import java.util.Map;
import org.derivx.check.DerivationReport;
import org.derivx.check.Verdict;
import org.derivx.render.VerdictStyle;

/**
 * What an item keeps of a check, loaded or not: one verdict ordinal per step and the errors carried
 * forward (a byte a step, so 100k checked derivations stay small). Immutable; {@link #UNCHECKED}
 * stands for no check yet, so an item asks it without testing for null.
 */
final class StepVerdicts {
  private static final Verdict[] VERDICTS = Verdict.values();

  /** No check yet: no verdicts ({@link #ordinals} null), errors -1, counts 0, no badge. */
  static final StepVerdicts UNCHECKED = new StepVerdicts(null, 0);

  private final byte[] ordinals;
  private final int carried;
  private final int errors;

  /** Made at the first call: the browser asks each row's badge on every cell update. */
  private String badge;

  private StepVerdicts(byte[] ordinals, int carried) {
    this.ordinals = ordinals;
    this.carried = carried;
    int n = ordinals == null ? -1 : 0;
    for (byte b : ordinals == null ? new byte[0] : ordinals) {
      if (VERDICTS[b].isError()) {
        n++;
      }
    }
    this.errors = n;
  }

  /** The report's verdicts; {@link #UNCHECKED} for no report. */
  static StepVerdicts of(DerivationReport r) {
    if (r == null) {
      return UNCHECKED;
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

  boolean isChecked() {
    return ordinals != null;
  }

  /** Step {@code k}'s verdict (from 1), or null outside the derivation or unchecked. */
  Verdict verdict(int k) {
    return ordinals == null || k < 1 || k > ordinals.length ? null : VERDICTS[ordinals[k - 1]];
  }

  long count(Verdict v) {
    if (ordinals == null) {
      return 0;
    }
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
    if (ordinals != null) {
      for (byte b : ordinals) {
        c.merge(VERDICTS[b], 1L, Long::sum);
      }
    }
    return c;
  }

  /**
   * "5✓ 1» 1✗ 2↪": INCORRECT as root errors ✗ and errors carried forward ↪, premises left out; null
   * while unchecked.
   */
  String badge() {
    if (ordinals == null) {
      return null;
    }
    String made = badge;
    if (made == null) {
      made = makeBadge();
      badge = made; // immutable inputs: a race makes the same string twice, nothing worse
    }
    return made;
  }

  private String makeBadge() {
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
