package org.derivx.gui.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.derivx.check.CheckOptions;
import org.derivx.gui.session.QueuedTasks;
import org.derivx.lm.TinyLlama;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Closing the panel while a generation waits for a worker (found in review: close() ran on another
 * worker before the generation started, which then started a model process nobody would close).
 */
class GenerateCloseTest {
  @TempDir Path dir;

  private final QueuedTasks tasks = new QueuedTasks();

  private GenerateViewModel panel() throws Exception {
    Path tiny = dir.resolve("tiny.gguf");
    TinyLlama.write(tiny, true);
    GenerateViewModel vm = new GenerateViewModel(tasks, CheckOptions.defaults());
    vm.modelProperty().set(tiny.toString());
    vm.maxTokensProperty().set(5);
    vm.promptProperty().set("y = x");
    return vm;
  }

  private final Set<Long> existing = children();

  /** A failing run must not leave its model processes behind for the other tests. */
  @AfterEach
  void endNewChildren() {
    ProcessHandle.current()
        .children()
        .filter(h -> !existing.contains(h.pid()))
        .forEach(ProcessHandle::destroyForcibly);
  }

  private static void waitForExit(ProcessHandle h) {
    try {
      h.onExit().get(15, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException | TimeoutException e) {
      // still alive: the assertion that follows says so
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
    GenerateViewModel vm = panel();
    Set<Long> before = children();

    vm.generate();
    vm.close();
    assertThat(tasks.pending()).isEqualTo(2);
    // the worker pool runs the close first, then the generation
    tasks.run(1);
    tasks.run(0);

    assertThat(vm.runningProperty().get()).isFalse();
    Set<Long> left = children();
    left.removeAll(before);
    assertThat(left).as("model processes left running").isEmpty();
  }

  /**
   * Closed after its model process started, before the generation began (found in review: the
   * process, closed under it, was restarted by the generation and left running).
   */
  @Test
  void aGenerationWhoseProcessIsClosedBeforeItBeginsDoesNotRestartIt() throws Exception {
    GenerateViewModel vm = panel();
    Set<Long> before = children();
    vm.statusProperty()
        .addListener(
            (o, was, now) -> {
              if (now.startsWith("Generating with")) {
                vm.close();
                tasks.run(0); // the close, on another worker, before the generation goes on
              }
            });

    vm.generate();
    tasks.run(0);

    assertThat(vm.runningProperty().get()).isFalse();
    assertThat(vm.statusProperty().get()).contains("closed");
    Set<Long> left = children();
    left.removeAll(before);
    for (long pid : left) {
      ProcessHandle.of(pid).ifPresent(h -> waitForExit(h));
    }
    left.removeIf(pid -> ProcessHandle.of(pid).map(h -> !h.isAlive()).orElse(true));
    assertThat(left).as("model processes left running").isEmpty();
  }

  @Test
  void closingAfterAGenerationEndsItsProcess() throws Exception {
    GenerateViewModel vm = panel();
    Set<Long> before = children();

    vm.generate();
    tasks.run(0);
    Set<Long> during = children();
    during.removeAll(before);
    assertThat(during).as("the model process stays for the next generation").hasSize(1);

    vm.close();
    tasks.run(0);
    long pid = during.iterator().next();
    ProcessHandle.of(pid).ifPresent(GenerateCloseTest::waitForExit);
    assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
  }
}
