package org.derivx.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.derivx.check.CheckOptions;
import org.derivx.check.Verdict;
import org.derivx.derivation.Derivation;
import org.derivx.gui.session.Item;
import org.derivx.gui.session.Lane;
import org.derivx.gui.session.Task;
import org.derivx.gui.session.Tasks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The explorer's view-model on the bundled samples, synchronously and without a window. */
class ExplorerViewModelTest {
  static final Path SAMPLE = Path.of("sample-derivations/hand-written.jsonl");
  static final Path PAPER = Path.of("sample-derivations/paper-layout_results.json");
  private ExplorerViewModel vm;

  @BeforeEach
  void open() {
    vm = new ExplorerViewModel(Tasks.direct(), CheckOptions.defaults());
    vm.open(List.of(SAMPLE));
  }

  @Test
  void opensEveryVariantAndChecksIt() {
    assertThat(vm.items()).isNotEmpty();
    assertThat(vm.items()).allSatisfy(i -> assertThat(i.report()).isNotNull());
    assertThat(vm.checkingProperty().get()).isFalse();
    assertThat(vm.statusProperty().get()).contains("checked");
    assertThat(vm.selectedProperty().get()).isSameAs(vm.visible().get(0));
    assertThat(vm.selectedStepProperty().get()).isEqualTo(1);
  }

  @Test
  void badgeCountsVerdictsOtherThanPremises() {
    assertThat(vm.navigator().select("skipped-step", null)).isTrue();
    Item i = vm.selectedProperty().get();
    assertThat(i.counts()).containsEntry(Verdict.SKIPPED, 1L);
    assertThat(i.badge()).contains("1\u00BB").contains("\u2713").doesNotContain("P");
    assertThat(i.errors()).isEqualTo(1);
  }

  @Test
  void stepsMoveWithinTheDerivation() {
    vm.navigator().select("skipped-step", null);
    vm.navigator().moveStep(-1);
    assertThat(vm.selectedStepProperty().get()).isEqualTo(1);
    vm.navigator().moveStep(1);
    vm.navigator().moveStep(1);
    vm.navigator().moveStep(1);
    assertThat(vm.selectedStepProperty().get()).isEqualTo(3);
    assertThat(vm.selectedResult().verdict()).isEqualTo(Verdict.VALID);
    vm.navigator().moveStep(-1);
    assertThat(vm.selectedResult().verdict()).isEqualTo(Verdict.SKIPPED);
  }

  @Test
  void derivationsMoveInBrowserOrderAndVariantsCycleWithinARecord() {
    Item first = vm.visible().get(0);
    vm.navigator().moveDerivation(1);
    assertThat(vm.selectedProperty().get()).isSameAs(vm.visible().get(1));
    vm.navigator().moveDerivation(-5);
    assertThat(vm.selectedProperty().get()).isSameAs(first);

    vm.navigator().select("incorrect-step", null);
    Item a = vm.selectedProperty().get();
    vm.navigator().cycleVariant();
    Item b = vm.selectedProperty().get();
    assertThat(b.id()).isEqualTo(a.id());
    assertThat(b.derivation().name()).isNotEqualTo(a.derivation().name());
    vm.navigator().cycleVariant();
    assertThat(vm.selectedProperty().get()).isSameAs(a);
  }

  @Test
  void filtersByTextAndByErrors() {
    vm.filterTextProperty().set("redundant");
    assertThat(vm.visible()).extracting(Item::id).containsOnly("redundant-step");
    vm.filterTextProperty().set("");
    vm.errorsOnlyProperty().set(true);
    assertThat(vm.visible()).isNotEmpty().allSatisfy(i -> assertThat(i.errors()).isPositive());
    assertThat(vm.visible()).extracting(Item::id).doesNotContain("valid-chain");
  }

  @Test
  void sortsByNumberOfErrors() {
    vm.sortByErrorsProperty().set(true);
    List<Long> errors = vm.visible().stream().map(Item::errors).toList();
    assertThat(errors).isSortedAccordingTo((x, y) -> Long.compare(y, x));
  }

  @Test
  void exportsTheSelectedDerivationAsPngAndSvg(@TempDir Path dir) throws Exception {
    vm.navigator().select("incorrect-step", null);
    Path png = dir.resolve("fig.png");
    Path svg = dir.resolve("fig.svg");
    vm.exportSelected(png);
    vm.exportSelected(svg);
    byte[] head = Files.readAllBytes(png);
    assertThat(head).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
    assertThat(Files.readString(svg).strip())
        .startsWith("<?xml")
        .contains("<svg")
        .endsWith("</svg>");
    assertThat(vm.statusProperty().get()).startsWith("Exported");
  }

