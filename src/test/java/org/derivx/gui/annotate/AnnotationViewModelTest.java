package org.derivx.gui.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.collections.ObservableList;
import org.derivx.annotate.AnnotationStore;
import org.derivx.annotate.Notes;
import org.derivx.annotate.Overall;
import org.derivx.check.CheckOptions;
import org.derivx.check.run.StepChecker;
import org.derivx.derivation.Derivation;
import org.derivx.derivation.DerivationRecord;
import org.derivx.derivation.StepCategory;
import org.derivx.gui.session.Item;
import org.derivx.gui.session.Session;
import org.derivx.gui.session.Tasks;
import org.derivx.io.Datasets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnnotationViewModelTest {
  @TempDir Path dir;
  final Session session = new Session(Tasks.direct());
  final ObjectProperty<Item> selected = session.selectedProperty();
  final IntegerProperty step = session.stepProperty();
  final ObservableList<Item> items = session.items();
  final AtomicLong clock = new AtomicLong();
  AnnotationViewModel a;

  @BeforeEach
  void setUp() throws Exception {
    Path data = dir.resolve("hand-written.jsonl");
    Files.copy(Path.of("sample-derivations/hand-written.jsonl"), data);
    for (DerivationRecord r : Datasets.load(data).records()) {
      for (Derivation d : r.variants()) {
        Item i = new Item(r, d);
        i.checked(new StepChecker(CheckOptions.defaults()).check(r.id(), d));
        session.add(List.of(i));
      }
    }
    session.visible().setAll(items); // the browser shows everything
    a = new AnnotationViewModel(session, clock::get);
    a.openFor(data);
    a.annotatorProperty().set("ann");
    selected.set(items.get(0));
    step.set(1);
  }

  private Item item(String id) {
    return items.stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void labelsAreKeptBesideTheDatasetOnlyOnceSomethingIsLabelled() throws Exception {
    assertThat(a.storeFile()).isEqualTo(dir.resolve("hand-written.jsonl.derivx.db"));
    assertThat(Files.exists(a.storeFile())).isFalse();
    assertThat(a.setCategory(StepCategory.VALID)).isTrue();
    assertThat(Files.exists(a.storeFile())).isTrue();
    // the dataset is noted, under its order-independent hash
    try (var c = DriverManager.getConnection("jdbc:sqlite:" + a.storeFile());
        var rs = c.createStatement().executeQuery("SELECT file, records FROM datasets")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getString(1)).isEqualTo("hand-written.jsonl");
      assertThat(rs.getInt(2)).isEqualTo(8);
    }
  }

  @Test
  void undoAndRedoGoBackToWhereTheChangeWas() {
    selected.set(item("skipped-step"));
    step.set(2);
    a.setCategory(StepCategory.SKIPPED);
    a.setCategory(StepCategory.INCORRECT);
    selected.set(item("valid-chain"));
    assertThat(a.undo()).isTrue();
    assertThat(selected.get().id()).isEqualTo("skipped-step");
    assertThat(a.read().mine(selected.get(), 2)).isEqualTo(StepCategory.SKIPPED);
    assertThat(a.undo()).isTrue();
    assertThat(a.read().mine(selected.get(), 2)).isNull();
    assertThat(a.undo()).isFalse();
    assertThat(a.redo()).isTrue();
    assertThat(a.redo()).isTrue();
    assertThat(a.read().mine(selected.get(), 2)).isEqualTo(StepCategory.INCORRECT);
    assertThat(a.redo()).isFalse();
  }

  @Test
  void enterAcceptsTheCheckersVerdictAndTabFindsTheNextGap() {
    selected.set(item("skipped-step"));
    step.set(1);
    assertThat(a.acceptSuggestion()).isTrue();
    assertThat(a.read().mine(selected.get(), 1)).isEqualTo(StepCategory.VALID); // PREMISE
    assertThat(step.get()).isEqualTo(2);
    assertThat(a.acceptSuggestion()).isTrue();
    assertThat(a.read().mine(selected.get(), 2)).isEqualTo(StepCategory.SKIPPED);
    // step 3 is open; Tab from step 3 goes past it to the next derivation's first step
    assertThat(a.nextUnannotated()).isTrue();
    assertThat(selected.get()).isNotEqualTo(item("skipped-step"));
    assertThat(step.get()).isEqualTo(1);
  }

  @Test
  void progressAndFiltersFollowTheLabels() throws Exception {
    Item v = item("valid-chain");
    selected.set(v);
    for (int k = 1; k <= v.original().size(); k++) {
      step.set(k);
      a.setCategory(k == 2 ? StepCategory.SKIPPED : StepCategory.VALID);
    }
    assertThat(a.progressProperty().get()).isEqualTo("1 of " + items.size() + " annotated");
    assertThat(AnnotationFilter.UNANNOTATED.predicate(a).test(v)).isFalse();
    // the checker calls step 2 VALID: my SKIPPED disagrees
    assertThat(AnnotationFilter.DISAGREEING.predicate(a).test(v)).isTrue();
    assertThat(AnnotationFilter.DISPUTED.predicate(a).test(v)).isFalse();
    // a second annotator disagrees on step 2: disputed, until adjudicated
    a.annotatorProperty().set("bob");
    step.set(2);
    a.setCategory(StepCategory.VALID);
    assertThat(a.read().disputed(v)).isTrue();
    assertThat(a.progressProperty().get()).isEqualTo("0 of " + items.size() + " annotated");
    a.adjudicatingProperty().set(true);
    a.setCategory(StepCategory.VALID);
    assertThat(a.read().disputed(v)).isFalse();
    try (AnnotationStore s = AnnotationStore.open(a.storeFile())) {
      assertThat(s.allSteps()).hasSize(v.original().size() + 1);
      assertThat(s.allAdjudications())
          .singleElement()
          .satisfies(x -> assertThat(x.adjudicator()).isEqualTo("bob"));
    }
  }

  @Test
  void timeSpentNotesAndJudgementReachTheStore() throws Exception {
    Item v = item("valid-chain");
    selected.set(v);
    step.set(1);
    a.setCategory(StepCategory.VALID);
    a.setNote("restates the premise");
    a.setDerivation(true, Overall.CORRECT, "clean");
    clock.addAndGet(4_500_000_000L);
    selected.set(item("skipped-step"));
    try (AnnotationStore s = AnnotationStore.open(a.storeFile())) {
      assertThat(s.allSteps())
          .singleElement()
          .satisfies(l -> assertThat(l.note()).isEqualTo("restates the premise"));
      var d = s.derivation(a.item(v).key(), "ann").orElseThrow();
      assertThat(d.seconds()).isEqualTo(4.5);
      assertThat(d.overall()).isEqualTo(Overall.CORRECT);
      assertThat(d.goalReached()).isTrue();
    }
    // a fresh view-model reads them back
    AnnotationViewModel b = new AnnotationViewModel(session, clock::get);
    b.useStore(a.storeFile(), true);
    b.annotatorProperty().set("ann");
    assertThat(b.read().mine(v, 1)).isEqualTo(StepCategory.VALID);
    assertThat(b.read().note(v, 1)).isEqualTo("restates the premise");
    assertThat(b.read().derivation(v).orElseThrow().seconds()).isEqualTo(4.5);
    b.close();
  }

  @Test
  void aNoteOverTheStoresLimitIsRefusedWithTheReasonAndChangesNothing() throws Exception {
    Item v = item("valid-chain");
    selected.set(v);
    step.set(1);
    a.setCategory(StepCategory.OTHER);
    a.setNote("short");
    String tooLong = "x".repeat(Notes.MAX_BYTES + 1);
    a.setNote(tooLong);
    assertThat(a.problemProperty().get())
        .isEqualTo(
            "Note not saved: a note of 65,537 bytes is longer than the 64 KB (65,536 bytes)"
                + " allowed");
    assertThat(a.read().note(v, 1)).isEqualTo("short");
    a.setDerivation(true, Overall.FLAWED, tooLong);
    assertThat(a.read().derivation(v)).isEmpty();
    try (AnnotationStore s = AnnotationStore.open(a.storeFile())) {
      assertThat(s.allSteps())
          .singleElement()
          .satisfies(l -> assertThat(l.note()).isEqualTo("short"));
      assertThat(s.allDerivations()).isEmpty();
    }
  }

  @Test
  void withoutANameNothingIsWritten() {
    a.annotatorProperty().set("");
    assertThat(a.setCategory(StepCategory.VALID)).isFalse();
    assertThat(a.problemProperty().get()).contains("annotator name");
    assertThat(List.of(Files.exists(a.storeFile()))).containsExactly(false);
  }
}
