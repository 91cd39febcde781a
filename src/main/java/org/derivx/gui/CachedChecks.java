package org.derivx.gui;

import java.nio.file.Path;
import java.util.function.BooleanSupplier;
import org.derivx.check.CheckOptions;
import org.derivx.gui.session.Lane;
import org.derivx.gui.session.Session;

/**
 * The open file's check results and the {@link CheckCache}: read once the file is indexed (before
 * the batch starts, so cached items are not checked again), written in the background every {@link
 * #SAVE_EVERY} results and when a batch ends, one write at a time.
 */
final class CachedChecks {
  /** Results are saved after this many more arrived (and when a batch ends). */
  static final int SAVE_EVERY = 1000;

  private final Session session;
  private final CheckCache cache;
  private final CheckOptions options;
  private final Lane writes;
  private Path file;
  private long savedAt;

  CachedChecks(Session session, Path dir, CheckOptions options) {
    this.session = session;
    this.cache = new CheckCache(dir);
    this.options = options;
    this.writes = session.tasks().lane();
  }

  /** A new open: nothing to save until it is read. */
  void clear() {
    file = null;
  }

  /**
   * The files were read ({@code content}: their hash, null when not indexed): cached results land
   * on the items, then {@code then} runs (on the FX thread) unless {@code stale} by then.
   */
  void opened(String content, BooleanSupplier stale, Runnable then) {
    file = cache.file(content, options);
    if (file == null) {
      then.run();
      return;
    }
    Path f = file;
    int n = session.items().size();
    session
        .tasks()
        .submit(
            () -> CheckCache.read(f, n),
            cached -> {
              if (!stale.getAsBoolean()) {
                if (cached != null) {
                  cached.apply(session.items());
                }
                then.run();
              }
            },
            e -> {
              if (!stale.getAsBoolean()) {
                session.report("Cached check results not read (" + f + ")", e);
                then.run();
              }
            });
  }

  /** {@code arrivals} results so far: saved if enough arrived since the last save. */
  void progress(long arrivals) {
    if (arrivals - savedAt >= SAVE_EVERY) {
      save(arrivals);
    }
  }

  /** Writes the open file's verdicts to the cache, in the background, in order. */
  void save(long arrivals) {
    savedAt = arrivals;
    Path f = file;
    if (f == null) {
      return;
    }
    CheckCache.Results r = CheckCache.snapshot(session.items());
    writes.add(
        () -> {
          CheckCache.write(f, r);
          return null;
        },
        e -> session.report("Check results not cached (" + f + ")", e));
  }

  /** Starting a batch: counts from here. */
  void batchStarts(long arrivals) {
    savedAt = arrivals;
  }
}
