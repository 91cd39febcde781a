package org.derivx.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.derivx.annotate.AnnotationStore;
import org.derivx.annotate.Item;
import org.derivx.derivation.Dataset;
import org.derivx.derivation.DerivationRecord;
import org.derivx.derivation.StepCategory;
import org.derivx.io.Datasets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCommandTest {
  @TempDir Path tmp;

  @Test
  void writesHtmlCsvsAndChartsWithAnnotationsJoined() throws Exception {
    Path samples = Path.of("sample-derivations", "paper-layout_results.json");
    Dataset d = Datasets.load(samples);
    DerivationRecord r = d.records().get(0);
    Path db = tmp.resolve("a.db");
    try (AnnotationStore s = AnnotationStore.open(db)) {
      Item item = Item.of(r, r.variants().get(0));
      s.setStep(item, 1, "ann", StepCategory.VALID, "");
      s.setStep(item, 1, "bob", StepCategory.VALID, "");
      s.setStep(item, 2, "ann", StepCategory.SKIPPED, "jumps");
      s.setStep(item, 2, "bob", StepCategory.VALID, "");
    }
    Path out = tmp.resolve("report");
    InspectCommandTest.Run run =
        InspectCommandTest.run(
            "report",
            samples.toString(),
            "--annotations",
            db.toString(),
            "--no-flagger",
            "--out",
            out.toString());
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out()).contains("report.html");

    List<String> steps = Files.readAllLines(out.resolve("steps.csv"));
    assertThat(steps.get(0))
        .isEqualTo(
            "file,record_id,variant,model,perturbation,step,latex,checker_verdict,checker_carried,checker_rule,"
                + "flagger,p_valid,p_skipped,p_redundant,p_irrelevant,p_incorrect,human,"
                + "human_labels,disputed");
    int total = r.variants().stream().mapToInt(v -> v.size()).sum();
    assertThat(steps).hasSize(1 + total);
    assertThat(steps)
        .anySatisfy(l -> assertThat(l).endsWith(",VALID,ann:VALID;bob:VALID,false"))
        .anySatisfy(l -> assertThat(l).endsWith(",,ann:SKIPPED;bob:VALID,true"));
    List<String> derivations = Files.readAllLines(out.resolve("derivations.csv"));
    assertThat(derivations).hasSize(1 + r.variants().size());
    assertThat(derivations.get(0))
        .startsWith("file,record_id,variant,kind,model,perturbation,steps,goal,");

    String html = Files.readString(out.resolve("report.html"));
    assertThat(html)
        .contains("Step categories per model and perturbation")
        .contains("Score drop under each perturbation")
        .contains("checker against annotators")
        .contains("Cohen's κ")
        .contains("ann / bob");
    for (String chart :
        List.of(
            "step-categories-per-model-and-perturbation-checker",
            "step-categories-per-model-and-perturbation-annotators",
            "score-drop-under-each-perturbation",
            "confusion-annotators-rows-vs-checker-columns")) {
      BufferedImage png = ImageIO.read(out.resolve(chart + ".png").toFile());
      assertThat(png.getWidth()).as(chart).isEqualTo(900);
      assertThat(Files.readString(out.resolve(chart + ".svg"))).as(chart).contains("<svg");
      assertThat(html).contains(chart + ".png");
    }
  }

  @Test
  void missingInputsExitTwo() {
    InspectCommandTest.Run run =
        InspectCommandTest.run(
            "report",
            "sample-derivations/plain.txt",
            "--annotations",
            tmp.resolve("no.db").toString(),
            "--no-flagger",
            "--out",
            tmp.toString());
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("no annotation store at");
    run =
        InspectCommandTest.run(
            "report", tmp.resolve("none.json").toString(), "--out", tmp.toString());
    assertThat(run.code()).isEqualTo(2);
  }
}
