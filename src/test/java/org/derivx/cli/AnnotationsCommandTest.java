package org.derivx.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.derivx.annotate.AnnotationStore;
import org.derivx.annotate.Item;
import org.derivx.annotate.ItemKey;
import org.derivx.derivation.StepCategory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnnotationsCommandTest {
  @TempDir Path tmp;

  @Test
  void exportThenImportIntoAFreshStore() throws Exception {
    Path db = tmp.resolve("a.db");
    try (AnnotationStore s = AnnotationStore.open(db)) {
      s.setStep(
          new Item(new ItemKey("00000000000000ff", "gpt"), "f#1", "c"),
          2,
          "ann",
          StepCategory.SKIPPED,
          "x, y");
    }
    Path csv = tmp.resolve("out.csv");
    InspectCommandTest.Run r =
        InspectCommandTest.run("annotations", "export", "--db", db.toString(), csv.toString());
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("exported 2 rows");
    assertThat(Files.readAllLines(csv).get(0)).startsWith("kind,record,variant,recordId");
    Path db2 = tmp.resolve("b.db");
    r = InspectCommandTest.run("annotations", "import", "--db", db2.toString(), csv.toString());
    assertThat(r.code()).isZero();
    try (AnnotationStore s = AnnotationStore.open(db2)) {
      assertThat(s.allSteps())
          .singleElement()
          .satisfies(l -> assertThat(l.note()).isEqualTo("x, y"));
    }
  }

  @Test
  void badInputExitsTwoWithAReason() throws Exception {
    InspectCommandTest.Run r =
        InspectCommandTest.run(
            "annotations", "export", "--db", tmp.resolve("none.db").toString(), "x.csv");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("no annotation store at");
    r = InspectCommandTest.run("annotations", "merge", "--db", "a.db", "x.csv");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("export or import");
    Path bad = tmp.resolve("bad.jsonl");
    Files.writeString(
        bad, "{\"kind\":\"step\",\"record\":\"0123456789abcdef\",\"variant\":\"v\"}\n");
    r =
        InspectCommandTest.run(
            "annotations", "import", "--db", tmp.resolve("c.db").toString(), bad.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("bad.jsonl: row 1").contains("step number");
  }
}
