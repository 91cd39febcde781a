package org.derivx.gui.derivation;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.derivx.check.StepResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The flagger's diamond: a category when the model is sure enough, "uncertain" below its threshold.
 */
@ExtendWith(ApplicationExtension.class)
class FlagMarkerTest {
  private static final float[] UNSURE = {0.35f, 0.40f, 0.05f, 0.05f, 0.15f};

  @Start
  void start(Stage stage) {}

  @Test
  void belowTheThresholdTheDiamondSaysUncertainAndDisagreesWithNobody() {
    Label l = DerivationView.flagMarker(UNSURE, null, 0.55);
    assertThat(l.getText()).isEqualTo("\u25C6 flagger: uncertain (skipped 40%)");
    assertThat(l.getStyleClass()).contains("flag-uncertain").doesNotContain("flag-disagrees");
  }

  @Test
  void atOrAboveTheThresholdItNamesTheCategory() {
    Label l = DerivationView.flagMarker(UNSURE, (StepResult) null, 0.40);
    assertThat(l.getText()).isEqualTo("\u25C6 flagger: skipped 40%");
    assertThat(l.getStyleClass()).contains("flag-skipped").doesNotContain("flag-uncertain");
    // no threshold (a model without one): always the category
    assertThat(DerivationView.flagMarker(UNSURE, null, 0).getText())
        .isEqualTo("\u25C6 flagger: skipped 40%");
  }
}
