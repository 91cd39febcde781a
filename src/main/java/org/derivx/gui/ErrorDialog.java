package org.derivx.gui;

import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** A problem as a readable dialog: what happened in words, the details below, ready to copy. */
public final class ErrorDialog {
  private ErrorDialog() {}

  public static Alert create(Window owner, String title, String message, String details) {
    Alert a = new Alert(Alert.AlertType.ERROR);
    if (owner != null) {
      a.initOwner(owner);
    }
    a.setTitle(title);
    a.setHeaderText(title);
    a.setContentText(message);
    if (details != null && !details.isBlank()) {
      TextArea text = new TextArea(details);
      text.setEditable(false);
      text.setWrapText(true);
      text.setPrefRowCount(8);
      Button copy = new Button("Copy details");
      copy.setOnAction(
          e -> {
            ClipboardContent c = new ClipboardContent();
            c.putString(title + "\n" + message + "\n\n" + details);
            Clipboard.getSystemClipboard().setContent(c);
          });
      a.getDialogPane().setExpandableContent(new VBox(6, text, copy));
      a.getDialogPane().setExpanded(true);
    }
    return a;
  }
}
