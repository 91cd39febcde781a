package org.derivx.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.derivx.annotate.AnnotationStore;
import org.derivx.annotate.Item;
import org.derivx.derivation.Derivation;
import org.derivx.derivation.DerivationRecord;
import org.derivx.derivation.Label;
import org.derivx.derivation.StepCategory;
import org.derivx.flagger.FlaggerModel;
import org.derivx.flagger.FlaggerTrainer;
import org.derivx.flagger.Models;
import org.derivx.io.Datasets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code train --annotations DB}: a lab whose convention contradicts the shipped model on one
 * pattern (a derivative written down already evaluated, one step from the definition: the checker,
 * and so the model, call it SKIPPED; the lab calls it VALID) moves the model on that pattern, on
 * derivations it did not see, and leaves the rest within 2 points.
 */
class FineTuneFromAnnotationsTest {
  /** Function, its derivative in the variable {@code x}. */
  private static final String[][] TRAIN = {
    {"x^{2}", "2 x"},
    {"x^{3}", "3 x^{2}"},
    {"\\sin{(x)}", "\\cos{(x)}"},
    {"\\cos{(x)}", "- \\sin{(x)}"},
    {"e^{x}", "e^{x}"},
    {"x^{4}", "4 x^{3}"},
    {"x^{2} + x", "2 x + 1"},
    {"3 x^{2}", "6 x"},
    {"\\sin{(x)} + x", "\\cos{(x)} + 1"},
    {"x e^{x}", "x e^{x} + e^{x}"},
    {"x^{5}", "5 x^{4}"},
    {"2 \\cos{(x)}", "- 2 \\sin{(x)}"},
  };

  private static final String[][] HELD_OUT = {
    {"x^{6}", "6 x^{5}"},
    {"\\sin{(x)} + x^{2}", "\\cos{(x)} + 2 x"},
    {"4 x^{3}", "12 x^{2}"},
    {"e^{x} + x", "e^{x} + 1"},
    {"x \\sin{(x)}", "x \\cos{(x)} + \\sin{(x)}"},
    {"5 e^{x}", "5 e^{x}"},
  };

  private static final String[] FUNCTIONS = {"f", "g", "h", "u"};
  private static final String[] VARIABLES = {"x", "t", "s", "y"};

  @TempDir Path dir;

