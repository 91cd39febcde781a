package org.derivx.render;

import java.awt.Font;

/**
 * Starts AWT's font manager, which reads the system's fontconfig setup, on the calling thread.
 *
 * <p>The window draws formulas with JLaTeXMath, whose fonts are AWT fonts, and warms JLaTeXMath up
 * on a background thread while the FX thread builds the window with JavaFX's own fonts. Both
 * toolkits call the native fontconfig library, and when AWT's first use (the font manager reading
 * the configuration) ran while JavaFX was loading fonts, the JVM died with SIGSEGV in {@code
 * libfontconfig.so.1} (seen twice in {@code bench gui} on Debian 12, fontconfig 2.14, the crashing
 * thread in {@code sun.font.FontConfigManager.getFontConfig}). So the window starts AWT's font
 * manager before JavaFX starts: after that, AWT only reads the font files it is given.
 */
public final class AwtFonts {
  private AwtFonts() {}

  /** Starts the font manager now (about 0.1 s the first time; nothing after). */
  public static void start() {
    // resolving a logical font makes the font manager and its fontconfig configuration
    new Font(Font.SERIF, Font.PLAIN, 12).getNumGlyphs();
  }
}