  @Test
  void perturbationAndModelKeysKeepTheOtherAxis() {
    vm.open(List.of(PAPER));
    vm.navigator().select("paper-layout_results#0", "static_example-model");
    vm.navigator().cyclePerturbation();
    assertThat(vm.selectedProperty().get().derivation().name()).isEqualTo("EE_example-model");
    vm.navigator().cyclePerturbation();
    assertThat(vm.selectedProperty().get().derivation().name()).isEqualTo("SR_example-model");
    vm.navigator().cyclePerturbation();
    assertThat(vm.selectedProperty().get().derivation().name()).isEqualTo("static_example-model");
    vm.navigator().cycleModel();
    Item ref = vm.selectedProperty().get();
    assertThat(ref.derivation().isReference()).isTrue();
    assertThat(ref.derivation().perturbation()).isEqualTo("static");
    vm.navigator().cyclePerturbation();
    assertThat(vm.selectedProperty().get().derivation().isReference()).isTrue();
    assertThat(vm.selectedProperty().get().derivation().perturbation()).isEqualTo("EE");
  }

  @Test
  void filtersByVerdictModelAndPerturbation() {
    vm.filter().verdictProperty().set(Verdict.REDUNDANT);
    assertThat(vm.visible()).extracting(Item::id).containsExactly("redundant-step");
    vm.filter().verdictProperty().set(null);
    vm.open(List.of(PAPER));
    assertThat(vm.models()).containsExactly("any", "reference", "example-model");
    vm.filter().modelProperty().set("reference");
    assertThat(vm.visible()).hasSize(3).allSatisfy(i -> assertThat(i.original().isReference()));
    vm.filter().perturbationProperty().set("EE");
    assertThat(vm.visible()).singleElement().satisfies(i -> assertThat(i.label()).contains("EE"));
  }

  @Test
  void recentFilesAreMostRecentFirstWithoutDuplicates() {
    vm.open(List.of(PAPER));
    vm.open(List.of(SAMPLE));
    assertThat(vm.recentFiles()).containsExactly(abs(SAMPLE), abs(PAPER));
    for (int i = 0; i < 12; i++) {
      vm.open(List.of(Path.of("missing-" + i + ".jsonl")));
    }
    assertThat(vm.recentFiles())
        .hasSize(RecentFiles.MAX)
        .first()
        .isEqualTo(abs(Path.of("missing-11.jsonl")));
  }

  @Test
  void editingALineRechecksAndEveryViewFollowsUntilReverted() {
    Item item = item("incorrect-step", false);
    vm.selectedProperty().set(item);
    var editor = vm.editor();
    String source = editor.sourceProperty().get();
    assertThat(source.lines()).hasSize(item.derivation().size());
    assertThat(editor.lineVerdicts()).contains(Verdict.INCORRECT);
    int bad = editor.lineVerdicts().indexOf(Verdict.INCORRECT);
    String good = item("incorrect-step", true).derivation().step(bad + 1).raw();
    List<String> lines = new ArrayList<>(source.lines().toList());
    lines.set(bad, good);
    editor.edit(String.join("\n", lines));
    assertThat(item.isEdited()).isTrue();
    assertThat(item.label()).endsWith("edited");
    assertThat(item.derivation().step(bad + 1).raw()).isEqualTo(good);
    assertThat(item.report().steps().get(bad).verdict()).isNotEqualTo(Verdict.INCORRECT);
    assertThat(editor.lineVerdicts()).doesNotContain(Verdict.INCORRECT);
    assertThat(editor.pendingProperty().get()).isFalse();

    editor.revert();
    assertThat(item.isEdited()).isFalse();
    assertThat(item.report().steps().get(bad).verdict()).isEqualTo(Verdict.INCORRECT);
    assertThat(editor.sourceProperty().get()).isEqualTo(source);
  }

  @Test
  void blankLinesAreSkippedAndEachLineKnowsItsStep() {
    vm.navigator().select("skipped-step", null);
    var editor = vm.editor();
    String text = editor.sourceProperty().get().replaceFirst("\n", "\n\n");
    editor.edit(text);
    assertThat(editor.stepOfLine(0)).isEqualTo(1);
    assertThat(editor.stepOfLine(1)).isZero();
    assertThat(editor.stepOfLine(2)).isEqualTo(2);
    assertThat(editor.lineVerdicts().get(1)).isNull();
    assertThat(editor.resultOfLine(2).verdict()).isEqualTo(Verdict.SKIPPED);
  }

  @Test
  void comparesAGenerationWithItsReferenceStepByStep() {
    vm.open(List.of(PAPER));
    vm.navigator().select("paper-layout_results#0", "EE_example-model");
    var compare = vm.compare();
    assertThat(compare.referenceProperty().get().derivation().name()).isEqualTo("EE derivation");
    assertThat(compare.generationProperty().get()).isSameAs(vm.selectedProperty().get());
    // reference: premise, differentiate, evaluate, substitute; the model skipped the second
    // and repeated its own second step
    assertThat(compare.rows())
        .extracting(r -> r.left() + ":" + r.right() + ":" + r.match())
        .containsExactly("1:1:SAME", "2:0:NONE", "3:2:SAME", "0:3:NONE", "4:4:SAME");
    vm.navigator()
        .cycleModel(); // the reference itself: compared with the model under the same perturbation
    assertThat(compare.referenceProperty().get()).isSameAs(vm.selectedProperty().get());
    assertThat(compare.generationProperty().get().derivation().name())
        .isEqualTo("EE_example-model");
  }

