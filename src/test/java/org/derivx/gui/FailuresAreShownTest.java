package org.derivx.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.derivx.check.CheckOptions;
import org.derivx.check.run.StepChecker;
import org.derivx.derivation.StepCategory;
import org.derivx.gui.session.Item;
import org.derivx.gui.session.Tasks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing fails silently: a check that throws, a flagger that throws and a store write that fails
 * each show (on the item and in the status line), the rest of the batch is checked, and nothing
 * hangs. Synchronous: the test executor runs every task, batch checks and store writes at once.
 */
class FailuresAreShownTest {
  static final Path SAMPLE = Path.of("sample-derivations/hand-written.jsonl");

  @TempDir Path dir;
  final List<String> status = new ArrayList<>();
  final AtomicInteger checksOfTheBadOne = new AtomicInteger();

  ExplorerViewModel viewModel() {
    StepChecker real = new StepChecker(CheckOptions.defaults());
    BackgroundChecks.Checker failing =
        (id, d, cancelled) -> {
          if (id.equals("skipped-step") && !d.isReference()) { // its generation only
            checksOfTheBadOne.incrementAndGet();
            throw new IllegalStateException("injected failure on " + id);
          }
          return real.check(id, d);
        };
    ExplorerViewModel vm = new ExplorerViewModel(Tasks.direct(), CheckOptions.defaults(), failing);
    vm.statusProperty().addListener((o, was, now) -> status.add(now));
    return vm;
  }

  static Item badOne(ExplorerViewModel vm) {
    return vm.items().stream()
        .filter(i -> i.id().equals("skipped-step") && !i.original().isReference())
        .findFirst()
        .orElseThrow();
  }

  @Test
  void aFailedCheckShowsOnItsItemAndInTheStatusAndTheBatchGoesOn() {
    ExplorerViewModel vm = viewModel();
    vm.open(List.of(SAMPLE));

    Item bad = badOne(vm);
    assertThat(bad.report()).isNull();
    assertThat(bad.state().failure()).contains("injected failure on skipped-step");
    assertThat(bad.badge()).isEqualTo(Item.FAILED);
    assertThat(status).anyMatch(s -> s.startsWith("Check failed on skipped-step"));
    // every other derivation was checked, and the summary counts the failure
    assertThat(vm.items().stream().filter(i -> i != bad))
        .isNotEmpty()
        .allSatisfy(i -> assertThat(i.report()).isNotNull());
    assertThat(vm.statusProperty().get()).contains("1 checks failed");
    assertThat(vm.checkingProperty().get()).isFalse();
  }

  @Test
  void aFailedPriorityCheckIsTriedAgainWhenTheItemIsSelectedAgain() {
    ExplorerViewModel vm = viewModel();
    vm.open(List.of(SAMPLE));
    Item bad = badOne(vm);
    int before = checksOfTheBadOne.get();
    vm.selectedProperty().set(bad);
    vm.selectedProperty().set(vm.items().get(0));
    vm.selectedProperty().set(bad);
    assertThat(checksOfTheBadOne.get()).isEqualTo(before + 2); // not prioritised forever
  }

  @Test
  void aFailingFlaggerIsNamedInTheStatusAndTheWindowGoesOn() {
    ExplorerViewModel vm = viewModel();
    vm.useFlagger(
        ds -> {
          throw new IllegalStateException("injected flagger failure");
        });
    vm.open(List.of(SAMPLE));
    assertThat(status).anyMatch(s -> s.contains("Flagging failed") && s.contains("injected"));
    assertThat(vm.items()).allSatisfy(i -> assertThat(i.flags()).isNull());
  }

  @Test
  void aFailingStoreWriteIsShownAndLaterWritesStillRun() throws Exception {
    ExplorerViewModel vm = viewModel();
    vm.open(List.of(SAMPLE));
    var a = vm.annotations();
    // a store "inside" a regular file: opening it fails, so does every write
    Path notAFolder = Files.writeString(dir.resolve("not-a-folder"), "x");
    a.useStore(notAFolder.resolve("labels.derivx.db"), false);
    a.annotatorProperty().set("ann");
    vm.selectedProperty().set(vm.items().get(0));
    assertThat(a.setCategory(StepCategory.VALID)).isTrue();
    assertThat(a.problemProperty().get()).isNotBlank();
    assertThat(a.writing()).isFalse(); // nothing left hanging in the queue

    // a store that works afterwards takes the next label
    Path good = dir.resolve("good.derivx.db");
    a.useStore(good, false);
    assertThat(a.setCategory(StepCategory.SKIPPED)).isTrue();
    assertThat(Files.exists(good)).isTrue();
    assertThat(a.read().mine(vm.items().get(0), 1)).isEqualTo(StepCategory.SKIPPED);
  }

  @Test
  void tabWithNothingShownDoesNothing() {
    ExplorerViewModel vm = viewModel();
    vm.open(List.of(SAMPLE));
    vm.annotations().annotatorProperty().set("ann");
    vm.filterTextProperty().set("no derivation is called this");
    assertThat(vm.visible()).isEmpty();
    assertThat(vm.annotations().nextUnannotated()).isFalse();
  }
}
