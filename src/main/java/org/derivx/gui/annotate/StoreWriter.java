package org.derivx.gui.annotate;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.derivx.annotate.AnnotationException;
import org.derivx.annotate.AnnotationStore;

/**
 * One thread that writes to the annotation store in the order the changes were made, so the window
 * never waits for a disk sync and a later change never overtakes an earlier one.
 */
final class StoreWriter {
  interface Write {
    void to(AnnotationStore s) throws Exception;
  }

  private final ExecutorService thread =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread t = new Thread(r, "derivx-annotations");
            t.setDaemon(true);
            return t;
          });

  /** Runs {@code w} on {@code s} after every earlier write; failures go to {@code failed}. */
  void write(AnnotationStore s, Write w, Consumer<Exception> failed) {
    thread.execute(
        () -> {
          try {
            w.to(s);
          } catch (Exception e) {
            failed.accept(e);
          }
        });
  }

  /** Waits until every write so far has returned; false if that took over 30 s. */
  boolean flush() {
    try {
      thread.submit(() -> {}).get(30, TimeUnit.SECONDS);
      return true;
    } catch (Exception e) {
      return false;
    }
  }

  static String message(Exception e) {
    return e instanceof AnnotationException || e instanceof java.io.IOException
        ? e.getMessage()
        : e.toString();
  }
}
