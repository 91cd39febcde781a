package org.derivx.check.numeric;

/** Gauss–Legendre nodes and weights on [-1, 1], computed once by Newton's method. */
final class GaussLegendre {
  static final double[] NODES_8 = new double[8];
  static final double[] WEIGHTS_8 = new double[8];
  static final double[] NODES_16 = new double[16];
  static final double[] WEIGHTS_16 = new double[16];

  static {
    compute(NODES_8, WEIGHTS_8);
    compute(NODES_16, WEIGHTS_16);
  }

  private GaussLegendre() {}

  private static void compute(double[] nodes, double[] weights) {
    int n = nodes.length;
    for (int i = 0; i < n; i++) {
      double x = Math.cos(Math.PI * (i + 0.75) / (n + 0.5));
      double derivative = 0;
      for (int iter = 0; iter < 100; iter++) {
        double p0 = 1;
        double p1 = x;
        for (int k = 2; k <= n; k++) {
          double p2 = ((2 * k - 1) * x * p1 - (k - 1) * p0) / k;
          p0 = p1;
          p1 = p2;
        }
        derivative = n * (x * p1 - p0) / (x * x - 1);
        double dx = p1 / derivative;
        x -= dx;
        if (Math.abs(dx) < 1e-16) {
          break;
        }
      }
      nodes[i] = x;
      weights[i] = 2 / ((1 - x * x) * derivative * derivative);
    }
  }
}
