package org.derivx.render;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.derivx.report.Chart;
import org.jfree.svg.SVGGraphics2D;

/** A chart as a PNG image or an SVG document, both drawn by {@link ChartPainter}. */
public final class ChartFiles {
  private ChartFiles() {}

  public static final int WIDTH = 900;
  public static final int HEIGHT = 520;

  public static void png(Chart c, Path out) throws IOException {
    BufferedImage img = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    try {
      ChartPainter.paint(g, WIDTH, HEIGHT, c, ChartPainter.Theme.LIGHT);
    } finally {
      g.dispose();
    }
    ImageIO.write(img, "png", out.toFile());
  }

  public static String svg(Chart c) {
    SVGGraphics2D g = new SVGGraphics2D(WIDTH, HEIGHT);
    ChartPainter.paint(g, WIDTH, HEIGHT, c, ChartPainter.Theme.LIGHT);
    return g.getSVGDocument();
  }

  public static void svg(Chart c, Path out) throws IOException {
    Files.writeString(out, svg(c), StandardCharsets.UTF_8);
  }
}
