package org.derivx.gui;

import java.util.HashMap;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;

/** The details pane's named fields: a key label over a value, hidden while there is no value. */
final class DetailFields {
  private record Field(Label key, Label value, Node extra) {}

  private final Map<String, Field> fields = new HashMap<>();

  Label label(String style, String text) {
    Label l = new Label(text);
    l.setWrapText(true);
    l.getStyleClass().add("details-" + style);
    return l;
  }

  /** A text field {@code name} at the end of {@code into}. */
  void add(Pane into, String name) {
    add(into, name, null);
  }

  /** A field whose value is shown by {@code extra} (typeset formulas) below the key. */
  void add(Pane into, String name, Node extra) {
    Field f = new Field(label("key", name), label("value", ""), extra);
    fields.put(name, f);
    into.getChildren().addAll(f.key(), extra == null ? f.value() : extra);
  }

  /** Shows field {@code name} with {@code value}, or hides it when the value is null. */
  void set(String name, String value) {
    Field f = fields.get(name);
    boolean on = value != null;
    f.value().setText(on ? value : "");
    for (Node n : new Node[] {f.key(), f.extra() == null ? f.value() : f.extra()}) {
      n.setVisible(on);
      n.setManaged(on);
    }
  }
}