  private static String[] run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = DerivxCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    assertThat(code).as(err + "\n" + out).isZero();
    return new String[] {out.toString(), err.toString()};
  }

  /** One derivation per row and naming: f(x) = E, then d/dx f(x) = E' at once. */
  private static void write(Path file, String[][] rows, int namings) throws Exception {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < rows.length; i++) {
      for (int n = 0; n < namings; n++) {
        String f = FUNCTIONS[(i + n) % FUNCTIONS.length];
        String v = VARIABLES[(i + 2 * n) % VARIABLES.length];
        String e = rows[i][0].replace("x", v);
        String de = rows[i][1].replace("x", v);
        String def = f + "{(" + v + ")} = " + e;
        String step = "\\frac{d}{d " + v + "} " + f + "{(" + v + ")} = " + de;
        lines.add(
            String.format(
                "{\"id\": \"d%d-%d\", \"prompt\": {\"premises\": [\"%s\"], \"goal\": \"%s\"},"
                    + " \"steps\": [\"%s\", \"%s\"]}",
                i, n, esc(def), esc(step), esc(def), esc(step)));
      }
    }
    Files.write(file, lines, StandardCharsets.UTF_8);
  }

  private static String esc(String s) {
    return s.replace("\\", "\\\\");
  }

  private static List<DerivationRecord> records(Path file) throws Exception {
    return Datasets.load(file).records();
  }

  private static List<Derivation> derivations(Path file) throws Exception {
    List<Derivation> out = new ArrayList<>();
    records(file).forEach(r -> out.addAll(r.variants()));
    return out;
  }

  /** Mean probability of VALID at step 2 (the derivative written down evaluated). */
  private static double validAtStep2(FlaggerModel m, List<Derivation> ds) {
    double sum = 0;
    for (float[][] p : m.predict(ds)) {
      sum += p[1][StepCategory.VALID.ordinal()];
    }
    return sum / ds.size();
  }

  /**
   * Share of labelled steps whose top category is the label, leaving out SKIPPED: the generator
   * labels the pattern itself (differentiate and evaluate at once) SKIPPED, so those steps are the
   * pattern, not "something else".
   */
  private static double accuracy(FlaggerModel m, List<Derivation> ds) {
    List<float[][]> p = m.predict(ds);
    int n = 0;
    int same = 0;
    for (int i = 0; i < ds.size(); i++) {
      for (Label l : FlaggerTrainer.withLabels(ds.get(i)).labels()) {
        StepCategory truth = StepCategory.JUDGED.get(StepCategory.indexOf(l.category()));
        if (truth == StepCategory.SKIPPED) {
          continue;
        }
        n++;
        same += StepCategory.top(p.get(i)[l.step() - 1]) == truth ? 1 : 0;
      }
    }
    return same / (double) n;
  }

  /** The fine-tuning's temporary folders in the temporary directory, as they are now. */
  private static List<Path> temporaryModels() throws Exception {
    try (var paths = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
      return paths
          .filter(p -> p.getFileName().toString().startsWith("derivx-flagger-tuned"))
          .sorted()
          .toList();
    }
  }

  @Test
  void labelsThatContradictTheModelOnAPatternMoveItThereAndNowhereElse() throws Exception {
    Path data = dir.resolve("lab.jsonl");
    Path unseen = dir.resolve("unseen.jsonl");
    write(data, TRAIN, 3);
    write(unseen, HELD_OUT, 2);
    Path store = dir.resolve("lab.jsonl.derivx.db");
    try (AnnotationStore s = AnnotationStore.open(store)) {
      for (DerivationRecord r : records(data)) {
        for (Derivation d : r.variants()) {
          // two annotators agree: a final label
          for (String annotator : List.of("ann", "bob")) {
            s.setStep(Item.of(r, d), 1, annotator, StepCategory.VALID, "");
            s.setStep(Item.of(r, d), 2, annotator, StepCategory.VALID, "one step for us");
          }
        }
      }
    }
    List<Derivation> other = new ArrayList<>();
    for (String f : List.of("sample-derivations/synthetic.jsonl")) {
      other.addAll(derivations(Path.of(f)));
    }
    double beforePattern;
    double beforeOther;
    try (FlaggerModel m = Models.load(null, x -> {})) {
      beforePattern = validAtStep2(m, derivations(unseen));
      beforeOther = accuracy(m, other);
    }
    assertThat(beforePattern).as("the shipped model's P(VALID) on the pattern").isLessThan(0.5);

    Path tuned = dir.resolve("tuned");
    List<Path> temporaryBefore = temporaryModels();
    String[] r = run("train", "--annotations", store.toString(), "--out", tuned.toString());
    assertThat(temporaryModels()).as("temporary model folders left").isEqualTo(temporaryBefore);
    assertThat(r[0]).contains("fine-tuned on 72 labelled steps of 36 derivations");
    assertThat(Files.readString(tuned.resolve("MODEL_CARD.md")))
        .contains("Fine-tuned")
        .contains("lab.jsonl.derivx.db");

    try (FlaggerModel m = Models.load(tuned, x -> {})) {
      double afterPattern = validAtStep2(m, derivations(unseen));
      double afterOther = accuracy(m, other);
      assertThat(afterPattern)
          .as("P(VALID) on unseen instances of the pattern, %.3f before", beforePattern)
          .isGreaterThan(0.5)
          .isGreaterThan(beforePattern + 0.3);
      assertThat(afterOther)
          .as("step accuracy on the generator's samples (SKIPPED aside), %.3f before", beforeOther)
          .isGreaterThanOrEqualTo(beforeOther - 0.02);
    }
  }
}
