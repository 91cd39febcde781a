package org.derivx.gui.session;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * {@link Tasks#direct()}: everything at once, on the caller, failures handed over as in the window.
 */
final class DirectTasks implements Tasks {
  @Override
  public <T> Task submit(Callable<T> work, Consumer<? super T> done, Consumer<Throwable> failed) {
    Task t = new Task();
    T result;
    try {
      result = work.call();
    } catch (Exception | Error e) {
      failed.accept(e);
      return t;
    }
    done.accept(result);
    return t;
  }

  @Override
  public void ui(Runnable work) {
    work.run();
  }

  @Override
  public Task later(long millis, Runnable work) {
    work.run();
    return Task.done();
  }

  @Override
  public Lane lane() {
    return new Lane(this);
  }
}
