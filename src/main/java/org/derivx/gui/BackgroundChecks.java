package org.derivx.gui;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntConsumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import org.derivx.check.CheckOptions;
import org.derivx.check.DerivationReport;
import org.derivx.check.run.CheckListener;
import org.derivx.check.run.StepChecker;
import org.derivx.derivation.Derivation;
import org.derivx.gui.session.Item;
import org.derivx.gui.session.Session;
import org.derivx.gui.session.Task;

/**
 * The explorer's checks, on the session's threads: every loaded item in a batch (progress and
 * cancel in the status bar), and the selected item at once, ahead of the batch, so the derivation
 * someone is looking at never waits behind a 100k-item queue. The batch keeps only a few checks
 * queued at a time (a priority check is never behind more than those). A check that throws marks
 * its item and the status line; the batch goes on with the others.
 */
final class BackgroundChecks {
  /** Views that depend on reports are refreshed at most this often while reports stream in. */
  static final long REFRESH_MILLIS = 250;

  /** Checks one derivation (on a worker thread); {@code cancelled} stops it at the next step. */
  @FunctionalInterface
  interface Checker {
    DerivationReport check(String id, Derivation d, AtomicBoolean cancelled) throws Exception;
  }

  /** The real checker: one {@link StepChecker} (and Symja engine) per concurrent check. */
  static Checker pooled(CheckOptions options) {
    ConcurrentLinkedQueue<StepChecker> idle = new ConcurrentLinkedQueue<>();
    return (id, d, cancelled) -> {
      StepChecker c = idle.poll();
      if (c == null) {
        c = new StepChecker(options);
      }
      try {
        return c.check(id, d, CheckListener.NONE, cancelled);
      } finally {
        idle.add(c);
      }
    };
  }

  private final Session session;
  private final Checker checker;
  private final int window;
  private final Set<Item> prioritised = Collections.newSetFromMap(new IdentityHashMap<>());
  private final DoubleProperty progress;
  private final BooleanProperty checking;
  private Batch batch;
  private Task refresh = Task.done();
  private boolean refreshPending;
  private long arrivals;

  BackgroundChecks(
      Session session,
      Checker checker,
      int threads,
      DoubleProperty progress,
      BooleanProperty checking) {
    this.session = session;
    this.checker = checker;
    this.window = Math.max(2, 2 * threads);
    this.progress = progress;
    this.checking = checking;
  }

  /** Reports handed to items by batches so far (for saving them now and then). */
  long arrivals() {
    return arrivals;
  }

  /** Checks {@code i} now if it has no report yet (and is not already being checked first). */
  void first(Item i) {
    if (i == null || i.report() != null || !prioritised.add(i)) {
      return;
    }
    Derivation d = i.derivation();
    session
        .tasks()
        .submit(
            () -> checker.check(i.id(), d, new AtomicBoolean()),
            r -> {
              prioritised.remove(i);
              if (i.report() == null && fileVersion(i, d)) {
                i.checked(r);
              }
            },
            e -> {
              prioritised.remove(i); // selected again, it is tried again
              failed(i, e);
            });
  }

  private void failed(Item i, Throwable e) {
    i.failed("The check failed (an internal error, not a verdict): " + Session.describe(e));
    session.report("Check failed on " + i.id() + " (" + i.name() + ")", e);
  }

  /**
   * Checks every item of {@code todo} without a report, handing each report to its item as it
   * comes; {@code refresh} (if not null) runs after reports arrived, coalesced; {@code finished}
   * with the number of failed checks once the batch is over (not after a cancel).
   */
  void all(List<Item> todo, Runnable refresh, IntConsumer finished) {
    stop(); // the busy flag stays up: a snapshot waits for it to fall once this batch is over
    Batch b = new Batch(todo, refresh, finished);
    batch = b;
    checking.set(true);
    progress.set(0);
    b.pump();
  }

  void cancel() {
    stop();
    checking.set(false);
  }

  private void stop() {
    if (batch != null) {
      batch.cancelled.set(true);
      batch = null;
    }
    refresh.cancel();
    refreshPending = false;
  }

  /**
   * {@code i} still shows what was checked: the same derivation, or (read on the worker) the file's
   * version, loaded meanwhile or not.
   */
  private static boolean fileVersion(Item i, Derivation checked) {
    if (checked == null || !i.isLoaded()) {
      return !i.isEdited();
    }
    return i.loadedState().derivation() == checked;
  }

  /** One batch: a cursor over its items, at most {@link #window} checks queued at once. */
  private final class Batch {
    final List<Item> todo;
    final Runnable onReports;
    final IntConsumer finished;
    final AtomicBoolean cancelled = new AtomicBoolean();
    int next;
    int inFlight;
    int done;
    int failures;
    boolean pumping;
    boolean over;

    Batch(List<Item> todo, Runnable onReports, IntConsumer finished) {
      this.todo = List.copyOf(todo);
      this.onReports = onReports;
      this.finished = finished;
    }

    void pump() {
      if (pumping) {
        return; // a check finished inside submit (direct executor): the loop below goes on
      }
      pumping = true;
      while (!cancelled.get() && inFlight < window && next < todo.size()) {
        Item i = todo.get(next++);
        if (i.report() != null || i.isChecked() || prioritised.contains(i)) {
          done++;
          continue;
        }
        inFlight++;
        // an item that is not loaded is read on the worker and stays unloaded: only its
        // verdicts come back (it is loaded when someone looks at it)
        Derivation d = i.isLoaded() ? i.derivation() : null;
        session
            .tasks()
            .submit(
                () -> checker.check(i.id(), d != null ? d : i.read(), cancelled),
                r -> arrived(i, d, r),
                e -> {
                  failures++;
                  failed(i, e);
                  arrived(i, d, null);
                });
      }
      pumping = false;
      if (!cancelled.get() && inFlight == 0 && next >= todo.size() && !over) {
        over = true;
        batch = null;
        checking.set(false);
        progress.set(1);
        finished.accept(failures);
      }
    }

    private void arrived(Item i, Derivation d, DerivationReport r) {
      inFlight--;
      if (cancelled.get()) {
        return;
      }
      if (r != null && i.report() == null && fileVersion(i, d)) {
        i.checked(r);
      }
      arrivals++;
      done++;
      progress.set(done / (double) todo.size());
      if (onReports != null && !refreshPending) {
        // refiltering re-tests every item: once per interval, not once per report
        refreshPending = true;
        refresh =
            session
                .tasks()
                .later(
                    REFRESH_MILLIS,
                    () -> {
                      refreshPending = false;
                      onReports.run();
                    });
      }
      pump();
    }
  }
}
