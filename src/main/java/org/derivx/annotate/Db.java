package org.derivx.annotate;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;

/** JDBC plumbing for {@link AnnotationStore}: statements, transactions, errors naming the file. */
final class Db {
  private final Connection c;
  private final Path file;

  Db(Connection c, Path file) {
    this.c = c;
    this.file = file;
  }

  interface Row<T> {
    T read(ResultSet rs) throws SQLException;
  }

  interface Sql<T> {
    T run() throws SQLException, AnnotationException;
  }

  interface Work {
    void run() throws AnnotationException;
  }

  <T> List<T> select(String sql, Row<T> row, Object... args) throws AnnotationException {
    return run(
        () -> {
          List<T> out = new ArrayList<>();
          try (PreparedStatement p = c.prepareStatement(sql)) {
            bind(p, args);
            try (ResultSet rs = p.executeQuery()) {
              while (rs.next()) {
                out.add(row.read(rs));
              }
            }
          }
          return out;
        });
  }

  void update(String sql, Object... args) throws AnnotationException {
    run(
        () -> {
          try (PreparedStatement p = c.prepareStatement(sql)) {
            bind(p, args);
            return p.executeUpdate();
          }
        });
  }

  void transaction(Work w) throws AnnotationException {
    run(
        () -> {
          c.setAutoCommit(false);
          try {
            w.run();
            c.commit();
          } catch (AnnotationException | SQLException | RuntimeException e) {
            c.rollback();
            throw e;
          } finally {
            c.setAutoCommit(true);
          }
          return null;
        });
  }

  <T> T run(Sql<T> sql) throws AnnotationException {
    try {
      return sql.run();
    } catch (SQLException e) {
      throw new AnnotationException("annotation store " + file + ": " + e.getMessage(), e);
    }
  }

  private static void bind(PreparedStatement p, Object... args) throws SQLException {
    for (int i = 0; i < args.length; i++) {
      Object a = args[i];
      if (a == null) {
        p.setNull(i + 1, Types.NULL);
      } else {
        p.setObject(i + 1, a);
      }
    }
  }
}
