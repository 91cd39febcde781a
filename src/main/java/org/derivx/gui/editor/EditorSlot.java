package org.derivx.gui.editor;

import javafx.application.Platform;
import javafx.scene.layout.StackPane;

/**
 * Where the source editor goes, empty until the editor is first asked for. RichTextFX loads about
 * 0.6 s of classes the first time, so the window's first view does not wait for it: the application
 * asks for the editor right after the first derivation is laid out (tests and F2 whenever they need
 * it).
 */
public final class EditorSlot extends StackPane {
  private final EditorViewModel vm;
  private EditorView editor;

  public EditorSlot(EditorViewModel vm) {
    this.vm = vm;
  }

  /** The editor, made on first use (on the FX thread: it joins a live scene). */
  public EditorView editor() {
    if (editor == null) {
      if (!Platform.isFxApplicationThread()) {
        throw new IllegalStateException("the editor is made on the FX thread");
      }
      editor = new EditorView(vm);
      getChildren().setAll(editor);
    }
    return editor;
  }
}
