package org.derivx.arch;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.OptionalInt;
import javafx.stage.Stage;
import org.derivx.gui.DerivxApp;
import org.derivx.gui.GuiLauncher;
import org.derivx.render.AwtFonts;
import org.derivx.render.Formulas;
import org.junit.jupiter.api.Test;

/**
 * AWT's fonts start before anything else can use fontconfig at the same time as JavaFX: the JVM
 * died in libfontconfig when the formula warm-up thread started them while the window was loading
 * JavaFX's fonts (see {@link AwtFonts}). A race is not reproduced on demand, so the order is held
 * here: the launcher starts AWT's fonts before it starts JavaFX, and the application does before it
 * starts the thread that warms the formulas up.
 */
class FontStartTest {
  private static final JavaClasses CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.derivx.gui", "org.derivx.render");

  private static OptionalInt firstLine(JavaMethod m, Class<?> owner, String name) {
    return m.getMethodCallsFromSelf().stream()
        .filter(c -> c.getTargetOwner().isEquivalentTo(owner) && c.getName().equals(name))
        .mapToInt(JavaMethodCall::getLineNumber)
        .min();
  }

  @Test
  void theLauncherStartsAwtFontsBeforeJavaFx() {
    JavaMethod launch =
        CLASSES
            .get(GuiLauncher.class)
            .getMethod("launch", java.util.List.class, GuiLauncher.Options.class);
    OptionalInt fonts = firstLine(launch, AwtFonts.class, "start");
    OptionalInt javafx = firstLine(launch, javafx.application.Application.class, "launch");
    assertThat(fonts).isPresent();
    assertThat(javafx).isPresent();
    assertThat(fonts.getAsInt()).isLessThan(javafx.getAsInt());
  }

  @Test
  void theApplicationStartsAwtFontsBeforeTheFormulaWarmUp() {
    JavaMethod start = CLASSES.get(DerivxApp.class).getMethod("start", Stage.class);
    OptionalInt fonts = firstLine(start, AwtFonts.class, "start");
    OptionalInt thread = firstLine(start, Thread.class, "start");
    assertThat(fonts).isPresent();
    assertThat(thread).isPresent();
    assertThat(fonts.getAsInt()).isLessThan(thread.getAsInt());
    // and the warm-up is only ever started there
    assertThat(
            CLASSES.get(Formulas.class).getMethod("warmUp").getCallsOfSelf().stream()
                .map(c -> c.getOriginOwner().getName()))
        .allMatch(owner -> owner.startsWith(DerivxApp.class.getName()));
  }
}
