package org.derivx.annotate;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.derivx.derivation.StepCategory;

/**
 * Annotations in one SQLite file (one per project or dataset). Every change is its own committed
 * transaction before the call returns, in WAL mode with full sync: there is no Save, and killing
 * the process loses nothing that a call returned from. Thread-safe (one connection, synchronised).
 */
public final class AnnotationStore implements AutoCloseable {
  private final Connection c;
  private final Path file;
  private final Clock clock;
  private final Db db;

  private AnnotationStore(Connection c, Path file, Clock clock) {
    this.c = c;
    this.file = file;
    this.clock = clock;
    this.db = new Db(c, file);
  }

  public static AnnotationStore open(Path file) throws AnnotationException {
    return open(file, Clock.systemUTC());
  }

  public static AnnotationStore open(Path file, Clock clock) throws AnnotationException {
    try {
      return new AnnotationStore(Connections.readWrite(file), file, clock);
    } catch (SQLException | IOException e) {
      throw new AnnotationException(
          "cannot open the annotation store " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Opens the store for reading only (export, reports): nothing is written, not even a migration,
   * so a store on a read-only file or folder can be read. Writes through it fail.
   */
  public static AnnotationStore openReadOnly(Path file) throws AnnotationException {
    try {
      return new AnnotationStore(Connections.readOnly(file), file, Clock.systemUTC());
    } catch (SQLException e) {
      throw new AnnotationException(
          "cannot read the annotation store " + file + ": " + e.getMessage(), e);
    }
  }

  public Path file() {
    return file;
  }

  public synchronized int schemaVersion() throws AnnotationException {
    return run(() -> Schema.version(c));
  }

  /** Notes that a dataset was annotated from this store (for provenance and exports). */
  public synchronized void seen(String datasetHash, String fileName, int records)
      throws AnnotationException {
    update(
        "INSERT INTO datasets (hash, file, records, seen) VALUES (?, ?, ?, ?)"
            + " ON CONFLICT (hash) DO UPDATE SET file = excluded.file, seen = excluded.seen",
        datasetHash,
        fileName,
        records,
        now());
  }

  public synchronized void setStep(
      Item item, int step, String annotator, StepCategory category, String note)
      throws AnnotationException {
    StepLabel l = new StepLabel(item.key(), step, annotator, category, nn(note), now());
    transaction(
        () -> {
          touch(item);
          putStep(l, item.content());
        });
  }

  public synchronized void clearStep(ItemKey key, int step, String annotator)
      throws AnnotationException {
    update(
        "DELETE FROM step_labels WHERE record = ? AND variant = ? AND step = ? AND annotator = ?",
        key.record(),
        key.variant(),
        step,
        annotator);
  }

  /** Every annotator's labels of {@code key}'s steps, by step then annotator. */
  public synchronized List<StepLabel> steps(ItemKey key) throws AnnotationException {
    return queryStepLabels(
        " WHERE record = ? AND variant = ? ORDER BY step, annotator", key.record(), key.variant());
  }

  public synchronized List<StepLabel> allSteps() throws AnnotationException {
    return queryStepLabels(" ORDER BY record, variant, step, annotator");
  }

  /** Sets the derivation-level judgement; the time spent is kept. */
  public synchronized void setDerivation(
      Item item, String annotator, Boolean goalReached, Overall overall, String note)
      throws AnnotationException {
    transaction(
        () -> {
          touch(item);
          update(
              "INSERT INTO derivation_labels"
                  + " (record, variant, annotator, goal_reached, overall, note, seconds, updated)"
                  + " VALUES (?, ?, ?, ?, ?, ?, 0, ?) ON CONFLICT (record, variant, annotator)"
                  + " DO UPDATE SET goal_reached = excluded.goal_reached,"
                  + " overall = excluded.overall, note = excluded.note, updated = excluded.updated",
              item.key().record(),
              item.key().variant(),
              annotator,
              goalReached == null ? null : goalReached ? 1 : 0,
              overall == null ? null : overall.name(),
              Notes.checked(note, file),
              now());
        });
  }

  /** Adds time spent with the item open. */
  public synchronized void addSeconds(Item item, String annotator, double seconds)
      throws AnnotationException {
    transaction(
        () -> {
          touch(item);
          update(
              "INSERT INTO derivation_labels (record, variant, annotator, seconds, updated)"
                  + " VALUES (?, ?, ?, ?, ?) ON CONFLICT (record, variant, annotator) DO UPDATE"
                  + " SET seconds = seconds + excluded.seconds",
              item.key().record(),
              item.key().variant(),
              annotator,
              seconds,
              now());
        });
  }

  public synchronized Optional<DerivationLabel> derivation(ItemKey key, String annotator)
      throws AnnotationException {
    return queryDerivationLabels(
            " WHERE record = ? AND variant = ? AND annotator = ?",
            key.record(),
            key.variant(),
            annotator)
        .stream()
        .findFirst();
  }

  public synchronized List<DerivationLabel> allDerivations() throws AnnotationException {
    return queryDerivationLabels(" ORDER BY record, variant, annotator");
  }

  public synchronized void adjudicate(
      Item item, int step, StepCategory category, String adjudicator, String note)
      throws AnnotationException {
    Adjudication a = new Adjudication(item.key(), step, category, adjudicator, nn(note), now());
    transaction(
        () -> {
          touch(item);
          putAdjudication(a);
        });
  }

  public synchronized void clearAdjudication(ItemKey key, int step) throws AnnotationException {
    update(
        "DELETE FROM adjudications WHERE record = ? AND variant = ? AND step = ?",
        key.record(),
        key.variant(),
        step);
  }

  public synchronized List<Adjudication> adjudications(ItemKey key) throws AnnotationException {
    return queryAdjudications(
        " WHERE record = ? AND variant = ? ORDER BY step", key.record(), key.variant());
  }

  public synchronized List<Adjudication> allAdjudications() throws AnnotationException {
    return queryAdjudications(" ORDER BY record, variant, step");
  }

  /** Items ever annotated: key → (record id, content hash). */
  public synchronized List<Item> items() throws AnnotationException {
    return run(
        () -> {
          List<Item> out = new ArrayList<>();
          try (Statement s = c.createStatement();
              ResultSet rs =
                  s.executeQuery(
                      "SELECT record, variant, record_id, content FROM items"
                          + " ORDER BY record, variant")) {
            while (rs.next()) {
              out.add(
                  new Item(
                      new ItemKey(rs.getString(1), rs.getString(2)),
                      rs.getString(3),
                      rs.getString(4)));
            }
          }
          return out;
        });
  }

  public synchronized List<String> annotators() throws AnnotationException {
    TreeSet<String> out = new TreeSet<>();
    allSteps().forEach(l -> out.add(l.annotator()));
    allDerivations().forEach(l -> out.add(l.annotator()));
    return List.copyOf(out);
  }

  /** Writes labels exactly as given (timestamps included): what import uses. */
  public synchronized void restore(
      List<Item> items,
      List<StepLabel> steps,
      List<DerivationLabel> derivations,
      List<Adjudication> adjudications)
      throws AnnotationException {
    transaction(
        () -> {
          for (Item i : items) {
            touch(i);
          }
          for (StepLabel l : steps) {
            putStep(l, contentOf(l.item()));
          }
          for (DerivationLabel l : derivations) {
            update(
                "INSERT OR REPLACE INTO derivation_labels"
                    + " (record, variant, annotator, goal_reached, overall, note, seconds, updated)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                l.item().record(),
                l.item().variant(),
                l.annotator(),
                l.goalReached() == null ? null : l.goalReached() ? 1 : 0,
                l.overall() == null ? null : l.overall().name(),
                Notes.checked(l.note(), file),
                l.seconds(),
                l.updated());
          }
          for (Adjudication a : adjudications) {
            putAdjudication(a);
          }
        });
  }

  @Override
  public synchronized void close() {
    try {
      c.close();
    } catch (SQLException e) {
      // closing after a failure: nothing left to save, every change was already committed
    }
  }

  // ---- SQL helpers

  private String contentOf(ItemKey key) throws AnnotationException {
    return run(
        () -> {
          try (PreparedStatement p =
              c.prepareStatement("SELECT content FROM items WHERE record = ? AND variant = ?")) {
            p.setString(1, key.record());
            p.setString(2, key.variant());
            try (ResultSet rs = p.executeQuery()) {
              return rs.next() ? rs.getString(1) : "";
            }
          }
        });
  }

  private void putStep(StepLabel l, String content) throws AnnotationException {
    update(
        "INSERT OR REPLACE INTO step_labels"
            + " (record, variant, step, annotator, category, note, content, updated)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        l.item().record(),
        l.item().variant(),
        l.step(),
        l.annotator(),
        l.category().name(),
        Notes.checked(l.note(), file),
        content,
        l.updated());
  }

  private void putAdjudication(Adjudication a) throws AnnotationException {
    update(
        "INSERT OR REPLACE INTO adjudications"
            + " (record, variant, step, category, adjudicator, note, updated)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?)",
        a.item().record(),
        a.item().variant(),
        a.step(),
        a.category().name(),
        a.adjudicator(),
        Notes.checked(a.note(), file),
        a.updated());
  }

  private void touch(Item i) throws AnnotationException {
    update(
        "INSERT OR REPLACE INTO items (record, variant, record_id, content) VALUES (?, ?, ?, ?)",
        i.key().record(),
        i.key().variant(),
        i.recordId(),
        i.content());
  }

  private List<StepLabel> queryStepLabels(String where, Object... args) throws AnnotationException {
    return select(
        "SELECT record, variant, step, annotator, category, note, updated FROM step_labels" + where,
        rs ->
            new StepLabel(
                new ItemKey(rs.getString(1), rs.getString(2)),
                rs.getInt(3),
                rs.getString(4),
                StepCategory.valueOf(rs.getString(5)),
                rs.getString(6),
                rs.getString(7)),
        args);
  }

  private List<DerivationLabel> queryDerivationLabels(String where, Object... args)
      throws AnnotationException {
    return select(
        "SELECT record, variant, annotator, goal_reached, overall, note, seconds, updated"
            + " FROM derivation_labels"
            + where,
        rs -> {
          int goal = rs.getInt(4);
          Boolean reached = rs.wasNull() ? null : goal == 1;
          String overall = rs.getString(5);
          return new DerivationLabel(
              new ItemKey(rs.getString(1), rs.getString(2)),
              rs.getString(3),
              reached,
              overall == null ? null : Overall.valueOf(overall),
              rs.getString(6),
              rs.getDouble(7),
              rs.getString(8));
        },
        args);
  }

  private List<Adjudication> queryAdjudications(String where, Object... args)
      throws AnnotationException {
    return select(
        "SELECT record, variant, step, category, adjudicator, note, updated FROM adjudications"
            + where,
        rs ->
            new Adjudication(
                new ItemKey(rs.getString(1), rs.getString(2)),
                rs.getInt(3),
                StepCategory.valueOf(rs.getString(4)),
                rs.getString(5),
                rs.getString(6),
                rs.getString(7)),
        args);
  }

  private <T> List<T> select(String sql, Db.Row<T> row, Object... args) throws AnnotationException {
    return db.select(sql, row, args);
  }

  private void update(String sql, Object... args) throws AnnotationException {
    db.update(sql, args);
  }

  private void transaction(Db.Work w) throws AnnotationException {
    db.transaction(w);
  }

  private <T> T run(Db.Sql<T> sql) throws AnnotationException {
    return db.run(sql);
  }

  private String now() {
    return clock.instant().toString();
  }

  private static String nn(String s) {
    return s == null ? "" : s;
  }
}
