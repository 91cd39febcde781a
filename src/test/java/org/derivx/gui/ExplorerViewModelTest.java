package org.derivx.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.derivx.check.CheckOptions;
import org.derivx.check.Verdict;
import org.derivx.gui.browser.BrowserItem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The explorer's view-model on the bundled samples, synchronously and without a window. */
class ExplorerViewModelTest {
  static final Path SAMPLE = Path.of("sample-derivations/hand-written.jsonl");
  private ExplorerViewModel vm;

  @BeforeEach
  void open() {
    vm = new ExplorerViewModel(UiExecutor.direct(), CheckOptions.defaults());
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
    assertThat(vm.select("skipped-step", null)).isTrue();
    BrowserItem i = vm.selectedProperty().get();
    assertThat(i.counts()).containsEntry(Verdict.SKIPPED, 1L);
    assertThat(i.badge()).contains("1\u00BB").contains("\u2713").doesNotContain("P");
    assertThat(i.errors()).isEqualTo(1);
  }

  @Test
  void stepsMoveWithinTheDerivation() {
    vm.select("skipped-step", null);
    vm.moveStep(-1);
    assertThat(vm.selectedStepProperty().get()).isEqualTo(1);
    vm.moveStep(1);
    vm.moveStep(1);
    vm.moveStep(1);
    assertThat(vm.selectedStepProperty().get()).isEqualTo(3);
    assertThat(vm.selectedResult().verdict()).isEqualTo(Verdict.VALID);
    vm.moveStep(-1);
    assertThat(vm.selectedResult().verdict()).isEqualTo(Verdict.SKIPPED);
  }

  @Test
  void derivationsMoveInBrowserOrderAndVariantsCycleWithinARecord() {
    BrowserItem first = vm.visible().get(0);
    vm.moveDerivation(1);
    assertThat(vm.selectedProperty().get()).isSameAs(vm.visible().get(1));
    vm.moveDerivation(-5);
    assertThat(vm.selectedProperty().get()).isSameAs(first);

    vm.select("incorrect-step", null);
    BrowserItem a = vm.selectedProperty().get();
    vm.cycleVariant();
    BrowserItem b = vm.selectedProperty().get();
    assertThat(b.id()).isEqualTo(a.id());
    assertThat(b.derivation().name()).isNotEqualTo(a.derivation().name());
    vm.cycleVariant();
    assertThat(vm.selectedProperty().get()).isSameAs(a);
  }

  @Test
  void filtersByTextAndByErrors() {
    vm.filterTextProperty().set("redundant");
    assertThat(vm.visible()).extracting(BrowserItem::id).containsOnly("redundant-step");
    vm.filterTextProperty().set("");
    vm.errorsOnlyProperty().set(true);
    assertThat(vm.visible()).isNotEmpty().allSatisfy(i -> assertThat(i.errors()).isPositive());
    assertThat(vm.visible()).extracting(BrowserItem::id).doesNotContain("valid-chain");
  }

  @Test
  void sortsByNumberOfErrors() {
    vm.sortByErrorsProperty().set(true);
    List<Long> errors = vm.visible().stream().map(BrowserItem::errors).toList();
    assertThat(errors).isSortedAccordingTo((x, y) -> Long.compare(y, x));
  }

  @Test
  void exportsTheSelectedDerivationAsPngAndSvg(@TempDir Path dir) throws Exception {
    vm.select("incorrect-step", null);
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
  void unreadableFilesAreReportedNotFatal(@TempDir Path dir) throws Exception {
    Path bad = Files.writeString(dir.resolve("bad.jsonl"), "{not json\n");
    vm.open(List.of(bad));
    assertThat(vm.items()).isEmpty();
    assertThat(vm.statusProperty().get()).contains("could not be read").contains("bad.jsonl");
  }
}
