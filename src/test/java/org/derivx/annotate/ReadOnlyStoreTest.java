package org.derivx.annotate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.derivx.derivation.StepCategory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reading a store without writing it (issue 17, item 9: export refused a read-only store, because
 * opening always switched it to WAL and migrated it).
 */
class ReadOnlyStoreTest {
  @TempDir Path dir;

  static final Item ITEM = new Item(new ItemKey("0123456789abcdef", "gpt"), "f#1", "c1");

  private Path filled(String name) throws Exception {
    Path db = dir.resolve(name);
    try (AnnotationStore s = AnnotationStore.open(db)) {
      s.setStep(ITEM, 1, "ann", StepCategory.SKIPPED, "jumps");
      s.setDerivation(ITEM, "ann", true, Overall.FLAWED, "");
    }
    return db;
  }

  private static boolean root() {
    return "root".equals(System.getProperty("user.name"));
  }

  @Test
  void aStoreOnAReadOnlyFileInAReadOnlyFolderExports() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("ro"));
    Path db = folder.resolve("a.derivx.db");
    Files.move(filled("a.db"), db);
    Path out = dir.resolve("out.jsonl");
    Files.setPosixFilePermissions(db, PosixFilePermissions.fromString("r--r--r--"));
    Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
    try {
      try (AnnotationStore s = AnnotationStore.openReadOnly(db)) {
        AnnotationsFile.export(s, out, AnnotationsFile.Format.JSONL);
      }
      assertThat(Files.readAllLines(out))
          .hasSize(3)
          .anySatisfy(l -> assertThat(l).contains("\"category\":\"SKIPPED\",\"note\":\"jumps\""));
      if (!root()) { // root writes anywhere: only others see the folder as read-only
        try (var files = Files.list(folder)) {
          assertThat(files).containsExactly(db);
        }
        assertThatThrownBy(() -> AnnotationStore.open(db)).isInstanceOf(AnnotationException.class);
      }
    } finally {
      Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
  }

  @Test
  void aLeftoverWriteAheadLogInAReadOnlyFolderIsNotSilentlySkipped() throws Exception {
    assumeThat(root()).as("permissions do not bind root").isFalse();
    Path folder = Files.createDirectories(dir.resolve("ro"));
    Path db = folder.resolve("a.derivx.db");
    Files.move(filled("a.db"), db);
    Files.writeString(folder.resolve("a.derivx.db-wal"), "not yet checkpointed");
    Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
    try {
      assertThatThrownBy(() -> AnnotationStore.openReadOnly(db))
          .hasMessageContaining("holds changes not yet in the store");
    } finally {
      Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
  }

  @Test
  void readingAsImmutableWritesNothingBesideTheStore() throws Exception {
    // what a read-only folder falls back to: no locks, no -wal or -shm files
    Path db = filled("a.db");
    byte[] before = Files.readAllBytes(db);
    try (Connection c = Connections.immutable(db);
        Statement s = c.createStatement();
        var rs = s.executeQuery("SELECT note FROM step_labels")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getString(1)).isEqualTo("jumps");
      assertThatThrownBy(() -> s.execute("DELETE FROM step_labels"))
          .hasMessageContaining("readonly");
    }
    try (var files = Files.list(dir)) {
      assertThat(files).containsExactly(db);
    }
    assertThat(Files.readAllBytes(db)).isEqualTo(before);
  }

  @Test
  void aReadOnlyStoreRefusesWritesAndIsNotMigrated() throws Exception {
    Path db = dir.resolve("v1.db");
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        Statement s = c.createStatement()) {
      for (String sql : Schema.MIGRATIONS.get(0).split(";")) {
        if (!sql.isBlank()) {
          s.execute(sql);
        }
      }
      s.execute("PRAGMA user_version = 1");
      s.execute("INSERT INTO items VALUES ('0123456789abcdef', 'gpt', 'f#1', 'c1')");
    }
    try (AnnotationStore s = AnnotationStore.openReadOnly(db)) {
      assertThat(s.schemaVersion()).isEqualTo(1);
      assertThat(s.items()).containsExactly(ITEM);
      assertThatThrownBy(() -> s.setStep(ITEM, 1, "ann", StepCategory.VALID, ""))
          .isInstanceOf(AnnotationException.class)
          .hasMessageContaining(db.toString())
          .hasMessageContaining("readonly");
    }
    try (AnnotationStore s = AnnotationStore.open(db)) {
      assertThat(s.schemaVersion()).isEqualTo(Schema.MIGRATIONS.size());
      assertThat(s.allSteps()).isEmpty();
    }
  }

  @Test
  void whatIsNotAStoreIsRefusedByName() throws Exception {
    Path none = dir.resolve("none.db");
    assertThatThrownBy(() -> AnnotationStore.openReadOnly(none))
        .hasMessage("no annotation store at " + none);
    Path text = dir.resolve("text.db");
    Files.writeString(text, "hello, this is not a database at all, just some text. ".repeat(40));
    assertThatThrownBy(() -> AnnotationStore.openReadOnly(text))
        .isInstanceOf(AnnotationException.class)
        .hasMessageStartingWith("cannot read the annotation store " + text);
    Path empty = dir.resolve("empty.db");
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + empty);
        Statement s = c.createStatement()) {
      s.execute("CREATE TABLE other (x)");
    }
    assertThatThrownBy(() -> AnnotationStore.openReadOnly(empty))
        .hasMessage(empty + " is not an annotation store (no annotation tables)");
    Path newer = filled("newer.db");
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + newer);
        Statement s = c.createStatement()) {
      s.execute("PRAGMA user_version = 99");
    }
    assertThatThrownBy(() -> AnnotationStore.openReadOnly(newer))
        .hasMessageContaining("has annotation schema version 99");
  }

  @Test
  void notesOverTheLimitAreRefusedByTheStoreAndNothingIsWritten() throws Exception {
    String tooLong = "x".repeat(Notes.MAX_BYTES + 1);
    try (AnnotationStore s = AnnotationStore.open(dir.resolve("a.db"))) {
      for (ThrowingWrite w :
          List.<ThrowingWrite>of(
              () -> s.setStep(ITEM, 1, "ann", StepCategory.OTHER, tooLong),
              () -> s.setDerivation(ITEM, "ann", null, null, tooLong),
              () -> s.adjudicate(ITEM, 1, StepCategory.OTHER, "chair", tooLong))) {
        assertThatThrownBy(w::run)
            .isInstanceOf(AnnotationException.class)
            .hasMessage(
                "annotation store "
                    + dir.resolve("a.db")
                    + ": a note of 65,537 bytes is longer than the 64 KB (65,536 bytes) allowed");
      }
      assertThat(s.items()).isEmpty();
      assertThat(s.allSteps()).isEmpty();
      assertThat(s.allDerivations()).isEmpty();
      assertThat(s.allAdjudications()).isEmpty();
      s.setStep(ITEM, 1, "ann", StepCategory.OTHER, "x".repeat(Notes.MAX_BYTES));
      assertThat(s.allSteps()).hasSize(1);
    }
    assertThat(Notes.problem(null)).isNull();
    assertThat(Notes.problem("😀".repeat(Notes.MAX_BYTES / 4))).isNull();
    assertThat(Notes.problem("😀".repeat(Notes.MAX_BYTES / 4) + "a")).contains("65,537 bytes");
  }

  interface ThrowingWrite {
    void run() throws Exception;
  }
}
