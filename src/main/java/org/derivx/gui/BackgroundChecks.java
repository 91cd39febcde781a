package org.derivx.gui;

import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.function.BiFunction;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import org.derivx.check.CheckOptions;
import org.derivx.check.DerivationReport;
import org.derivx.check.run.BatchChecker;
import org.derivx.check.run.CheckListener;
import org.derivx.check.run.StepChecker;
import org.derivx.derivation.Derivation;
import org.derivx.gui.browser.BrowserItem;

/**
 * The explorer's checks, off the FX thread: every loaded item in a parallel batch (progress and
 * cancel in the status bar), and the selected item at once, ahead of the batch, so the derivation
 * someone is looking at never waits behind a 100k-item queue.
 */
final class BackgroundChecks {
  /** Views that depend on reports are refreshed at most this often while reports stream in. */
  static final long REFRESH_MILLIS = 250;

  private final UiExecutor executor;
  private final CheckOptions options;
  private final StepChecker priorityChecker;
  private final Set<BrowserItem> prioritised =
      Collections.newSetFromMap(Collections.synchronizedMap(new WeakHashMap<>()));
  private final DoubleProperty progress;
  private final BooleanProperty checking;
  private volatile BatchChecker batch;
  private boolean refreshPending;

  BackgroundChecks(
      UiExecutor executor,
      CheckOptions options,
      DoubleProperty progress,
      BooleanProperty checking) {
    this.executor = executor;
    this.options = options;
    this.priorityChecker = new StepChecker(options);
    this.progress = progress;
    this.checking = checking;
  }

  /** Checks {@code i} now if it has no report yet (and is not already being checked first). */
  void first(BrowserItem i) {
    if (i == null || i.report() != null || !prioritised.add(i)) {
      return;
    }
    Derivation d = i.derivation();
    executor.background(
        () -> {
          DerivationReport r;
          synchronized (priorityChecker) { // one Symja engine, not thread-safe
            if (i.report() != null) {
              return;
            }
            r = priorityChecker.check(i.id(), d);
          }
          executor.ui(
              () -> {
                if (i.report() == null && i.derivation() == d) {
                  i.checked(r);
                }
              });
        });
  }

  /**
   * Checks every item of {@code todo} without a report, handing each report to its item as it
   * comes; {@code refresh} (if not null) runs after reports arrived, coalesced; {@code finished}
   * once the batch is over (not after a cancel).
   */
  void all(
      List<BrowserItem> todo,
      BiFunction<String, String, BrowserItem> itemOf,
      Runnable refresh,
      Runnable finished) {
    List<BrowserItem> open = todo.stream().filter(i -> i.report() == null).toList();
    if (open.isEmpty()) {
      checking.set(false);
      finished.run();
      return;
    }
    BatchChecker b =
        new BatchChecker(options, Math.max(1, Runtime.getRuntime().availableProcessors()));
    batch = b;
    checking.set(true);
    progress.set(0);
    int total = open.size();
    int[] done = {0};
    List<BatchChecker.Job> jobs =
        open.stream().map(i -> new BatchChecker.Job(i.id(), i.derivation())).toList();
    executor.background(
        () -> {
          try {
            b.run(
                jobs,
                new CheckListener() {
                  @Override
                  public void derivationChecked(DerivationReport report) {
                    executor.ui(() -> arrived(b, itemOf, report, ++done[0], total, refresh));
                  }
                });
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          } finally {
            executor.ui(
                () -> {
                  if (batch == b && !b.isCancelled()) {
                    checking.set(false);
                    finished.run();
                  }
                });
          }
        });
  }

  private void arrived(
      BatchChecker b,
      BiFunction<String, String, BrowserItem> itemOf,
      DerivationReport report,
      int done,
      int total,
      Runnable refresh) {
    if (batch != b || b.isCancelled()) {
      return;
    }
    BrowserItem item = itemOf.apply(report.id(), report.variant());
    if (item != null && item.report() == null) {
      item.checked(report);
    }
    progress.set(done / (double) total);
    if (refresh != null && !refreshPending) {
      // refiltering re-tests every item: once per interval, not once per report
      refreshPending = true;
      executor.later(
          REFRESH_MILLIS,
          () ->
              executor.ui(
                  () -> {
                    refreshPending = false;
                    refresh.run();
                  }));
    }
  }

  void cancel() {
    BatchChecker b = batch;
    if (b != null) {
      b.cancel();
    }
    checking.set(false);
  }
}
