package org.derivx.render;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.derivx.check.DerivationReport;
import org.derivx.check.StepResult;
import org.derivx.check.output.Justification;
import org.derivx.derivation.Derivation;
import org.derivx.derivation.Equation;
import org.derivx.derivation.Prompt;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGHints;
import org.scilab.forge.jlatexmath.TeXIcon;

/**
 * A derivation as a figure for papers: a title, the prompt, then each step numbered, typeset, with
 * its verdict's colour bar, symbol and justification. Drawn on any {@link Graphics2D}; written as
 * PNG (scaled for print) or SVG (text as outlines, so it looks the same without our fonts). The
 * same layout serves {@code derivx render} and the explorer's export.
 */
public final class DerivationFigure {
  /** One line of the figure: a label like "(3)" or "Given", the LaTeX, and its verdict if any. */
  public record Row(String label, String latex, VerdictStyle style, String note) {}

  private static final float MATH_SIZE = 18f;
  private static final int PAD = 16;
  private static final int LABEL_W = 64;
  private static final int BAR_W = 6;
  private static final int NOTE_H = 16;
  private static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 15);
  private static final Font LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
  private static final Font NOTE = new Font(Font.SANS_SERIF, Font.PLAIN, 12);

  private final String title;
  private final List<Row> rows;
  private int[] size;

  public DerivationFigure(String title, List<Row> rows) {
    this.title = title;
    this.rows = List.copyOf(rows);
  }

  /** The title line: "id · name (model)", or "id · model not given · perturbation". */
  public String title() {
    return title;
  }

  /** The figure of one derivation; {@code report} may be null (no verdicts shown). */
  public static DerivationFigure of(String id, Derivation d, DerivationReport report) {
    List<Row> rows = new ArrayList<>();
    Prompt p = d.prompt();
    if (p != null) {
      int k = 1;
      for (Equation e : p.premises()) {
        rows.add(new Row(k == 1 ? "Given" : "", e.displayLatex(), null, "(P" + k++ + ")"));
      }
      for (Equation e : p.intermediates()) {
        rows.add(new Row("Derive", e.displayLatex(), null, null));
      }
      if (p.goal() != null) {
        rows.add(new Row("Obtain", p.goal().displayLatex(), null, null));
      }
    }
    for (int k = 1; k <= d.size(); k++) {
      StepResult s =
          report != null && k <= report.steps().size() ? report.steps().get(k - 1) : null;
      VerdictStyle style = s == null ? null : VerdictStyle.of(s.verdict());
      String note = s == null ? null : style.word() + " — " + Justification.describe(s);
      rows.add(new Row("(" + k + ")", d.step(k).displayLatex(), style, note));
    }
    // a record without a model has no name worth showing ("steps" is only the reader's key)
    String name =
        d.isReference()
            ? d.name()
            : d.model() == null || d.model().isBlank()
                ? Derivation.NO_MODEL + (d.perturbation() == null ? "" : " · " + d.perturbation())
                : d.name() + " (" + d.model() + ")";
    return new DerivationFigure(id + " · " + name, rows);
  }

  /** Width and height in points (measured once). */
  public int[] size() {
    if (size == null) {
      size = measure();
    }
    return size.clone();
  }

  private int[] measure() {
    Graphics2D probe = new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB).createGraphics();
    try {
      int w = 360;
      int h = PAD + 24;
      for (Row r : rows) {
        TeXIcon icon = Formulas.icon(r.latex(), MATH_SIZE, Color.BLACK);
        int noteW =
            r.note() == null ? 0 : probe.getFontMetrics(NOTE).stringWidth(r.note()) + BAR_W * 3;
        w = Math.max(w, LABEL_W + BAR_W * 3 + Math.max(icon.getIconWidth(), noteW) + 2 * PAD);
        h += rowHeight(r, icon);
      }
      return new int[] {w, h + PAD};
    } finally {
      probe.dispose();
    }
  }

  private static int rowHeight(Row r, TeXIcon icon) {
    return Math.max(24, icon.getIconHeight()) + (r.note() != null ? NOTE_H : 0) + 8;
  }

  public void paint(Graphics2D g) {
    int[] size = size();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(
        RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setColor(Color.WHITE);
    g.fill(new Rectangle2D.Double(0, 0, size[0], size[1]));
    g.setColor(Color.BLACK);
    g.setFont(TITLE);
    g.drawString(title, PAD, PAD + 14);
    int y = PAD + 24;
    for (Row r : rows) {
      TeXIcon icon = Formulas.icon(r.latex(), MATH_SIZE, Color.BLACK);
      int h = rowHeight(r, icon);
      int x = PAD;
      g.setFont(LABEL);
      g.setColor(Color.DARK_GRAY);
      int mathH = Math.max(24, icon.getIconHeight());
      g.drawString(r.label(), x, y + mathH / 2 + 5);
      x += LABEL_W;
      if (r.style() != null) {
        g.setColor(r.style().awtColor());
        g.fill(new RoundRectangle2D.Double(x, y + 2, BAR_W, h - 10, 3, 3));
        g.setFont(LABEL.deriveFont(Font.BOLD));
        g.drawString(r.style().symbol(), x + BAR_W + 4, y + mathH / 2 + 5);
      }
      x += BAR_W * 3 + 4;
      icon.paintIcon(null, g, x, y + (mathH - icon.getIconHeight()) / 2);
      if (r.note() != null) {
        g.setFont(NOTE);
        g.setColor(r.style() != null ? r.style().awtColor().darker() : Color.GRAY);
        g.drawString(r.note(), x, y + mathH + NOTE_H - 3);
      }
      y += h;
    }
  }

  /** Writes a PNG at {@code scale} pixels per point (2 gives print-quality figures). */
  public void writePng(Path out, double scale) throws IOException {
    int[] size = size();
    BufferedImage img =
        new BufferedImage(
            (int) Math.ceil(size[0] * scale),
            (int) Math.ceil(size[1] * scale),
            BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = img.createGraphics();
    try {
      g.scale(scale, scale);
      paint(g);
    } finally {
      g.dispose();
    }
    if (!ImageIO.write(img, "png", out.toFile())) {
      throw new IOException("no PNG writer available");
    }
  }

  public String toSvg() {
    int[] size = size();
    SVGGraphics2D g = new SVGGraphics2D(size[0], size[1]);
    g.setRenderingHint(SVGHints.KEY_DRAW_STRING_TYPE, SVGHints.VALUE_DRAW_STRING_TYPE_VECTOR);
    paint(g);
    return g.getSVGDocument();
  }

  public void writeSvg(Path out) throws IOException {
    Files.writeString(out, toSvg(), StandardCharsets.UTF_8);
  }

  /** Writes PNG or SVG by the file's extension. */
  public void write(Path out) throws IOException {
    String name = out.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".svg")) {
      writeSvg(out);
    } else if (name.endsWith(".png")) {
      writePng(out, 2.0);
    } else {
      throw new IOException(out + ": the figure is written as .png or .svg");
    }
  }
}
