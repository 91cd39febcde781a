package org.derivx.gui;

import java.io.IOException;
import java.io.InputStream;
import javafx.scene.text.Font;

/**
 * JLaTeXMath draws glyphs from its own TrueType fonts; FXGraphics2D finds them by family name, so
 * JavaFX must have loaded them before the first formula is drawn. Done once.
 */
public final class MathFonts {
  private static final String BASE = "/org/scilab/forge/jlatexmath/";
  private static final String[] FILES = {
    "fonts/base/jlm_cmex10.ttf", "fonts/base/jlm_cmmi10.ttf", "fonts/base/jlm_cmmib10.ttf",
    "fonts/maths/jlm_cmsy10.ttf", "fonts/maths/jlm_cmbsy10.ttf", "fonts/maths/jlm_msam10.ttf",
    "fonts/maths/jlm_msbm10.ttf", "fonts/maths/jlm_rsfs10.ttf", "fonts/maths/jlm_stmary10.ttf",
    "fonts/maths/jlm_special.ttf", "fonts/latin/jlm_cmr10.ttf", "fonts/latin/jlm_jlmr10.ttf",
    "fonts/latin/jlm_jlmi10.ttf", "fonts/latin/jlm_jlmbx10.ttf", "fonts/latin/jlm_jlmbi10.ttf",
    "fonts/latin/jlm_jlmsb10.ttf", "fonts/latin/jlm_jlmsbi10.ttf", "fonts/latin/jlm_jlmsi10.ttf",
    "fonts/latin/jlm_jlmss10.ttf", "fonts/latin/jlm_jlmtt10.ttf", "fonts/euler/jlm_eufb10.ttf",
    "fonts/euler/jlm_eufm10.ttf", "greek/fonts/jlm_fcmrpg.ttf", "greek/fonts/jlm_fcmripg.ttf",
    "greek/fonts/jlm_fcmbpg.ttf", "greek/fonts/jlm_fcmbipg.ttf"
  };
  private static boolean loaded;

  private MathFonts() {}

  public static synchronized void load() {
    if (loaded) {
      return;
    }
    loaded = true;
    for (String f : FILES) {
      try (InputStream in = MathFonts.class.getResourceAsStream(BASE + f)) {
        if (in != null) {
          Font.loadFont(in, 10);
        }
      } catch (IOException e) {
        // a missing optional font shows as a fallback glyph; the formula still draws
      }
    }
  }
}
