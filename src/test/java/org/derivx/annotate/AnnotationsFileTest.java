package org.derivx.annotate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.derivx.derivation.StepCategory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AnnotationsFileTest {
  @TempDir Path dir;

  private AnnotationStore filled(Path db) throws Exception {
    AnnotationStore s = AnnotationStore.open(db);
    Item a = new Item(new ItemKey("0123456789abcdef", "gpt"), "results.json#3", "c1");
    Item b = new Item(new ItemKey("fedcba9876543210", "reference/VR"), "", "c2");
    s.setStep(a, 1, "ann", StepCategory.VALID, "");
    s.setStep(a, 2, "ann", StepCategory.OTHER, "a note, with \"quotes\",\nnew lines and ∂ unicode");
    s.setStep(a, 2, "bob", StepCategory.INCORRECT, "");
    s.setDerivation(a, "ann", false, Overall.INCORRECT, "stops early");
    s.addSeconds(a, "ann", 31.25);
    s.setDerivation(b, "bob", null, null, "");
    s.adjudicate(a, 2, StepCategory.INCORRECT, "chair", "sign error");
    return s;
  }

  @ParameterizedTest
  @EnumSource(AnnotationsFile.Format.class)
  void exportImportExportIsLossless(AnnotationsFile.Format f) throws Exception {
    Path first = dir.resolve("first." + f.name().toLowerCase());
    Path second = dir.resolve("second." + f.name().toLowerCase());
    try (AnnotationStore s = filled(dir.resolve("a.db"))) {
      AnnotationsFile.export(s, first, f);
      try (AnnotationStore t = AnnotationStore.open(dir.resolve("b.db"))) {
        assertThat(AnnotationsFile.importInto(t, first, f)).isEqualTo(2 + 3 + 2 + 1);
        assertThat(t.allSteps()).isEqualTo(s.allSteps());
        assertThat(t.allDerivations()).isEqualTo(s.allDerivations());
        assertThat(t.allAdjudications()).isEqualTo(s.allAdjudications());
        assertThat(t.items()).isEqualTo(s.items());
        AnnotationsFile.export(t, second, f);
      }
    }
    assertThat(Files.readString(second)).isEqualTo(Files.readString(first));
  }

  @Test
  void badRowsNameTheFileAndRowAndChangeNothing() throws Exception {
    Path in = dir.resolve("bad.jsonl");
    Files.writeString(
        in,
        "{\"kind\":\"step\",\"record\":\"0123456789abcdef\",\"variant\":\"v\",\"step\":1,\"annotator\":\"a\",\"category\":\"VALID\"}\n"
            + "{\"kind\":\"step\",\"record\":\"0123456789abcdef\",\"variant\":\"v\",\"step\":2,\"annotator\":\"a\",\"category\":\"WRONGISH\"}\n");
    try (AnnotationStore s = AnnotationStore.open(dir.resolve("a.db"))) {
      assertThatThrownBy(() -> AnnotationsFile.importInto(s, in, AnnotationsFile.Format.JSONL))
          .isInstanceOf(AnnotationException.class)
          .hasMessageContaining("bad.jsonl: row 2")
          .hasMessageContaining("WRONGISH");
      assertThat(s.allSteps()).isEmpty();
      Files.writeString(in, "{not json\n");
      assertThatThrownBy(() -> AnnotationsFile.importInto(s, in, AnnotationsFile.Format.JSONL))
          .isInstanceOf(AnnotationException.class)
          .hasMessageContaining("bad.jsonl: line 1");
    }
  }

  private static String row(String record, int step, String note) {
    return "{\"kind\":\"step\",\"record\":\""
        + record
        + "\",\"variant\":\"v\",\"step\":"
        + step
        + ",\"annotator\":\"a\",\"category\":\"OTHER\",\"note\":\""
        + note
        + "\"}\n";
  }

  @Test
  void recordKeysThatAreNotSixteenLowercaseHexAreRefusedAndNothingIsImported() throws Exception {
    Path in = dir.resolve("keys.jsonl");
    try (AnnotationStore s = AnnotationStore.open(dir.resolve("a.db"))) {
      for (String bad :
          new String[] {
            "r1", "0123456789ABCDEF", "0123456789abcde", "0123456789abcdef0", "0123456789abcdeg", ""
          }) {
        Files.writeString(in, row("0123456789abcdef", 1, "") + row(bad, 2, ""));
        assertThatThrownBy(() -> AnnotationsFile.importInto(s, in, AnnotationsFile.Format.JSONL))
            .isInstanceOf(AnnotationException.class)
            .hasMessage(
                in
                    + ": row 2: record '"
                    + bad
                    + "' is not a record key (16 lowercase hex characters)");
        assertThat(s.allSteps()).isEmpty();
        assertThat(s.items()).isEmpty();
      }
      // CSV rows count the header
      Path csv = dir.resolve("keys.csv");
      Files.writeString(
          csv, "kind,record,variant,step,annotator,category\nitem,'; DROP TABLE items; --,v,,,\n");
      assertThatThrownBy(() -> AnnotationsFile.importInto(s, csv, AnnotationsFile.Format.CSV))
          .hasMessage(
              csv
                  + ": row 2: record ''; DROP TABLE items; --' is not a record key (16 lowercase"
                  + " hex characters)");
      assertThat(s.items()).isEmpty();
    }
  }

  @Test
  void notesOverSixtyFourKilobytesAreRefusedWithFileAndRow() throws Exception {
    // 21,845 three-byte characters and one more byte: exactly 65,536 bytes of UTF-8
    String fits = "∂".repeat(21_845) + "a";
    Path in = dir.resolve("notes.jsonl");
    try (AnnotationStore s = AnnotationStore.open(dir.resolve("a.db"))) {
      Files.writeString(
          in, row("0123456789abcdef", 1, fits) + row("0123456789abcdef", 2, fits + "b"));
      assertThatThrownBy(() -> AnnotationsFile.importInto(s, in, AnnotationsFile.Format.JSONL))
          .isInstanceOf(AnnotationException.class)
          .hasMessage(
              in
                  + ": row 2: a note of 65,537 bytes is longer than the 64 KB (65,536 bytes)"
                  + " allowed");
      assertThat(s.allSteps()).isEmpty();
      Files.writeString(in, row("0123456789abcdef", 1, fits));
      assertThat(AnnotationsFile.importInto(s, in, AnnotationsFile.Format.JSONL)).isOne();
      assertThat(s.allSteps()).singleElement().satisfies(l -> assertThat(l.note()).isEqualTo(fits));
    }
  }
}
