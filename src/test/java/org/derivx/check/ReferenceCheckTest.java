package org.derivx.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.derivx.check.run.BatchChecker;
import org.derivx.check.run.CheckListener;
import org.derivx.derivation.Dataset;
import org.derivx.derivation.Derivation;
import org.derivx.derivation.OperationAnnotation;
import org.derivx.io.Datasets;
import org.derivx.testing.SharedData;
import org.junit.jupiter.api.Test;

/**
 * The paper's own reference derivations (all five variants) must check clean, and our rule must
 * agree with the generator's annotation. Thresholds are the measured figures, so a regression
 * fails. What is not clean is so by a written policy or a flaw of the data, asserted below: record
 * 89's goal divides by an expression that is zero under its premise (guide, extension 9), record
 * 50's VR perturbation renamed the integration variable everywhere but inside one integral, and
 * record 19 multiplies by an expression that step 2 says is zero (the step stays VALID: combining
 * steps 2 and 3 gives it too).
 */
class ReferenceCheckTest {
  @Test
  void referencesArePremiseOrValidAndRulesMatchTheAnnotations() throws Exception {
    Dataset d = Datasets.load(SharedData.require("chatgpt_results.json"));
    List<BatchChecker.Job> jobs =
        d.records().stream()
            .flatMap(
                r ->
                    r.variants().stream()
                        .filter(Derivation::isReference)
                        .map(v -> new BatchChecker.Job(r.id(), v)))
            .toList();
    var reports =
        new BatchChecker(CheckOptions.defaults().withSymbolic(false), 2)
            .run(jobs, CheckListener.NONE);
    int steps = 0;
    int clean = 0;
    int annotated = 0;
    int agree = 0;
    for (int i = 0; i < jobs.size(); i++) {
      Derivation v = jobs.get(i).derivation();
      for (StepResult s : reports.get(i).steps()) {
        steps++;
        if (s.verdict() == Verdict.PREMISE || s.verdict() == Verdict.VALID) {
          clean++;
        }
        OperationAnnotation a = v.annotations().get(s.step() - 1);
        if (a.isPremise()) {
          continue;
        }
        annotated++;
        boolean same =
            s.justification().isPresent()
                && (s.justification().get().rule().paperName().equals(a.operation())
                    || s.alternatives().stream()
                        .anyMatch(o -> o.rule().paperName().equals(a.operation())));
        agree += same ? 1 : 0;
      }
    }
    assertThat(steps).isEqualTo(2940);
    assertThat((double) clean / steps).isGreaterThanOrEqualTo(0.986);
    assertThat((double) agree / annotated).isGreaterThanOrEqualTo(0.993);
    for (int i = 0; i < jobs.size(); i++) {
      String id = jobs.get(i).id();
      String variant = jobs.get(i).derivation().name();
      List<StepResult> s = reports.get(i).steps();
      if (id.endsWith("#89") && !variant.startsWith("AG")) {
        assertThat(s.get(5).verdict()).as(variant).isEqualTo(Verdict.INCORRECT);
        assertThat(s.get(5).detail()).as(variant).contains("which is 0 under the premises");
      }
      if (id.endsWith("#50") && variant.startsWith("VR")) {
        assertThat(s.get(3).verdict()).isEqualTo(Verdict.INCORRECT);
      }
    }
  }
}
