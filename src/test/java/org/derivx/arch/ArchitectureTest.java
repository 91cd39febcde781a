package org.derivx.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layering of DEVELOPERS.md, enforced: one engine, two faces. */
@AnalyzeClasses(packages = "org.derivx", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
  private static final String[] CORE = {
    "org.derivx.expr..",
    "org.derivx.derivation..",
    "org.derivx.io..",
    "org.derivx.latex..",
    "org.derivx.cas..",
    "org.derivx.check..",
    "org.derivx.flagger..",
    "org.derivx.synth..",
    "org.derivx.inject..",
    "org.derivx.annotate..",
    "org.derivx.metrics..",
    "org.derivx.report.."
  };

  @ArchTest
  static final ArchRule coreDoesNotDraw =
      noClasses()
          .that()
          .resideInAnyPackage(CORE)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.derivx.render..")
          .because("the engine computes; render draws what it computed, for both faces");

  @ArchTest
  static final ArchRule coreHasNoUi =
      noClasses()
          .that()
          .resideInAnyPackage(CORE)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("javafx..", "java.awt..", "javax.swing..")
          .because("the engine runs headless in the CLI and in tests; only the faces draw");

  @ArchTest
  static final ArchRule javafxOnlyInGui =
      noClasses()
          .that()
          .resideOutsideOfPackage("org.derivx.gui..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("javafx..", "org.jfree.fx..", "org.fxmisc..")
          .because("the CLI (render, check) must run without a toolkit; the window lives in gui");

  @ArchTest
  static final ArchRule awtOnlyForFigures =
      noClasses()
          .that()
          .resideOutsideOfPackages("org.derivx.render..", "org.derivx.gui..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("java.awt..", "javax.swing..", "javax.imageio..")
          .because(
              "render draws figures with AWT for both faces (JLaTeXMath and JFreeSVG are AWT);"
                  + " nothing else draws");

  @ArchTest
  static final ArchRule symjaOnlyInCas =
      noClasses()
          .that()
          .resideOutsideOfPackage("org.derivx.cas..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.matheclipse..")
          .because("Symja has global state and must only see expressions our parser built");

  @ArchTest
  static final ArchRule djlOnlyInFlagger =
      noClasses()
          .that()
          .resideOutsideOfPackage("org.derivx.flagger..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("ai.djl..")
          .because("native libraries load in one place, behind one API (flagger.TorchRuntime)");

  @ArchTest
  static final ArchRule coreDoesNotUseTheFaces =
      noClasses()
          .that()
          .resideInAnyPackage(CORE)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.derivx.cli..", "org.derivx.gui..")
          .because("the faces use the engine, never the other way round");

  @ArchTest
  static final ArchRule treeAndModelStandAlone =
      noClasses()
          .that()
          .resideInAnyPackage("org.derivx.expr..", "org.derivx.derivation..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "org.derivx.latex..",
              "org.derivx.io..",
              "org.derivx.cas..",
              "org.derivx.check..",
              "com.fasterxml..")
          .because("the expression tree and the data model are plain records everyone depends on");

  @ArchTest
  static final ArchRule llamaOnlyInTheModelProcess =
      noClasses()
          .that()
          .resideOutsideOfPackage("org.derivx.lm.runtime..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("de.kherud..")
          .because(
              "llama.cpp aborts its process on some inputs and keeps native threads: it runs only"
                  + " in the child JVM of lm.ModelProcess");

  @ArchTest
  static final ArchRule nothingCallsTheModelProcessDirectly =
      noClasses()
          .that()
          .resideOutsideOfPackage("org.derivx.lm.runtime..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.derivx.lm.runtime..")
          .because("the model process is started by class name in a child JVM, never in ours");

  @ArchTest
  static final ArchRule lmHasNoUi =
      noClasses()
          .that()
          .resideInAnyPackage("org.derivx.lm..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "javafx..", "java.awt..", "javax.swing..", "org.derivx.cli..", "org.derivx.gui..")
          .because("the model runtime serves both faces");
}
