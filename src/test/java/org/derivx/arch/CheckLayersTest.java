package org.derivx.arch;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The checker's parts, bottom to top: the vocabulary ({@code check}: verdicts, results, options,
 * operations, the work budget), {@code algebra} (trees, canonical forms, derivatives,
 * substitution), {@code numeric} (evaluation at sample points), {@code rules} (single operations,
 * constants, the search), {@code decision} (one derivation's verdicts), {@code run} (the checkers
 * the faces call) and, beside them, {@code output} (words and formats, from results alone).
 */
@AnalyzeClasses(packages = "org.derivx.check", importOptions = ImportOption.DoNotIncludeTests.class)
class CheckLayersTest {
  @ArchTest
  static final ArchRule layers =
      layeredArchitecture()
          .consideringOnlyDependenciesInLayers()
          .layer("vocabulary")
          .definedBy("org.derivx.check")
          .layer("algebra")
          .definedBy("org.derivx.check.algebra..")
          .layer("numeric")
          .definedBy("org.derivx.check.numeric..")
          .layer("rules")
          .definedBy("org.derivx.check.rules..")
          .layer("decision")
          .definedBy("org.derivx.check.decision..")
          .layer("run")
          .definedBy("org.derivx.check.run..")
          .layer("output")
          .definedBy("org.derivx.check.output..")
          .whereLayer("run")
          .mayNotBeAccessedByAnyLayer()
          .whereLayer("output")
          .mayNotBeAccessedByAnyLayer()
          .whereLayer("decision")
          .mayOnlyBeAccessedByLayers("run")
          .whereLayer("rules")
          .mayOnlyBeAccessedByLayers("decision", "run")
          .whereLayer("numeric")
          .mayOnlyBeAccessedByLayers("rules", "decision", "run")
          .whereLayer("algebra")
          .mayOnlyBeAccessedByLayers("numeric", "rules", "decision", "run")
          .because(
              "each part of the checker builds only on the parts below it, so each can be read,"
                  + " tested and replaced on its own");

  @ArchTest
  static final ArchRule noCycles =
      slices()
          .matching("org.derivx.check.(*)..")
          .should()
          .beFreeOfCycles()
          .because("a cycle between the checker's parts would make them one part");
}
