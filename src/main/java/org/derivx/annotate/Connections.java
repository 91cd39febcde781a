package org.derivx.annotate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteOpenMode;

/**
 * Opens a store's SQLite file: for annotating (read-write, WAL, full sync, migrated), or for
 * reading only (exports, reports), which never writes and so also works on a read-only file or
 * folder.
 */
final class Connections {
  private static final int SQLITE_READONLY = 8;
  private static final int SQLITE_CANTOPEN = 14;

  private Connections() {}

  static Connection readWrite(Path file) throws SQLException, IOException, AnnotationException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
    try (Statement s = c.createStatement()) {
      s.execute("PRAGMA busy_timeout = 5000");
      s.execute("PRAGMA journal_mode = WAL");
      s.execute("PRAGMA synchronous = FULL");
      // fails here, not at the first label, if the file is not a database
      s.execute("SELECT count(*) FROM sqlite_master");
      Schema.migrate(c, file.toString());
      return c;
    } catch (SQLException | AnnotationException | RuntimeException e) {
      c.close();
      throw e;
    }
  }

  /**
   * A connection that cannot write. SQLite reads a WAL store through a shared-memory file beside
   * it, which it cannot create in a folder this process may not write; there, since nobody can have
   * changes pending that this process would miss, the file is read as immutable (no locks, no side
   * files) — unless a leftover write-ahead log holds changes, which is refused. An older schema is
   * read as it is: migrations only ever add.
   */
  static Connection readOnly(Path file) throws SQLException, AnnotationException {
    if (!Files.isRegularFile(file)) {
      throw new AnnotationException("no annotation store at " + file);
    }
    try {
      return checked(open(file, false), file);
    } catch (SQLException e) {
      int code = e.getErrorCode() & 0xff;
      if (code != SQLITE_READONLY && code != SQLITE_CANTOPEN) {
        throw e;
      }
    }
    Path wal = Path.of(file.toAbsolutePath() + "-wal");
    try {
      if (Files.exists(wal) && Files.size(wal) > 0) {
        throw new AnnotationException(
            "cannot read "
                + file
                + " here: its folder is read-only and "
                + wal.getFileName()
                + " holds changes not yet in the store; copy both files to a writable folder");
      }
    } catch (IOException e) {
      throw new AnnotationException("cannot read " + wal + ": " + e.getMessage(), e);
    }
    return immutable(file);
  }

  /** The file read as immutable: SQLite takes no locks and makes no files beside it. */
  static Connection immutable(Path file) throws SQLException, AnnotationException {
    return checked(open(file, true), file);
  }

  private static Connection open(Path file, boolean immutable) throws SQLException {
    SQLiteConfig config = new SQLiteConfig();
    config.setReadOnly(true);
    config.setBusyTimeout(5000);
    String url = "jdbc:sqlite:" + file.toAbsolutePath();
    if (immutable) {
      config.setOpenMode(SQLiteOpenMode.OPEN_URI);
      url = "jdbc:sqlite:" + file.toAbsolutePath().toUri() + "?immutable=1";
    }
    return config.createConnection(url);
  }

  /** Reads the schema version (the first read: fails here if this is no database). */
  private static Connection checked(Connection c, Path file)
      throws SQLException, AnnotationException {
    try {
      int v = Schema.version(c);
      try (Statement s = c.createStatement()) {
        s.execute("SELECT count(*) FROM sqlite_master");
      }
      Schema.supported(v, file.toString());
      if (v == 0) {
        throw new AnnotationException(file + " is not an annotation store (no annotation tables)");
      }
      return c;
    } catch (SQLException | AnnotationException | RuntimeException e) {
      c.close();
      throw e;
    }
  }
}
