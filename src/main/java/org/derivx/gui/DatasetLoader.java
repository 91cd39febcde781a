package org.derivx.gui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.derivx.derivation.Derivation;
import org.derivx.derivation.DerivationRecord;
import org.derivx.derivation.ReadProblem;
import org.derivx.derivation.Source;
import org.derivx.gui.session.Item;
import org.derivx.gui.session.Tasks;
import org.derivx.io.DatasetException;
import org.derivx.io.DatasetFiles;
import org.derivx.io.Datasets;
import org.derivx.io.RecordSink;

/**
 * Streams dataset files in the background and hands their items to the UI in batches: the first
 * record at once (something to look at immediately), then at most every {@link #BATCH_MILLIS}, so a
 * 100k-derivation file neither freezes the window nor floods its event queue.
 */
final class DatasetLoader {
  static final long BATCH_MILLIS = 200;

  /** Receives batches on the UI thread, then one {@link #done}. */
  interface Sink {
    void items(List<Item> batch);

    void done(List<String> problems);
  }

  private final Tasks tasks;

  DatasetLoader(Tasks tasks) {
    this.tasks = tasks;
  }

  void load(List<Path> paths, AtomicBoolean cancelled, Sink sink) {
    List<String> problems = new ArrayList<>();
    tasks.submit(
        () -> {
          Batcher batcher = new Batcher(sink, cancelled);
          try {
            for (Path file : DatasetFiles.expand(paths)) {
              if (cancelled.get()) {
                break;
              }
              try {
                Datasets.stream(file, null, batcher.problemsTo(problems));
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
          return problems;
        },
        sink::done,
        e -> {
          // a bug outside any one record: what was read stays open, and the dialog says why
          problems.add("internal error while reading: " + e);
          sink.done(problems);
        });
  }

  /** Collects items off the UI thread and flushes them to it. */
  private final class Batcher {
    private final Sink sink;
    private final AtomicBoolean cancelled;
    private List<Item> batch = new ArrayList<>();
    private long lastFlush;
    private boolean first = true;

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
          for (Derivation v : r.variants()) {
            batch.add(new Item(r, v));
          }
          long now = System.nanoTime();
          if (first || now - lastFlush > BATCH_MILLIS * 1_000_000) {
            first = false;
            flush();
          }
        }

        @Override
        public void problem(ReadProblem p) {
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
