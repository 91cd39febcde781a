package org.derivx.gui;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Files and folders opened lately, most recent first, at most {@link #MAX} (the window keeps them).
 */
final class RecentFiles {
  static final int MAX = 10;

  private final ObservableList<String> list = FXCollections.observableArrayList();

  /** {@code path} to the front; once only; the oldest beyond {@link #MAX} dropped. */
  void remember(String path) {
    list.remove(path);
    list.add(0, path);
    while (list.size() > MAX) {
      list.remove(list.size() - 1);
    }
  }

  ObservableList<String> list() {
    return list;
  }
}
