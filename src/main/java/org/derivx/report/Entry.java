package org.derivx.report;

import java.util.List;
import java.util.Map;
import org.derivx.annotate.Adjudication;
import org.derivx.annotate.DerivationLabel;
import org.derivx.annotate.Item;
import org.derivx.annotate.StepLabel;
import org.derivx.check.DerivationReport;
import org.derivx.derivation.Derivation;
import org.derivx.derivation.DerivationRecord;
import org.derivx.metrics.TextMetrics;

/**
 * Everything the report knows of one derivation: where it came from, the checker's report, the
 * flagger's probabilities (null if the flagger did not run), its text scores against the reference
 * of the same perturbation (null for references and when there is none), the scores the source file
 * stored for it (empty if none) and what annotators said.
 */
public record Entry(
    String file,
    DerivationRecord record,
    Derivation derivation,
    Item item,
    DerivationReport check,
    float[][] flags,
    TextMetrics.Scores scores,
    Map<String, Double> storedScores,
    List<StepLabel> humanSteps,
    List<DerivationLabel> humanDerivation,
    List<Adjudication> adjudications) {

  /** The model's name, "reference", or {@link Derivation#NO_MODEL} when the file names none. */
  public String model() {
    return derivation.author();
  }

  /** The perturbation; "static" when the file names none. */
  public String perturbation() {
    return Entries.perturbation(derivation);
  }
}
