package org.derivx.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.JarURLConnection;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * Every font JLaTeXMath may draw with is loaded into JavaFX: a missing one falls back to the system
 * sans-serif, which drew {@code \mathbf{s}} as a sans-serif capital S (issue 18).
 */
@ExtendWith(ApplicationExtension.class)
class MathFontsTest {
  private static final String BASE = "org/scilab/forge/jlatexmath/";

  @Test
  void everyFontInTheJLaTeXMathJarsIsLoaded() throws Exception {
    List<String> inJars = new ArrayList<>();
    for (String probe :
        List.of(
            "fonts/base/jlm_cmex10.ttf",
            "greek/fonts/jlm_fcmrpg.ttf",
            "cyrillic/fonts/jlm_wnr10.ttf")) {
      URL url = getClass().getClassLoader().getResource(BASE + probe);
      assertThat(url).as(probe).isNotNull();
      JarURLConnection c = (JarURLConnection) url.openConnection();
      c.setUseCaches(false); // our own handle: closing it must not close the class loader's
      try (JarFile jar = c.getJarFile()) {
        jar.stream()
            .map(e -> e.getName())
            .filter(n -> n.startsWith(BASE) && n.endsWith(".ttf"))
            .map(n -> n.substring(BASE.length()))
            .forEach(inJars::add);
      }
    }
    assertThat(inJars).hasSizeGreaterThan(40);
    assertThat(MathFonts.FILES).containsExactlyInAnyOrderElementsOf(inJars);

    List<String> families = MathFonts.load();
    assertThat(families).hasSize(MathFonts.FILES.length);
    // \mathbf draws from Computer Modern bold extended
    assertThat(families).anySatisfy(f -> assertThat(f).containsIgnoringCase("cmbx10"));
  }
}
