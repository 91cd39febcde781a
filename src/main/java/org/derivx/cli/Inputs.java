package org.derivx.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.derivx.derivation.DerivationRecord;
import org.derivx.derivation.ReadProblem;
import org.derivx.derivation.Source;
import org.derivx.io.DatasetException;
import org.derivx.io.DatasetFiles;
import org.derivx.io.Datasets;
import org.derivx.io.Format;
import org.derivx.io.RecordSink;

/**
 * The command line's dataset files, streamed record by record (nothing is held) with the CLI's
 * reporting on stderr: a file that cannot be read and a record that is skipped ("bad input", the
 * rest is read), a warning about something dropped from a kept record, and an internal error met on
 * one record (logged; the others go on).
 */
final class Inputs {
  /** Receives each record on the reading thread, in file order. */
  @FunctionalInterface
  interface Each {
    void record(String file, DerivationRecord record) throws IOException, InterruptedException;
  }

  private final List<Path> files;
  private final Format format;
  private final int threads;
  private final PrintWriter err;
  private final InternalErrors errors;
  private boolean bad;
  private long records;

  /**
   * {@code threads} decode records (JSON and equation parsing) on that many workers; 1 decodes on
   * the reading thread.
   */
  Inputs(List<Path> files, Format format, int threads, PrintWriter err, InternalErrors errors) {
    this.files = files;
    this.format = format;
    this.threads = threads;
    this.err = err;
    this.errors = errors;
  }

  /** True once some input was bad: a file could not be read, or a record was skipped. */
  boolean bad() {
    return bad;
  }

  /** Records handed to {@link #forEach} so far. */
  long records() {
    return records;
  }

  /**
   * Streams every file's records to {@code each}. A file that cannot be read is reported and the
   * next one read; a bug in {@code each} on one record is that record's internal error.
   */
  void forEach(Each each) throws IOException, InterruptedException {
    List<Path> all;
    try {
      all = DatasetFiles.expand(files);
    } catch (DatasetException e) {
      err.println("derivx: " + e.getMessage());
      bad = true;
      return;
    }
    for (Path file : all) {
      String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
      try {
        Datasets.stream(file, format, threads, sink(name, each));
      } catch (DatasetException e) {
        err.println("derivx: " + e.getMessage());
        bad = true;
      } catch (Escape e) {
        if (e.getCause() instanceof InterruptedException ie) {
          throw ie;
        }
        throw (IOException) e.getCause();
      }
    }
  }

  private RecordSink sink(String name, Each each) {
    return new RecordSink() {
      @Override
      public void record(DerivationRecord r) {
        records++;
        try {
          each.record(name, r);
        } catch (IOException | InterruptedException e) {
          throw new Escape(e);
        } catch (UncheckedIOException e) {
          throw e; // the output failed: the run cannot go on
        } catch (RuntimeException | StackOverflowError e) { // NOPMD: this record's bug only
          errors.report(where(r), e);
        }
      }

      @Override
      public void problem(ReadProblem p) {
        err.println("derivx: skipped " + p);
        bad = true;
      }

      @Override
      public void warning(ReadProblem w) {
        err.println("derivx: warning: " + w);
      }

      @Override
      public void internalError(Source source, Throwable e) {
        errors.report(source.describe() + ", while reading it", e);
      }
    };
  }

  /** {@code data.jsonl:12, record a}: how messages name a record. */
  static String where(DerivationRecord r) {
    return r.source().describe() + ", record " + r.id();
  }

  /** Carries a checked exception of {@link Each} through the reader. */
  private static final class Escape extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Escape(Exception cause) {
      super(cause);
    }
  }
}
