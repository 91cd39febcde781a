package org.derivx.io;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;

/** Recognises a dataset's format from its first non-blank character (after any BOM). */
public final class FormatDetector {
  private FormatDetector() {}

  public static Format detect(Path file) throws DatasetException {
    TextInput.requireRegularFile(file);
    try (Reader in = TextInput.open(file)) {
      char[] head = new char[4096];
      int n;
      while ((n = in.read(head)) > 0) {
        for (int i = 0; i < n; i++) {
          char c = head[i];
          if (!Character.isWhitespace(c)) {
            return switch (c) {
              case '[' -> Format.RESULTS_JSON;
              case '{' -> Format.JSONL;
              default -> Format.TEXT;
            };
          }
        }
      }
      return Format.TEXT;
    } catch (TextInput.NotTextException e) {
      throw new DatasetException(file + ": " + e.getMessage(), e);
    } catch (IOException e) {
      throw new DatasetException(file + ": cannot read: " + describe(e), e);
    }
  }

  static String describe(IOException e) {
    String m = e.getMessage();
    return e.getClass().getSimpleName() + (m == null ? "" : " " + m);
  }
}
