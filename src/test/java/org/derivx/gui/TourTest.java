package org.derivx.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.derivx.check.CheckOptions;
import org.derivx.gui.session.Tasks;
import org.junit.jupiter.api.Test;

class TourTest {
  @Test
  void eachPageShowsWhatItDescribes() {
    ExplorerViewModel vm = new ExplorerViewModel(Tasks.direct(), CheckOptions.defaults());
    vm.open(List.of(ExplorerViewModelTest.SAMPLE));
    List<Tour.Page> pages = Tour.pages(vm);
    assertThat(pages).hasSize(5);
    assertThat(pages)
        .extracting(Tour.Page::text)
        .anySatisfy(t -> assertThat(t).contains("1\u20136").contains("Tab"))
        .anySatisfy(t -> assertThat(t).contains("F2").contains("Ctrl+R"));
    String first = vm.selectedProperty().get().id();
    pages.get(0).show().run(); // a step down
    assertThat(vm.selectedStepProperty().get()).isEqualTo(2);
    pages.get(2).show().run(); // the next derivation
    assertThat(vm.selectedProperty().get().id()).isNotEqualTo(first);
    // every shortcut the tour mentions is in the shortcut list too
    for (String key : List.of("F2", "Tab", "Ctrl+Z", "Ctrl+R", "Enter")) {
      assertThat(ExplorerWindow.SHORTCUTS).contains(key);
    }
  }
}