  @Test
  void formsShowTheParsedTreeAndTheSymjaInput() {
    vm.navigator().select("valid-chain", null);
    vm.navigator().moveStep(1);
    String[] got = new String[2];
    vm.forms(
        (p, f) -> {
          got[0] = p;
          got[1] = f;
        });
    assertThat(got[0]).startsWith("(= (d (apply f x) x)");
    // the Symja form with our names, not Symja's prefixed dummies (vx, ff)
    assertThat(got[1]).isEqualTo("Deriv[f[x],{x,1}]==Deriv[x^2,{x,1}]");
  }

  @Test
  void itemsArriveInBatchesTheFirstAtOnce(@TempDir Path dir) throws Exception {
    String line = Files.readAllLines(SAMPLE).get(0);
    StringBuilder big = new StringBuilder();
    for (int i = 0; i < 5000; i++) {
      big.append(line.replace("\"valid-chain\"", "\"r" + i + "\"")).append('\n');
    }
    Path file = Files.writeString(dir.resolve("big.jsonl"), big);
    List<Integer> batches = new ArrayList<>();
    Tasks direct = Tasks.direct();
    Tasks counting =
        new Tasks() {
          @Override
          public <T> Task submit(
              Callable<T> work, Consumer<? super T> done, Consumer<Throwable> failed) {
            return direct.submit(work, done, failed);
          }

          @Override
          public void ui(Runnable task) {
            int before = vmRef[0] == null ? 0 : vmRef[0].items().size();
            task.run();
            int after = vmRef[0].items().size();
            if (after > before) {
              batches.add(after - before);
            }
          }

          @Override
          public Task later(long millis, Runnable task) {
            return direct.later(millis, task);
          }

          @Override
          public Lane lane() {
            return direct.lane();
          }
        };
    ExplorerViewModel big5k = new ExplorerViewModel(counting, CheckOptions.defaults());
    vmRef[0] = big5k;
    big5k.checkOnOpen = false; // only the reading is under test here
    big5k.open(List.of(file));
    assertThat(big5k.items()).hasSize(5000);
    assertThat(batches.get(0)).isEqualTo(1); // shown before the rest is read
    assertThat(batches.stream().mapToInt(Integer::intValue).sum()).isEqualTo(5000);
  }

  private Item item(String id, boolean reference) {
    return vm.items().stream()
        .filter(i -> i.id().equals(id) && i.original().isReference() == reference)
        .findFirst()
        .orElseThrow();
  }

  private final ExplorerViewModel[] vmRef = new ExplorerViewModel[1];

  private static String abs(Path p) {
    return p.toAbsolutePath().normalize().toString();
  }

  /** A stand-in flagger: every step VALID, except that it calls every second step SKIPPED. */
  static List<float[][]> fakeFlagger(List<Derivation> ds) {
    List<float[][]> out = new ArrayList<>();
    for (var d : ds) {
      float[][] p = new float[d.size()][5];
      for (int k = 0; k < d.size(); k++) {
        p[k][k % 2 == 1 ? 1 : 0] = 0.9f;
        p[k][k % 2 == 1 ? 0 : 1] = 0.1f;
      }
      out.add(p);
    }
    return out;
  }

  @Test
  void flaggerFindingsLandOnItemsAndDisagreementsFilter() {
    vm.useFlagger(ExplorerViewModelTest::fakeFlagger);
    // items loaded before the flagger was ready are flagged once it is
    assertThat(vm.items()).allSatisfy(i -> assertThat(i.flags()).isNotNull());
    vm.navigator().select("valid-chain", null);
    Item valid = vm.selectedProperty().get();
    assertThat(valid.flags()).hasNumberOfRows(valid.derivation().size());
    // the checker says step 2 is VALID, the stand-in says SKIPPED
    assertThat(valid.disagrees()).isTrue();
    vm.filter().disagreeOnlyProperty().set(true);
    assertThat(vm.visible()).isNotEmpty().allSatisfy(i -> assertThat(i.disagrees()).isTrue());
    // an edit drops the old flags and the flagger reads the new text
    vm.editor().edit(vm.editor().sourceProperty().get() + "\nf{(x)} = x^{2}");
    assertThat(valid.isEdited()).isTrue();
    assertThat(valid.flags()).hasNumberOfRows(valid.derivation().size());
  }

  @Test
  void unreadableFilesAreReportedNotFatal(@TempDir Path dir) throws Exception {
    Path bad = Files.writeString(dir.resolve("bad.jsonl"), "{not json\n");
    vm.open(List.of(bad));
    assertThat(vm.items()).isEmpty();
    assertThat(vm.statusProperty().get()).contains("could not be read").contains("bad.jsonl");
  }
}
