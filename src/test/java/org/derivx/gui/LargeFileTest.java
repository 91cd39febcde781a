package org.derivx.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.derivx.check.CheckOptions;
import org.derivx.check.DerivationReport;
import org.derivx.check.run.StepChecker;
import org.derivx.gui.session.Item;
import org.derivx.gui.session.QueuedTasks;
import org.derivx.gui.session.Tasks;
import org.derivx.io.Datasets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 5,000-record file in the window's view-model: few derivations loaded at any time (counted,
 * never all), filters and sorting from the kept verdicts without loading anything, the selected
 * item checked ahead of the batch, and a reopened file taking its verdicts from the cache instead
 * of the checker (counted checks, not time).
 */
class LargeFileTest {
  static final int RECORDS = 5000;
  static final int LIMIT = 50;

  static DerivationReport clean;
  static DerivationReport wrong;

  @TempDir Path dir;

  /** Calls of the checker, by record id, in order. */
  final List<String> checked = Collections.synchronizedList(new ArrayList<>());

  /** The real checker's reports on the two shapes of derivation the file holds, made once. */
  @BeforeAll
  static void reports(@TempDir Path tmp) throws Exception {
    Path two = Files.writeString(tmp.resolve("two.jsonl"), line(0) + "\n" + line(1) + "\n");
    var records = Datasets.load(two).records();
    StepChecker real = new StepChecker(CheckOptions.defaults());
    clean = real.check("r0", records.get(0).variants().get(0));
    wrong = real.check("r1", records.get(1).variants().get(0));
  }

  /** Record {@code i}: every odd one ends in an incorrect step. */
  static String line(int i) {
    return "{\"id\": \"r"
        + i
        + "\", \"steps\": [\"x = 1\", \"x + 1 = "
        + (i % 2 == 0 ? "2" : "3")
        + "\"]}";
  }

