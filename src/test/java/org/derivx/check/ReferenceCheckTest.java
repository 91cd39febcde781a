package org.derivx.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.derivx.derivation.Dataset;
import org.derivx.derivation.Derivation;
import org.derivx.derivation.OperationAnnotation;
import org.derivx.io.Datasets;
import org.derivx.testing.SharedData;
import org.junit.jupiter.api.Test;

/**
 * The paper's own reference derivations (all five variants) must check clean, and our rule must
 * agree with the generator's annotation. Thresholds are the measured figures, so a regression
 * fails.
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
            s.operation() != null
                && (s.operation().rule().paperName().equals(a.operation())
                    || s.alternatives().stream()
                        .anyMatch(o -> o.rule().paperName().equals(a.operation())));
        agree += same ? 1 : 0;
      }
    }
    assertThat(steps).isEqualTo(2940);
    assertThat((double) clean / steps).isGreaterThanOrEqualTo(0.985);
    assertThat((double) agree / annotated).isGreaterThanOrEqualTo(0.995);
  }
}
