package org.derivx.gui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.derivx.derivation.Derivation;
import org.derivx.derivation.DerivationRecord;
import org.derivx.derivation.ReadProblem;
import org.derivx.derivation.Source;
import org.derivx.gui.session.Item;
import org.derivx.gui.session.ItemSummary;
import org.derivx.gui.session.RecordSource;
import org.derivx.gui.session.Tasks;
import org.derivx.io.DatasetException;
import org.derivx.io.DatasetFiles;
import org.derivx.io.Datasets;
import org.derivx.io.Frames;
import org.derivx.io.JsonlIndex;
import org.derivx.io.RecordSink;

/**
 * Streams dataset files in the background and hands their items to the UI in batches: the first
 * record at once (something to look at immediately), then at most every {@link #BATCH_MILLIS}, so a
 * 100k-derivation file neither freezes the window nor floods its event queue. A UTF-8 JSONL file is
 * indexed ({@link JsonlIndex}): each record is read once for its items' summaries, and only the
 * first {@code keepLoaded} items keep their equations; the others are read again from their offset
 * when used. Other files (results JSON, plain text, UTF-16) are read whole, every item loaded: the
 * paper's files are a few megabytes.
 */
final class DatasetLoader {
  static final long BATCH_MILLIS = 200;

  /** Receives batches on the UI thread, then one {@link #done}. */
  interface Sink {
    void items(List<Item> batch);

    /**
     * Reading is over; {@code content} is the SHA-256 of every file's bytes when all were indexed
     * (the key of cached results), else null.
     */
    void done(List<String> problems, String content);
  }

  private final Tasks tasks;
  private final int keepLoaded;

  /** Items past the first {@code keepLoaded} of an indexed file are not kept loaded. */
  DatasetLoader(Tasks tasks, int keepLoaded) {
    this.tasks = tasks;
    this.keepLoaded = keepLoaded;
  }

  void load(List<Path> paths, AtomicBoolean cancelled, Sink sink) {
    List<String> problems = new ArrayList<>();
    String[] content = {null};
    tasks.submit(
        () -> {
          Batcher batcher = new Batcher(sink, cancelled);
          StringBuilder hashes = new StringBuilder();
          boolean allIndexed = true;
          try {
            for (Path file : DatasetFiles.expand(paths)) {
              if (cancelled.get()) {
                break;
              }
              try {
                RecordSink to = batcher.problemsTo(problems);
                if (JsonlIndex.indexable(file)) {
                  hashes.append(index(file, batcher, to)).append('\n');
                } else {
                  allIndexed = false;
                  Datasets.stream(file, null, to);
                }
              } catch (DatasetException e) {
                problems.add(e.getMessage());
              } catch (Cancelled e) {
                break;
              } catch (RuntimeException e) {
                problems.add(file + ": " + e);
              }
            }
          } catch (DatasetException e) {
            problems.add(e.getMessage());
          }
          batcher.flush();
          if (allIndexed && hashes.length() > 0 && !cancelled.get()) {
            content[0] = hashes.toString();
          }
          return problems;
        },
        p -> sink.done(p, content[0]),
        e -> {
          // a bug outside any one record: what was read stays open, and the dialog says why
          problems.add("internal error while reading: " + e);
          sink.done(problems, null);
        });
  }

  /** Reads an indexed file: each record's items hold its line's place, not its equations. */
  private String index(Path file, Batcher batcher, RecordSink to) throws DatasetException {
    JsonlIndex.Line[] at = new JsonlIndex.Line[1];
    batcher.locate(() -> at[0]);
    String name = file.getFileName().toString();
    long[] seen = {0};
    String hash =
        JsonlIndex.scan(
            file,
            (line, bytes, length) -> {
              at[0] = line;
              seen[0]++;
              // the first items are kept loaded: parsed now; the others only summarised
              if (batcher.loadedSoFar() < keepLoaded) {
                Frames.decodeLine(name, line.number(), bytes, length, to);
              } else {
                JsonlIndex.decodeUnparsed(name, line.number(), bytes, length, to);
              }
            },
            to);
    batcher.locate(null);
    if (seen[0] == 0 && !batcher.sawProblem()) {
      throw new DatasetException(file + ": no records (the file holds no derivation)");
    }
    return hash;
  }

  /** Collects items off the UI thread and flushes them to it. */
  private final class Batcher {
    private final Sink sink;
    private final AtomicBoolean cancelled;
    private List<Item> batch = new ArrayList<>();
    private long lastFlush;
    private boolean first = true;
    private int loaded;
    private boolean problem;
    private Supplier<JsonlIndex.Line> where;

    Batcher(Sink sink, AtomicBoolean cancelled) {
      this.sink = sink;
      this.cancelled = cancelled;
    }

    RecordSink problemsTo(List<String> problems) {
      return new RecordSink() {
        @Override
        public void record(DerivationRecord r) {
          if (cancelled.get()) {
            throw new Cancelled();
          }
          JsonlIndex.Line line = where == null ? null : where.get();
          if (line == null) {
            for (Derivation v : r.variants()) {
              batch.add(new Item(r, v));
            }
          } else {
            RecordSource again = () -> JsonlIndex.read(line);
            for (Derivation v : r.variants()) {
              batch.add(
                  loaded++ < keepLoaded
                      ? new Item(r, v, again)
                      : new Item(ItemSummary.of(r, v), again));
            }
          }
          long now = System.nanoTime();
          if (first || now - lastFlush > BATCH_MILLIS * 1_000_000) {
            first = false;
            flush();
          }
        }

        @Override
        public void problem(ReadProblem p) {
          problem = true;
          problems.add(p.toString());
        }

        @Override
        public void warning(ReadProblem w) {
          problems.add("warning: " + w);
        }

        @Override
        public void internalError(Source source, Throwable e) {
          // a bug met reading one record: that record is missing, the others load
          problems.add(source + ": internal error: " + e);
        }
      };
    }

    /** Records arriving come from the line {@code w} says (null: not indexed). */
    void locate(Supplier<JsonlIndex.Line> w) {
      where = w;
    }

    int loadedSoFar() {
      return loaded;
    }

    boolean sawProblem() {
      return problem;
    }

    void flush() {
      lastFlush = System.nanoTime();
      if (batch.isEmpty() || cancelled.get()) {
        return;
      }
      List<Item> out = batch;
      batch = new ArrayList<>();
      tasks.ui(
          () -> {
            if (!cancelled.get()) {
              sink.items(out);
            }
          });
    }
  }

  /** Stops a reader mid-file when another open replaced this one. */
  private static final class Cancelled extends RuntimeException {
    Cancelled() {
      super("cancelled", null, false, false);
    }
  }
}
