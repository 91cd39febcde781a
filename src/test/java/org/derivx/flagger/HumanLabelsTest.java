package org.derivx.flagger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.derivx.annotate.Adjudication;
import org.derivx.annotate.ItemKey;
import org.derivx.annotate.StepLabel;
import org.derivx.derivation.StepCategory;
import org.junit.jupiter.api.Test;

/**
 * What the flagger learns from a store: adjudicated labels, else labels all annotators agree on.
 */
class HumanLabelsTest {
  private static final ItemKey A = new ItemKey("0123456789abcdef", "gpt");

  private static StepLabel l(int step, String who, StepCategory c) {
    return new StepLabel(A, step, who, c, "", "t");
  }

  @Test
  void agreedAndAdjudicatedStepsCountDisputedAndOtherDoNot() {
    HumanLabels h =
        HumanLabels.of(
            List.of(
                l(1, "ann", StepCategory.VALID),
                l(1, "bob", StepCategory.VALID),
                l(2, "ann", StepCategory.SKIPPED),
                l(2, "bob", StepCategory.INCORRECT),
                l(3, "ann", StepCategory.SKIPPED),
                l(3, "bob", StepCategory.INCORRECT),
                l(4, "ann", StepCategory.OTHER)),
            List.of(new Adjudication(A, 3, StepCategory.INCORRECT, "cat", "", "t")));
    assertThat(h.labels())
        .containsExactly(Map.entry(A, Map.of(1, StepCategory.VALID, 3, StepCategory.INCORRECT)));
    assertThat(h.disputed()).isEqualTo(1);
    assertThat(h.adjudicated()).isEqualTo(1);
    assertThat(h.annotated()).isEqualTo(2);
    assertThat(h.annotators()).containsExactly("ann", "bob");
  }
}
