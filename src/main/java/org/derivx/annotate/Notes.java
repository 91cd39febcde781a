package org.derivx.annotate;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Notes on labels are remarks, not documents: at most 64 KB (65,536 bytes of UTF-8) each, so that a
 * store, its exports and the window's panel stay small whatever is pasted into them. The store
 * refuses a longer note ({@link AnnotationStore}), import names the row, the window says so.
 */
public final class Notes {
  public static final int MAX_BYTES = 64 * 1024;

  private Notes() {}

  /** Why {@code note} cannot be kept, or null if it can (null counts as empty). */
  public static String problem(String note) {
    if (note == null || note.length() <= MAX_BYTES / 3) {
      return null; // at most 3 bytes per char
    }
    long bytes = utf8Length(note);
    return bytes <= MAX_BYTES
        ? null
        : String.format(
            Locale.ROOT,
            "a note of %,d bytes is longer than the 64 KB (65,536 bytes) allowed",
            bytes);
  }

  /** {@code note} ("" for null), or an exception naming the store if it is too long. */
  static String checked(String note, Path store) throws AnnotationException {
    String p = problem(note);
    if (p != null) {
      throw new AnnotationException("annotation store " + store + ": " + p);
    }
    return note == null ? "" : note;
  }

  private static long utf8Length(String s) {
    long n = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        n += 1;
      } else if (c < 0x800 || Character.isSurrogate(c)) {
        n += 2; // a surrogate pair is 4 bytes, 2 per half
      } else {
        n += 3;
      }
    }
    return n;
  }
}
