package org.derivx.gui.annotate;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.derivx.annotate.AnnotationException;
import org.derivx.annotate.AnnotationStore;
import org.derivx.annotate.AnnotationsFile;
import org.derivx.gui.session.Lane;
import org.derivx.gui.session.Tasks;

/**
 * The annotation store, owned by one {@link Lane} of the session's threads: opening, loading, every
 * write and closing run there, one at a time in the order they were asked for, so SQLite is never
 * touched on the FX thread, the window never waits for a disk sync and a later change never
 * overtakes an earlier one. A failed piece is handed to its handler on the FX thread.
 */
final class StoreWriter {
  interface Write {
    void to(AnnotationStore s) throws Exception;
  }

  private final Tasks tasks;
  private final Lane lane;

  /** Set and read only by pieces of the lane (one at a time, on whichever worker runs them). */
  private volatile AnnotationStore store;

  private Path file;
  private boolean opened;
  private boolean loading;

  StoreWriter(Tasks tasks) {
    this.tasks = tasks;
    this.lane = tasks.lane();
  }

  /** The store file to use from now on (the previous one is closed after its writes). */
  void use(Path db) {
    close();
    file = db;
  }

  Path file() {
    return file;
  }

  /** Asked to open (the pieces after it write to it). */
  boolean opened() {
    return opened;
  }

  /** Its labels are still being read. */
  boolean loading() {
    return loading;
  }

  /**
   * Opens the file (a read-only one for reading, {@code problem} hears why), then, if {@code load},
   * reads its labels: {@code loaded} gets them on the FX thread; {@code seen} (if not null) is the
   * first write, recording the dataset.
   */
  void open(boolean load, Consumer<String> problem, Consumer<Labels> loaded, Write seen) {
    Path f = file;
    opened = true;
    loading = load;
    lane.add(
        () -> {
          store = Stores.open(f, p -> tasks.ui(() -> problem.accept(p)));
          if (load) {
            Labels l = new Labels();
            l.load(store);
            tasks.ui(
                () -> {
                  if (f.equals(file)) {
                    loading = false;
                    loaded.accept(l);
                  }
                });
          }
          return null;
        },
        e -> {
          if (f.equals(file)) {
            loading = false;
            opened = false;
          }
          problem.accept(message(e));
        });
    if (seen != null) {
      write(seen, e -> problem.accept("Annotation not saved: " + message(e)));
    }
  }

  /** Runs {@code w} on the store after every earlier piece; failures go to {@code failed}. */
  void write(Write w, Consumer<Throwable> failed) {
    lane.add(
        () -> {
          AnnotationStore s = store;
          if (s == null) {
            throw new AnnotationException("the annotation store is not open");
          }
          w.to(s);
          return null;
        },
        failed);
  }

  /** Runs {@code then} on the FX thread with the store once every piece so far is over. */
  void committed(Consumer<AnnotationStore> then) {
    lane.whenIdle(() -> then.accept(opened ? store : null));
  }

  /** Writes every annotation to {@code out} (CSV or JSONL by extension) after earlier pieces. */
  void export(Path out, Consumer<String> said) {
    write(
        s -> {
          AnnotationsFile.export(s, out, AnnotationsFile.Format.of(out));
          tasks.ui(() -> said.accept("Annotations exported to " + out));
        },
        e -> said.accept("Export failed: " + message(e)));
  }

  /** Closes the store after every earlier piece. */
  void close() {
    if (!opened) {
      return;
    }
    opened = false;
    loading = false;
    lane.add(
        () -> {
          AnnotationStore s = store;
          store = null;
          if (s != null) {
            s.close();
          }
          return null;
        },
        e -> {});
  }

  /** True while pieces are queued or running. */
  boolean busy() {
    return lane.busy();
  }

  /** A failure in one line: the store's own messages as they are, anything else with its type. */
  static String message(Throwable e) {
    return e instanceof AnnotationException || e instanceof IOException
        ? e.getMessage()
        : e.toString();
  }
}
