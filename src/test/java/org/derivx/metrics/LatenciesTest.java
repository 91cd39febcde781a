package org.derivx.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The median the benchmarks quote: the middle round, or the mean of the middle two. */
class LatenciesTest {
  @Test
  void theMedianOfAnOddCountIsTheMiddleValueWhateverTheOrder() {
    assertThat(Latencies.median(new double[] {5, 1, 3})).isEqualTo(3);
    assertThat(Latencies.median(new double[] {7})).isEqualTo(7);
  }

  @Test
  void theMedianOfAnEvenCountIsTheMeanOfTheMiddleTwoNotTheUpperOne() {
    assertThat(Latencies.median(new double[] {101.1, 51.5})).isEqualTo(76.3);
    assertThat(Latencies.median(new double[] {4, 1, 3, 2})).isEqualTo(2.5);
  }

  @Test
  void theValuesAreLeftAsTheyWere() {
    double[] v = {3, 1, 2};
    Latencies.median(v);
    assertThat(v).containsExactly(3, 1, 2);
  }
}
