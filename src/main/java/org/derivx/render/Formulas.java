package org.derivx.render;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Insets;
import java.awt.image.BufferedImage;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.scilab.forge.jlatexmath.ParseException;
import org.scilab.forge.jlatexmath.TeXConstants;
import org.scilab.forge.jlatexmath.TeXFormula;
import org.scilab.forge.jlatexmath.TeXIcon;

/**
 * Typesets LaTeX with JLaTeXMath. Our normalised LaTeX is tried first, then the raw text; what
 * JLaTeXMath cannot read is shown verbatim in typewriter type, never dropped. Icons are cached (a
 * derivation is redrawn on every selection change).
 */
public final class Formulas {
  private static final int CACHE = 2048;
  private static final Map<String, TeXIcon> ICONS =
      Collections.synchronizedMap(
          new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, TeXIcon> e) {
              return size() > CACHE;
            }
          });

  private Formulas() {}

  /** An icon for {@code latex} at {@code size} points, drawn in {@code colour}. */
  public static TeXIcon icon(String latex, float size, Color colour) {
    String key = size + "|" + colour.getRGB() + "|" + latex;
    return ICONS.computeIfAbsent(key, k -> create(latex, size, colour));
  }

  /**
   * Typesets {@code latex} afresh (bypassing the cache) and paints it into an image: the work a
   * formula costs the first time it is shown. For benchmarks; returns the width in pixels.
   */
  public static int typesetAndPaint(String latex, float size) {
    TeXIcon icon = create(latex, size, Color.BLACK);
    BufferedImage img =
        new BufferedImage(
            Math.max(1, icon.getIconWidth()),
            Math.max(1, icon.getIconHeight()),
            BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = img.createGraphics();
    icon.paintIcon(null, g, 0, 0);
    g.dispose();
    return img.getWidth();
  }

  /**
   * Makes JLaTeXMath load its symbol tables and fonts (over a second the first time), so that
   * happens on a background thread at start-up, not when the first formula is drawn.
   */
  public static void warmUp() {
    typesetAndPaint("\\frac{d}{d x} \\int \\sin{(x)} e^{x^{2}} d x = \\alpha_{1}", 17f);
  }

  /** True when JLaTeXMath can typeset {@code latex} as it is. */
  public static boolean typesets(String latex) {
    try {
      new TeXFormula(latex);
      return true;
    } catch (ParseException | IllegalArgumentException | NullPointerException e) {
      return false;
    }
  }

  private static TeXIcon create(String latex, float size, Color colour) {
    TeXFormula formula;
    try {
      formula = new TeXFormula(latex);
    } catch (ParseException | IllegalArgumentException | NullPointerException e) {
      try {
        formula = new TeXFormula("\\texttt{" + escape(latex) + "}");
      } catch (ParseException | IllegalArgumentException | NullPointerException again) {
        formula = new TeXFormula("\\text{(cannot typeset)}");
      }
    }
    TeXIcon icon = formula.createTeXIcon(TeXConstants.STYLE_DISPLAY, size);
    icon.setForeground(colour);
    icon.setInsets(new Insets(2, 2, 2, 2));
    return icon;
  }

  /** {@code latex} as literal text for {@code \texttt}. */
  static String escape(String latex) {
    StringBuilder out = new StringBuilder();
    for (char c : latex.toCharArray()) {
      switch (c) {
        case '\\' -> out.append("\\backslash ");
        case '{', '}', '_', '^', '#', '$', '%', '&', '~' -> out.append('\\').append(c);
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
