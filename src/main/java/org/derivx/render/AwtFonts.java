package org.derivx.render;

import java.awt.Font;
import java.util.Locale;

/**
 * Starts AWT's font manager, which reads the system's fontconfig setup, on the calling thread.
 *
 * <p>The window draws formulas with JLaTeXMath, whose fonts are AWT fonts, and warms JLaTeXMath up
 * on a background thread while the FX thread builds the window with JavaFX's own fonts. Both
 * toolkits call the native fontconfig library, and when AWT's first use (the font manager reading
 * the configuration) ran while JavaFX was loading fonts, the JVM died with SIGSEGV in {@code
 * libfontconfig.so.1} (seen twice in {@code bench gui} on Debian 12, fontconfig 2.14, the crashing
 * thread in {@code sun.font.FontConfigManager.getFontConfig}). So on Linux the window starts AWT's
 * font manager, and with it AWT's reading of the fontconfig setup, before JavaFX starts. That is
 * the start-up race; a later AWT call can still reach fontconfig (anti-aliasing settings, a family
 * looked up that is not found), so the race is made rare, not proven gone. JLaTeXMath's own fonts
 * are read from their files. macOS and Windows do not use fontconfig: nothing is done there.
 */
public final class AwtFonts {
  private AwtFonts() {}

  /** Starts the font manager now, on Linux (about 0.1–0.2 s the first time; nothing after). */
  public static void start() {
    if (!System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux")) {
      return;
    }
    // resolving a logical font makes the font manager and its fontconfig configuration
    new Font(Font.SERIF, Font.PLAIN, 12).getNumGlyphs();
  }
}
