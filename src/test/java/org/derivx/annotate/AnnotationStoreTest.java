package org.derivx.annotate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.derivx.derivation.StepCategory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnnotationStoreTest {
  @TempDir Path dir;

  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-21T10:00:00Z"), ZoneOffset.UTC);
  static final Item ITEM = new Item(new ItemKey("r1", "gpt"), "results.json#3", "c1");

  @Test
  void labelsPerAnnotatorReplaceAndClear() throws Exception {
    try (AnnotationStore s = AnnotationStore.open(dir.resolve("a.db"), CLOCK)) {
      assertThat(s.schemaVersion()).isEqualTo(Schema.MIGRATIONS.size());
      s.setStep(ITEM, 2, "ann", StepCategory.SKIPPED, null);
      s.setStep(ITEM, 2, "ann", StepCategory.INCORRECT, "sign, dropped");
      s.setStep(ITEM, 1, "bob", StepCategory.VALID, "");
      s.setStep(ITEM, 2, "bob", StepCategory.OTHER, "typo only");
      assertThat(s.steps(ITEM.key()))
          .containsExactly(
              new StepLabel(ITEM.key(), 1, "bob", StepCategory.VALID, "", "2026-11-21T10:00:00Z"),
              new StepLabel(
                  ITEM.key(),
                  2,
                  "ann",
                  StepCategory.INCORRECT,
                  "sign, dropped",
                  "2026-11-21T10:00:00Z"),
              new StepLabel(
                  ITEM.key(), 2, "bob", StepCategory.OTHER, "typo only", "2026-11-21T10:00:00Z"));
      s.clearStep(ITEM.key(), 2, "bob");
      assertThat(s.steps(ITEM.key())).hasSize(2);
      assertThat(s.annotators()).containsExactly("ann", "bob");
      assertThat(s.items()).containsExactly(ITEM);
    }
  }

  @Test
  void derivationJudgementKeepsTheTimeSpent() throws Exception {
    try (AnnotationStore s = AnnotationStore.open(dir.resolve("a.db"), CLOCK)) {
      s.addSeconds(ITEM, "ann", 12.5);
      s.setDerivation(ITEM, "ann", true, Overall.FLAWED, "skips the integral");
      s.addSeconds(ITEM, "ann", 2.5);
      DerivationLabel l = s.derivation(ITEM.key(), "ann").orElseThrow();
      assertThat(l.seconds()).isEqualTo(15.0);
      assertThat(l.goalReached()).isTrue();
      assertThat(l.overall()).isEqualTo(Overall.FLAWED);
      s.setDerivation(ITEM, "ann", null, null, "");
      l = s.derivation(ITEM.key(), "ann").orElseThrow();
      assertThat(l.goalReached()).isNull();
      assertThat(l.overall()).isNull();
      assertThat(l.seconds()).isEqualTo(15.0);
      assertThat(s.derivation(ITEM.key(), "bob")).isEmpty();
    }
  }

  @Test
  void adjudicationRecordsTheFinalLabel() throws Exception {
    try (AnnotationStore s = AnnotationStore.open(dir.resolve("a.db"), CLOCK)) {
      s.adjudicate(ITEM, 3, StepCategory.REDUNDANT, "chair", "repeats step 1");
      s.adjudicate(ITEM, 3, StepCategory.IRRELEVANT, "chair", "");
      assertThat(s.adjudications(ITEM.key()))
          .containsExactly(
              new Adjudication(
                  ITEM.key(), 3, StepCategory.IRRELEVANT, "chair", "", "2026-11-21T10:00:00Z"));
    }
  }

  @Test
  void survivesReopeningAndMigratesAnOldStore() throws Exception {
    Path db = dir.resolve("old.db");
    // a store as version 1 wrote it
    try (var c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
      try (var s = c.createStatement()) {
        for (String sql : Schema.MIGRATIONS.get(0).split(";")) {
          if (!sql.isBlank()) {
            s.execute(sql);
          }
        }
        s.execute("PRAGMA user_version = 1");
        s.execute(
            "INSERT INTO step_labels VALUES ('r1', 'gpt', 1, 'ann', 'SKIPPED', '', 'c1', 't')");
      }
    }
    try (AnnotationStore s = AnnotationStore.open(db, CLOCK)) {
      assertThat(s.schemaVersion()).isEqualTo(2);
      assertThat(s.steps(ITEM.key()))
          .extracting(StepLabel::category)
          .containsExactly(StepCategory.SKIPPED);
    }
    try (var c = DriverManager.getConnection("jdbc:sqlite:" + db);
        var rs =
            c.createStatement()
                .executeQuery(
                    "SELECT name FROM sqlite_master WHERE type = 'index' AND name LIKE 'step_labels_by%'")) {
      assertThat(rs.next()).isTrue();
    }
  }

  @Test
  void refusesNewerStoresAndFilesThatAreNotStores() throws Exception {
    Path db = dir.resolve("new.db");
    try (var c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
      c.createStatement().execute("PRAGMA user_version = 99");
    }
    assertThatThrownBy(() -> AnnotationStore.open(db))
        .isInstanceOf(AnnotationException.class)
        .hasMessageContaining("new.db")
        .hasMessageContaining("version 99");
    Path text = dir.resolve("notes.db");
    Files.writeString(
        text,
        "this is not a database, just some text that is long enough to look like a header"
            .repeat(20));
    assertThatThrownBy(() -> AnnotationStore.open(text))
        .isInstanceOf(AnnotationException.class)
        .hasMessageContaining("notes.db");
  }

  @Test
  void refusesLabelsTheSchemaForbids() throws Exception {
    try (AnnotationStore s = AnnotationStore.open(dir.resolve("a.db"), CLOCK)) {
      assertThatThrownBy(() -> s.setStep(ITEM, 0, "ann", StepCategory.VALID, ""))
          .isInstanceOf(AnnotationException.class)
          .hasMessageContaining("a.db");
      // the failed change left nothing behind, not even its item row
      assertThat(s.items()).isEmpty();
      assertThat(s.allSteps()).isEmpty();
      assertThat(List.of(s.file().getFileName().toString())).containsExactly("a.db");
    }
  }
}
