package org.derivx.annotate;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The store's tables, versioned by SQLite's {@code user_version}. Each migration runs in its own
 * transaction, so a store is always at one version. Append new migrations; never edit old ones. The
 * README documents the tables for people who query them with {@code sqlite3}.
 */
final class Schema {
  private Schema() {}

  static final List<String> MIGRATIONS =
      List.of(
          // 1: labels per step and per derivation, adjudications, items and datasets seen
          """
          CREATE TABLE items (
            record TEXT NOT NULL, variant TEXT NOT NULL,
            record_id TEXT NOT NULL, content TEXT NOT NULL,
            PRIMARY KEY (record, variant));
          CREATE TABLE step_labels (
            record TEXT NOT NULL, variant TEXT NOT NULL,
            step INTEGER NOT NULL CHECK (step >= 1),
            annotator TEXT NOT NULL,
            category TEXT NOT NULL CHECK (category IN
              ('VALID','SKIPPED','REDUNDANT','IRRELEVANT','INCORRECT','OTHER')),
            note TEXT NOT NULL DEFAULT '',
            content TEXT NOT NULL,
            updated TEXT NOT NULL,
            PRIMARY KEY (record, variant, step, annotator));
          CREATE TABLE derivation_labels (
            record TEXT NOT NULL, variant TEXT NOT NULL, annotator TEXT NOT NULL,
            goal_reached INTEGER CHECK (goal_reached IN (0, 1)),
            overall TEXT CHECK (overall IN ('CORRECT','FLAWED','INCORRECT')),
            note TEXT NOT NULL DEFAULT '',
            seconds REAL NOT NULL DEFAULT 0,
            updated TEXT NOT NULL,
            PRIMARY KEY (record, variant, annotator));
          CREATE TABLE adjudications (
            record TEXT NOT NULL, variant TEXT NOT NULL,
            step INTEGER NOT NULL CHECK (step >= 1),
            category TEXT NOT NULL CHECK (category IN
              ('VALID','SKIPPED','REDUNDANT','IRRELEVANT','INCORRECT','OTHER')),
            adjudicator TEXT NOT NULL,
            note TEXT NOT NULL DEFAULT '',
            updated TEXT NOT NULL,
            PRIMARY KEY (record, variant, step));
          CREATE TABLE datasets (
            hash TEXT PRIMARY KEY, file TEXT NOT NULL, records INTEGER NOT NULL,
            seen TEXT NOT NULL);
          """,
          // 2: per-annotator progress and agreement queries read by annotator
          """
          CREATE INDEX step_labels_by_annotator ON step_labels (annotator, record, variant);
          CREATE INDEX derivation_labels_by_annotator ON derivation_labels (annotator);
          """);

  static int version(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
        var rs = s.executeQuery("PRAGMA user_version")) {
      return rs.next() ? rs.getInt(1) : 0;
    }
  }

  /** Refuses a store written by a newer version (whose tables this one may misread). */
  static void supported(int version, String where) throws AnnotationException {
    if (version > MIGRATIONS.size()) {
      throw new AnnotationException(
          where
              + " has annotation schema version "
              + version
              + "; this version of Derivation Explorer knows up to "
              + MIGRATIONS.size()
              + ". Open it with a newer version.");
    }
  }

  /** Brings {@code c} to the latest version; refuses a store written by a newer version. */
  static void migrate(Connection c, String where) throws SQLException, AnnotationException {
    int v = version(c);
    supported(v, where);
    boolean auto = c.getAutoCommit();
    c.setAutoCommit(false);
    try {
      for (int i = v; i < MIGRATIONS.size(); i++) {
        try (Statement s = c.createStatement()) {
          for (String sql : MIGRATIONS.get(i).split(";")) {
            if (!sql.isBlank()) {
              s.execute(sql);
            }
          }
          s.execute("PRAGMA user_version = " + (i + 1));
        }
        c.commit();
      }
    } catch (SQLException e) {
      c.rollback();
      throw e;
    } finally {
      c.setAutoCommit(auto);
    }
  }
}
