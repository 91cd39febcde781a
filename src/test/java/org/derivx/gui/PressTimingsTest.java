package org.derivx.gui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PressTimingsTest {
  @Test
  void oneFramePerPressRecordsEachPressWorkAndLatency() {
    PressTimings t = new PressTimings();
    t.press(100, 5);
    t.frame(110, 130);
    t.press(200, 7);
    t.frame(205, 215);
    assertThat(t.frameWork()).containsExactly(25, 17);
    assertThat(t.latencies()).containsExactly(30, 15);
    assertThat(t.shared()).isZero();
    assertThat(t.settled()).isTrue();
  }

  /** The bug: a late pulse ran two presses before one layout, and one press was recorded as 0. */
  @Test
  void pressesSharingALatePulseAreCountedOnceAsWorkAndEachAsLatency() {
    PressTimings t = new PressTimings();
    t.press(100, 4);
    t.press(133, 6);
    assertThat(t.settled()).isFalse();
    t.frame(140, 150);
    assertThat(t.frameWork()).containsExactly(20);
    assertThat(t.latencies()).containsExactly(50, 17);
    assertThat(t.shared()).isEqualTo(1);
    assertThat(t.frameWork()).doesNotContain(0L);
  }

  @Test
  void framesWithoutAPressRecordNothing() {
    PressTimings t = new PressTimings();
    t.frame(0, 10);
    assertThat(t.frameWork()).isEmpty();
    assertThat(t.latencies()).isEmpty();
  }
}
