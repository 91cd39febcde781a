package org.derivx.gui.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.derivx.check.CheckOptions;
import org.derivx.gui.session.Lane;
import org.derivx.gui.session.Task;
import org.derivx.gui.session.Tasks;
import org.derivx.lm.TinyLlama;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Closing the panel while a generation waits for a worker (found in review: close() ran on another
 * worker before the generation started, which then started a model process nobody would close).
 */
class GenerateCloseTest {
  @TempDir Path dir;

  /** Background work waits in a queue until the test runs it, in the order the test chooses. */
  private static final class Queued implements Tasks {
    final List<Runnable> queue = new ArrayList<>();
    private final Tasks direct = Tasks.direct();

    @Override
    public <T> Task submit(Callable<T> work, Consumer<? super T> done, Consumer<Throwable> failed) {
      queue.add(() -> direct.submit(work, done, failed));
      return new Task();
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
      return direct.lane();
    }
  }

  private static Set<Long> children() {
    return ProcessHandle.current()
        .children()
        .filter(ProcessHandle::isAlive)
        .map(ProcessHandle::pid)
        .collect(Collectors.toSet());
  }

  @Test
  void aGenerationThatStartsAfterTheCloseLeavesNoModelProcess() throws Exception {
    Path tiny = dir.resolve("tiny.gguf");
    TinyLlama.write(tiny, true);
    Queued tasks = new Queued();
    GenerateViewModel vm = new GenerateViewModel(tasks, CheckOptions.defaults());
    vm.modelProperty().set(tiny.toString());
    vm.maxTokensProperty().set(5);
    vm.promptProperty().set("y = x");
    Set<Long> before = children();

    vm.generate();
    vm.close();
    assertThat(tasks.queue).hasSize(2);
    // the worker pool runs the close first, then the generation
    tasks.queue.get(1).run();
    tasks.queue.get(0).run();

    assertThat(vm.runningProperty().get()).isFalse();
    Set<Long> left = children();
    left.removeAll(before);
    assertThat(left).as("model processes left running").isEmpty();
  }

  @Test
  void closingAfterAGenerationEndsItsProcess() throws Exception {
    Path tiny = dir.resolve("tiny.gguf");
    TinyLlama.write(tiny, true);
    Queued tasks = new Queued();
    GenerateViewModel vm = new GenerateViewModel(tasks, CheckOptions.defaults());
    vm.modelProperty().set(tiny.toString());
    vm.maxTokensProperty().set(5);
    vm.promptProperty().set("y = x");
    Set<Long> before = children();

    vm.generate();
    tasks.queue.remove(0).run();
    Set<Long> during = children();
    during.removeAll(before);
    assertThat(during).as("the model process stays for the next generation").hasSize(1);

    vm.close();
    tasks.queue.remove(0).run();
    long pid = during.iterator().next();
    ProcessHandle.of(pid).ifPresent(h -> h.onExit().join());
    assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
  }
}
