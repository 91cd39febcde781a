package org.derivx.gui.annotate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.derivx.annotate.AnnotationException;
import org.derivx.annotate.AnnotationStore;
import org.derivx.annotate.Notes;

/** How the window opens its annotation store, and the store's limits said up front. */
final class Stores {
  private Stores() {}

  /**
   * The store, to annotate. One this process may not write (a read-only file or folder) is opened
   * to read instead, so its labels show and export; {@code problem} hears why new labels will fail.
   */
  static AnnotationStore open(Path file, Consumer<String> problem) throws AnnotationException {
    try {
      return AnnotationStore.open(file);
    } catch (AnnotationException e) {
      if (!Files.isRegularFile(file)) {
        throw e;
      }
      AnnotationStore s = AnnotationStore.openReadOnly(file);
      problem.accept("Annotations are read-only: " + e.getMessage());
      return s;
    }
  }

  /** False, with the reason, if {@code note} is over the store's limit: nothing changes then. */
  static boolean noteFits(String note, Consumer<String> problem) {
    String tooLong = Notes.problem(note);
    if (tooLong != null) {
      problem.accept("Note not saved: " + tooLong);
    }
    return tooLong == null;
  }
}
