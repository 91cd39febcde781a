package org.derivx.io;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/**
 * Decodes a file's frames and delivers them to the sink in file order, always on the reading
 * thread. With several threads, frames are decoded (JSON, then every equation parsed) on workers,
 * at most {@code 2 × threads} at a time, so memory stays bounded whatever the file's length.
 */
final class Decoder implements AutoCloseable {
  /** Reads a file's frames and submits them. */
  @FunctionalInterface
  interface Framing {
    void frames(Decoder decoder) throws IOException, DatasetException, InterruptedException;
  }

  /**
   * Runs {@code framing} over the file {@code name}: frames reach the sink in order; when reading
   * fails part way, the frames read before the failure are delivered first, then it is reported.
   */
  static void run(String name, RecordSink sink, int threads, Framing framing)
      throws DatasetException {
    try (Decoder d = new Decoder(sink, threads)) {
      try {
        framing.frames(d);
      } catch (IOException | DatasetException e) {
        d.finish();
        throw e;
      }
      d.finish();
    } catch (TextInput.NotTextException e) {
      throw new DatasetException(name + ": " + e.getMessage(), e);
    } catch (IOException e) {
      throw new DatasetException(name + ": cannot read: " + FormatDetector.describe(e), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DatasetException(name + ": reading was interrupted", e);
    }
  }

  private final RecordSink sink;
  private final ExecutorService pool;
  private final int window;
  private final ArrayDeque<Future<Decoded>> pending = new ArrayDeque<>();

  Decoder(RecordSink sink, int threads) {
    this.sink = sink;
    this.window = 2 * threads;
    this.pool =
        threads <= 1
            ? null
            : Executors.newFixedThreadPool(
                threads,
                r -> {
                  Thread t = new Thread(r, "derivx-read");
                  t.setDaemon(true);
                  return t;
                });
  }

  void submit(Supplier<Decoded> frame) throws InterruptedException {
    if (pool == null) {
      frame.get().deliver(sink);
      return;
    }
    while (!pending.isEmpty() && (pending.size() >= window || pending.peekFirst().isDone())) {
      deliver(pending.removeFirst());
    }
    pending.addLast(pool.submit(frame::get));
  }

  /** Delivers every frame still being decoded. */
  void finish() throws InterruptedException {
    while (!pending.isEmpty()) {
      deliver(pending.removeFirst());
    }
  }

  private void deliver(Future<Decoded> f) throws InterruptedException {
    try {
      f.get().deliver(sink);
    } catch (ExecutionException e) {
      // Decoded.decode catches everything; a failure here is the executor's own
      throw new IllegalStateException("decoding failed", e.getCause());
    }
  }

  @Override
  public void close() {
    if (pool != null) {
      pool.shutdownNow();
    }
  }
}
