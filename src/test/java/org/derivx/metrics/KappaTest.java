package org.derivx.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class KappaTest {
  private static List<String> repeat(String s, int n) {
    return new ArrayList<>(Collections.nCopies(n, s));
  }

  @Test
  void cohenByHand() {
    // 50 items: both yes 20, a yes b no 5, a no b yes 10, both no 15.
    // po = 35/50 = 0.7; a says yes 25/50, b 30/50: pe = 0.5·0.6 + 0.5·0.4 = 0.5; κ = 0.2/0.5 = 0.4
    List<String> a = new ArrayList<>();
    List<String> b = new ArrayList<>();
    a.addAll(repeat("yes", 25));
    b.addAll(repeat("yes", 20));
    b.addAll(repeat("no", 5));
    a.addAll(repeat("no", 25));
    b.addAll(repeat("yes", 10));
    b.addAll(repeat("no", 15));
    assertThat(Kappa.cohen(a, b)).isCloseTo(0.4, within(1e-12));
    assertThat(Kappa.cohen(a, a)).isEqualTo(1.0);
    assertThat(Kappa.cohen(List.of("x", "x"), List.of("x", "x"))).isEqualTo(1.0);
    assertThat(Kappa.cohen(List.of(), List.of())).isNaN();
  }

  @Test
  void fleissByHand() {
    // Fleiss (1971) as tabulated on Wikipedia: 10 items, 14 raters, 5 categories; κ = 0.210
    int[][] table = {
      {0, 0, 0, 0, 14},
      {0, 2, 6, 4, 2},
      {0, 0, 3, 5, 6},
      {0, 3, 9, 2, 0},
      {2, 2, 8, 1, 1},
      {7, 7, 0, 0, 0},
      {3, 2, 6, 3, 0},
      {2, 5, 3, 2, 2},
      {6, 5, 2, 1, 0},
      {0, 2, 2, 3, 7}
    };
    List<List<String>> items = new ArrayList<>();
    for (int[] row : table) {
      List<String> item = new ArrayList<>();
      for (int c = 0; c < row.length; c++) {
        item.addAll(repeat("c" + c, row[c]));
      }
      items.add(item);
    }
    // P̄ = 0.37802, P̄e = 0.21344 → κ = (0.37802 − 0.21344)/(1 − 0.21344) = 0.20993
    assertThat(Kappa.fleiss(items)).isCloseTo(0.20993, within(5e-5));
    // two raters: Fleiss' κ is Scott's π; single-rated items are skipped
    items = List.of(List.of("a", "a"), List.of("a", "b"), List.of("b", "b"), List.of("a"));
    // P̄ = 2/3; shares a 3/6, b 3/6 → pe = 0.5; κ = (2/3 − 1/2)/(1/2) = 1/3
    assertThat(Kappa.fleiss(items)).isCloseTo(1.0 / 3, within(1e-12));
    assertThat(Kappa.fleiss(List.of(List.of("a")))).isNaN();
  }
}
