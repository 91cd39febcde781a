package org.derivx.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Arrays;
import java.util.Locale;
import org.derivx.report.Chart;

/**
 * Draws a {@link Chart} on any {@link Graphics2D}: a PNG image, an SVG document (JFreeSVG) or the
 * window's canvas (FXGraphics2D), so what the Report view shows is what the files contain.
 */
public final class ChartPainter {
  /** Colours of the frame around the data. */
  public record Theme(Color background, Color foreground, Color grid) {
    public static final Theme LIGHT =
        new Theme(Color.WHITE, new Color(0x222222), new Color(0xDDDDDD));
    public static final Theme DARK =
        new Theme(new Color(0x1E1E1E), new Color(0xE6E6E6), new Color(0x444444));
  }

  private ChartPainter() {}

  public static void paint(Graphics2D g, double w, double h, Chart c, Theme t) {
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(
        RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setPaint(t.background());
    g.fill(new Rectangle2D.Double(0, 0, w, h));
    g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
    g.setPaint(t.foreground());
    g.drawString(c.title(), 16f, 24f);
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
    if (c.groups().isEmpty()) {
      g.drawString("no data", 16f, 56f);
      return;
    }
    if (c.kind() == Chart.Kind.HEAT_MAP) {
      heatMap(g, w, h, c, t);
    } else {
      bars(g, w, h, c, t);
    }
  }

  private static void bars(Graphics2D g, double w, double h, Chart c, Theme t) {
    FontMetrics fm = g.getFontMetrics();
    double legendW = 0;
    for (String s : c.series()) {
      legendW = Math.max(legendW, fm.stringWidth(s) + 22);
    }
    double labelH = 0;
    for (String s : c.groups()) {
      labelH = Math.max(labelH, fm.stringWidth(s));
    }
    labelH = Math.min(labelH * 0.71 + 12, h * 0.35);
    double left = 60;
    double top = 44;
    double right = w - legendW - 24;
    double bottom = h - labelH - 16;
    double[] range = range(c);
    double lo = range[0];
    double hi = range[1];
    // grid and value axis
    g.setStroke(new BasicStroke(1f));
    double[] ticks = ticks(lo, hi);
    int decimals = ticks.length < 2 ? 2 : decimals(ticks[1] - ticks[0]);
    for (double v : ticks) {
      double y = y(v, lo, hi, top, bottom);
      g.setPaint(t.grid());
      g.draw(new Line2D.Double(left, y, right, y));
      g.setPaint(t.foreground());
      String s = format(v, c.kind() == Chart.Kind.STACKED, decimals);
      g.drawString(s, (float) (left - 6 - fm.stringWidth(s)), (float) (y + 4));
    }
    AffineTransform saved = g.getTransform();
    g.rotate(-Math.PI / 2);
    g.drawString(
        c.valueLabel(), (float) (-(top + bottom) / 2 - fm.stringWidth(c.valueLabel()) / 2.0), 14f);
    g.setTransform(saved);
    int groups = c.groups().size();
    int series = c.series().size();
    double slot = (right - left) / groups;
    double barW = slot * 0.7;
    for (int gi = 0; gi < groups; gi++) {
      double x0 = left + gi * slot + (slot - barW) / 2;
      double acc = 0;
      for (int s = 0; s < series; s++) {
        double v = c.values()[s][gi];
        g.setPaint(Color.decode(c.colours().get(s % c.colours().size())));
        if (c.kind() == Chart.Kind.STACKED) {
          double y1 = y(acc, lo, hi, top, bottom);
          double y2 = y(acc + v, lo, hi, top, bottom);
          g.fill(new Rectangle2D.Double(x0, y2, barW, y1 - y2));
          acc += v;
        } else {
          double bw = barW / series;
          double y0 = y(0, lo, hi, top, bottom);
          double yv = y(v, lo, hi, top, bottom);
          g.fill(
              new Rectangle2D.Double(x0 + s * bw, Math.min(y0, yv), bw * 0.92, Math.abs(yv - y0)));
        }
      }
      // group label, slanted
      g.setPaint(t.foreground());
      AffineTransform before = g.getTransform();
      g.translate(left + gi * slot + slot / 2, bottom + 12);
      g.rotate(Math.PI / 4);
      g.drawString(c.groups().get(gi), 0f, 0f);
      g.setTransform(before);
    }
    if (lo < 0) {
      g.setPaint(t.foreground());
      double y0 = y(0, lo, hi, top, bottom);
      g.draw(new Line2D.Double(left, y0, right, y0));
    }
    // legend
    double lx = right + 16;
    double ly = top + 4;
    for (int s = 0; s < series; s++) {
      g.setPaint(Color.decode(c.colours().get(s % c.colours().size())));
      g.fill(new Rectangle2D.Double(lx, ly + s * 20, 12, 12));
      g.setPaint(t.foreground());
      g.drawString(c.series().get(s), (float) (lx + 18), (float) (ly + s * 20 + 11));
    }
  }

  private static void heatMap(Graphics2D g, double w, double h, Chart c, Theme t) {
    FontMetrics fm = g.getFontMetrics();
    int rows = c.series().size();
    int cols = c.groups().size();
    double labelW = 0;
    for (String s : c.series()) {
      labelW = Math.max(labelW, fm.stringWidth(s));
    }
    double left = labelW + 24;
    double top = 64;
    double cell = Math.min((w - left - 16) / cols, (h - top - 16) / rows);
    for (int j = 0; j < cols; j++) {
      String s = c.groups().get(j);
      g.setPaint(t.foreground());
      g.drawString(
          s, (float) (left + j * cell + (cell - fm.stringWidth(s)) / 2), (float) (top - 8));
    }
    for (int i = 0; i < rows; i++) {
      double rowTotal = 0;
      for (int j = 0; j < cols; j++) {
        rowTotal += c.values()[i][j];
      }
      g.setPaint(t.foreground());
      g.drawString(c.series().get(i), 12f, (float) (top + i * cell + cell / 2 + 4));
      for (int j = 0; j < cols; j++) {
        double v = c.values()[i][j];
        double share = rowTotal == 0 ? 0 : v / rowTotal;
        // every cell visible, even an empty one; agreement (the diagonal) outlined
        g.setPaint(blend(t.background(), new Color(0x0072B2), 0.05 + 0.95 * share));
        Rectangle2D box =
            new Rectangle2D.Double(left + j * cell, top + i * cell, cell - 2, cell - 2);
        g.fill(box);
        g.setPaint(i == j ? t.foreground() : t.grid());
        g.draw(box);
        g.setPaint(share > 0.5 ? Color.WHITE : t.foreground());
        String s = String.valueOf((long) v);
        g.drawString(
            s,
            (float) (left + j * cell + (cell - fm.stringWidth(s)) / 2),
            (float) (top + i * cell + cell / 2 + 4));
      }
    }
  }

  private static Color blend(Color a, Color b, double t) {
    return new Color(
        (int) Math.round(a.getRed() + (b.getRed() - a.getRed()) * t),
        (int) Math.round(a.getGreen() + (b.getGreen() - a.getGreen()) * t),
        (int) Math.round(a.getBlue() + (b.getBlue() - a.getBlue()) * t));
  }

  private static double[] range(Chart c) {
    if (c.kind() == Chart.Kind.STACKED) {
      return new double[] {0, 1};
    }
    double lo = 0;
    double hi = 0;
    for (double[] s : c.values()) {
      for (double v : s) {
        lo = Math.min(lo, v);
        hi = Math.max(hi, v);
      }
    }
    if (hi - lo < 1e-9) {
      hi = lo + 1;
    }
    double pad = (hi - lo) * 0.08;
    return new double[] {lo < 0 ? lo - pad : 0, hi + pad};
  }

  private static double[] ticks(double lo, double hi) {
    double step = Math.pow(10, Math.floor(Math.log10((hi - lo) / 4)));
    if ((hi - lo) / step > 8) {
      step *= 2.5;
    }
    int n = 0;
    double[] out = new double[40];
    for (double v = Math.ceil(lo / step) * step; v <= hi + 1e-12 && n < out.length; v += step) {
      out[n++] = Math.abs(v) < 1e-12 ? 0 : v;
    }
    return Arrays.copyOf(out, n);
  }

  private static double y(double v, double lo, double hi, double top, double bottom) {
    return bottom - (v - lo) / (hi - lo) * (bottom - top);
  }

  /** Decimals that show a tick step exactly (0.025 → 3). */
  private static int decimals(double step) {
    return Math.max(0, new BigDecimal(step).round(new MathContext(2)).stripTrailingZeros().scale());
  }

  private static String format(double v, boolean percent, int decimals) {
    return percent
        ? String.format(Locale.ROOT, "%.0f%%", v * 100)
        : String.format(Locale.ROOT, "%." + decimals + "f", v);
  }
}
