package org.derivx.gui;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.text.Font;

/**
 * JLaTeXMath draws glyphs from its own TrueType fonts; FXGraphics2D finds them by family name, so
 * JavaFX must have loaded them before the first formula is drawn. Done once.
 */
public final class MathFonts {
  private static final String BASE = "/org/scilab/forge/jlatexmath/";
  // every TrueType font the JLaTeXMath jars carry, the "optional" ones included: \\mathbf (cmbx10),
  // \\mathit, \\mathsf, \\mathtt and \\mathbb draw from those, and a font JavaFX has not loaded
  // falls back to the system sans-serif (\\mathbf{s} came out as a sans-serif capital S)
  static final String[] FILES = {
    "fonts/base/jlm_cmex10.ttf",
    "fonts/base/jlm_cmmi10.ttf",
    "fonts/base/jlm_cmmib10.ttf",
    "fonts/maths/jlm_cmsy10.ttf",
    "fonts/maths/jlm_cmbsy10.ttf",
    "fonts/maths/jlm_msam10.ttf",
    "fonts/maths/jlm_msbm10.ttf",
    "fonts/maths/jlm_rsfs10.ttf",
    "fonts/maths/jlm_stmary10.ttf",
    "fonts/maths/jlm_special.ttf",
    "fonts/maths/optional/jlm_dsrom10.ttf",
    "fonts/latin/jlm_cmr10.ttf",
    "fonts/latin/jlm_jlmr10.ttf",
    "fonts/latin/jlm_jlmi10.ttf",
    "fonts/latin/jlm_jlmbx10.ttf",
    "fonts/latin/jlm_jlmbi10.ttf",
    "fonts/latin/jlm_jlmsb10.ttf",
    "fonts/latin/jlm_jlmsbi10.ttf",
    "fonts/latin/jlm_jlmsi10.ttf",
    "fonts/latin/jlm_jlmss10.ttf",
    "fonts/latin/jlm_jlmtt10.ttf",
    "fonts/latin/optional/jlm_cmbx10.ttf",
    "fonts/latin/optional/jlm_cmbxti10.ttf",
    "fonts/latin/optional/jlm_cmss10.ttf",
    "fonts/latin/optional/jlm_cmssbx10.ttf",
    "fonts/latin/optional/jlm_cmssi10.ttf",
    "fonts/latin/optional/jlm_cmti10.ttf",
    "fonts/latin/optional/jlm_cmtt10.ttf",
    "fonts/euler/jlm_eufb10.ttf",
    "fonts/euler/jlm_eufm10.ttf",
    "greek/fonts/jlm_fcmrpg.ttf",
    "greek/fonts/jlm_fcmripg.ttf",
    "greek/fonts/jlm_fcmbpg.ttf",
    "greek/fonts/jlm_fcmbipg.ttf",
    "greek/fonts/jlm_fcsbpg.ttf",
    "greek/fonts/jlm_fcsropg.ttf",
    "greek/fonts/jlm_fcsrpg.ttf",
    "greek/fonts/jlm_fctrpg.ttf",
    "cyrillic/fonts/jlm_wnbx10.ttf",
    "cyrillic/fonts/jlm_wnbxti10.ttf",
    "cyrillic/fonts/jlm_wnr10.ttf",
    "cyrillic/fonts/jlm_wnss10.ttf",
    "cyrillic/fonts/jlm_wnssbx10.ttf",
    "cyrillic/fonts/jlm_wnssi10.ttf",
    "cyrillic/fonts/jlm_wnti10.ttf",
    "cyrillic/fonts/jlm_wntt10.ttf"
  };
  private static List<String> loaded;

  private MathFonts() {}

  /** Loads every font once; returns the families JavaFX now knows (for tests and diagnostics). */
  public static synchronized List<String> load() {
    if (loaded == null) {
      List<String> families = new ArrayList<>();
      for (String f : FILES) {
        try (InputStream in = MathFonts.class.getResourceAsStream(BASE + f)) {
          Font font = in == null ? null : Font.loadFont(in, 10);
          if (font != null) {
            families.add(font.getFamily());
          }
        } catch (IOException e) {
          // a font that cannot be read shows as a fallback glyph; the formula still draws
        }
      }
      loaded = List.copyOf(families);
    }
    return loaded;
  }
}
