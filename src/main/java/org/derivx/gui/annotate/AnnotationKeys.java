package org.derivx.gui.annotate;

import java.util.function.BooleanSupplier;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.derivx.derivation.StepCategory;

/** The annotation keys: 1–6 label the step, Enter accepts, Tab moves on, Ctrl+Z/Y undo/redo. */
public final class AnnotationKeys {
  private AnnotationKeys() {}

  /**
   * Handles an annotation key for {@code a}; true if it was one. {@code askName} is asked when no
   * annotator is set, and returns whether the key should still take effect.
   */
  public static boolean handle(KeyEvent e, AnnotationViewModel a, BooleanSupplier askName) {
    KeyCode c = e.getCode();
    boolean shortcut = e.isShortcutDown();
    if (shortcut && (c == KeyCode.Y || (c == KeyCode.Z && e.isShiftDown()))) {
      a.redo();
      return true;
    }
    if (shortcut && c == KeyCode.Z) {
      a.undo();
      return true;
    }
    if (shortcut || e.isAltDown()) {
      return false;
    }
    int digit = digit(c);
    boolean label = digit >= 1 && digit <= StepCategory.values().length;
    if (!label && c != KeyCode.ENTER && c != KeyCode.TAB) {
      return false;
    }
    if (a.annotatorProperty().get().isBlank() && !askName.getAsBoolean()) {
      return true;
    }
    if (label) {
      a.setCategory(StepCategory.values()[digit - 1]);
    } else if (c == KeyCode.ENTER) {
      a.acceptSuggestion();
    } else {
      a.nextUnannotated();
    }
    return true;
  }

  /** 0–9 for the digit keys of the main row and the keypad, −1 for others. */
  static int digit(KeyCode c) {
    if (c.compareTo(KeyCode.DIGIT0) >= 0 && c.compareTo(KeyCode.DIGIT9) <= 0) {
      return c.ordinal() - KeyCode.DIGIT0.ordinal();
    }
    if (c.compareTo(KeyCode.NUMPAD0) >= 0 && c.compareTo(KeyCode.NUMPAD9) <= 0) {
      return c.ordinal() - KeyCode.NUMPAD0.ordinal();
    }
    return -1;
  }
}
