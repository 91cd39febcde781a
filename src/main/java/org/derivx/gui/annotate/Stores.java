package org.derivx.gui.annotate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.derivx.annotate.AnnotationException;
import org.derivx.annotate.AnnotationStore;
import org.derivx.annotate.Fingerprints;
import org.derivx.annotate.Notes;
import org.derivx.gui.session.Item;

/** Where the window keeps its annotation store, how it opens it, and its limits said up front. */
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

  /**
   * The store of {@code dataset}'s annotations: {@code <dataset>.derivx.db} beside a file, {@code
   * annotations.derivx.db} inside a folder.
   */
  static Path besideDataset(Path dataset) {
    Path p = dataset.toAbsolutePath().normalize();
    return Files.isDirectory(p)
        ? p.resolve("annotations.derivx.db")
        : p.resolveSibling(p.getFileName() + ".derivx.db");
  }

  /**
   * Records in {@code file}'s store that {@code items}' dataset was annotated there (its records'
   * fingerprints and a name for it); null when there are no items.
   */
  static StoreWriter.Write seen(Path file, List<Item> items) {
    List<String> records = recordsOf(items);
    if (records.isEmpty()) {
      return null;
    }
    String f = file.getFileName().toString().replace(".derivx.db", "");
    Path dir = file.toAbsolutePath().getParent();
    // a folder's store is annotations.derivx.db inside it: name the folder
    String name = f.equals("annotations") && dir != null ? dir.getFileName() + "/" : f;
    return s -> s.seen(Fingerprints.datasetOf(records), name, records.size());
  }

  /** The fingerprint of each record once (its variants are items of their own). */
  private static List<String> recordsOf(List<Item> items) {
    Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    List<String> out = new ArrayList<>();
    for (Item i : items) {
      if (seen.add(i.recordIdentity())) {
        out.add(i.contentKey().key().record());
      }
    }
    return out;
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