  Path file() throws Exception {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < RECORDS; i++) {
      b.append(line(i)).append('\n');
    }
    return Files.writeString(dir.resolve("big.jsonl"), b);
  }

  /** Stands in for the checker: the real reports, by shape; every call counted. */
  BackgroundChecks.Checker counting() {
    return (id, d, cancelled) -> {
      checked.add(id);
      return d.step(2).raw().endsWith("3") ? wrong : clean;
    };
  }

  ExplorerViewModel viewModel(Tasks tasks, Path cache) {
    return new ExplorerViewModel(tasks, CheckOptions.defaults(), counting(), cache, LIMIT);
  }

  static Item item(ExplorerViewModel vm, String id) {
    return vm.items().stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow();
  }

  static long loaded(ExplorerViewModel vm) {
    return vm.items().stream().filter(Item::isLoaded).count();
  }

  @Test
  void fewDerivationsAreLoadedAndFiltersWorkFromTheKeptVerdicts() throws Exception {
    ExplorerViewModel vm = viewModel(Tasks.direct(), null);
    vm.open(List.of(file()));

    assertThat(vm.items()).hasSize(RECORDS);
    assertThat(vm.items()).allSatisfy(i -> assertThat(i.isChecked()).isTrue());
    assertThat(checked).hasSize(RECORDS); // each once: the batch read unloaded items itself
    assertThat(loaded(vm)).isLessThanOrEqualTo(LIMIT + 1).isLessThan(RECORDS);
    assertThat(vm.session().loadedCount()).isLessThanOrEqualTo(LIMIT);
    assertThat(item(vm, "r4001").isLoaded()).isFalse();
    assertThat(item(vm, "r4001").errors()).isEqualTo(1);
    assertThat(item(vm, "r4001").badge()).contains("\u2717");

    // filtering and sorting read the kept verdicts: nothing is read again but a new selection
    // (a filter that hides the selected item selects the first row)
    long reads = vm.session().reloads();
    vm.errorsOnlyProperty().set(true);
    assertThat(vm.visible()).hasSize(RECORDS / 2).allSatisfy(i -> assertThat(i.errors()).isOne());
    vm.errorsOnlyProperty().set(false);
    vm.sortByErrorsProperty().set(true);
    assertThat(vm.visible().get(0).errors()).isOne();
    assertThat(vm.visible().get(RECORDS - 1).errors()).isZero();
    vm.filterTextProperty().set("r4999");
    assertThat(vm.visible()).extracting(Item::id).containsExactly("r4999");
    assertThat(vm.session().reloads()).isLessThanOrEqualTo(reads + 4);
    assertThat(loaded(vm)).isLessThanOrEqualTo(LIMIT + 1);

    // selecting reads the one item again from its line, its steps and full report with it
    vm.filterTextProperty().set("");
    Item far = item(vm, "r4001");
    reads = vm.session().reloads();
    vm.selectedProperty().set(far);
    assertThat(far.isLoaded()).isTrue();
    assertThat(far.derivation().size()).isEqualTo(2);
    assertThat(far.derivation().step(2).raw()).isEqualTo("x + 1 = 3");
    assertThat(far.report()).isNotNull();
    assertThat(vm.session().reloads()).isEqualTo(reads + 1);
  }

  @Test
  void theSelectionAndEditsStayLoadedWhateverElseIsRead() throws Exception {
    ExplorerViewModel vm = viewModel(Tasks.direct(), null);
    vm.open(List.of(file()));
    Item edited = item(vm, "r3000");
    vm.selectedProperty().set(edited);
    vm.editor().edit("x = 1\nx + 2 = 3");
    assertThat(edited.isEdited()).isTrue();
    // read far more items than the limit: the oldest go, the edit stays
    for (int i = 0; i < 3 * LIMIT; i++) {
      vm.selectedProperty().set(item(vm, "r" + (10 + i)));
    }
    assertThat(vm.session().loadedCount()).isLessThanOrEqualTo(LIMIT + 1);
    assertThat(edited.isLoaded()).isTrue();
    assertThat(edited.isEdited()).isTrue();
    assertThat(edited.derivation().step(2).raw()).isEqualTo("x + 2 = 3");
    assertThat(item(vm, "r10").isLoaded()).isFalse(); // read, then unloaded
    assertThat(vm.selectedProperty().get().isLoaded()).isTrue();
  }

  @Test
  void theSelectedItemIsCheckedAheadOfTheBatch() throws Exception {
    QueuedTasks tasks = new QueuedTasks();
    ExplorerViewModel vm = viewModel(tasks, null);
    vm.open(List.of(file()));
    tasks.drainUntil(() -> !vm.loadingProperty().get()); // read, the batch under way
    int before = checked.size();
    vm.selectedProperty().set(item(vm, "r4321"));
    tasks.drainUntil(() -> checked.contains("r4321"));
    // only what was queued already went before it: the batch's window and the first item's check
    int window = Math.max(2, 2 * Runtime.getRuntime().availableProcessors());
    assertThat(checked.indexOf("r4321") - before).isLessThanOrEqualTo(window + 1);
    assertThat(checked.size()).isLessThan(RECORDS / 2);
    tasks.drainUntil(() -> !vm.checkingProperty().get());
    assertThat(checked).hasSize(RECORDS).doesNotHaveDuplicates();
  }

  @Test
  void aReopenedFileTakesItsVerdictsFromTheCache() throws Exception {
    Path file = file();
    Path cache = dir.resolve("cache");
    ExplorerViewModel first = viewModel(Tasks.direct(), cache);
    first.open(List.of(file));
    assertThat(checked).hasSize(RECORDS);
    assertThat(cache).isNotEmptyDirectory();

    checked.clear();
    ExplorerViewModel again = viewModel(Tasks.direct(), cache);
    again.open(List.of(file));
    // only the selected item is checked, for its details; every other verdict came from the cache
    assertThat(checked).containsExactly(again.selectedProperty().get().id());
    assertThat(again.items()).allSatisfy(i -> assertThat(i.isChecked()).isTrue());
    assertThat(item(again, "r4001").errors()).isOne();
    assertThat(item(again, "r4000").errors()).isZero();
    assertThat(again.statusProperty().get()).startsWith(RECORDS + " of " + RECORDS);

    // other content, other key: checked again
    checked.clear();
    Files.writeString(file, Files.readString(file) + line(RECORDS) + "\n");
    viewModel(Tasks.direct(), cache).open(List.of(file));
    assertThat(checked).hasSize(RECORDS + 1);
  }
}
