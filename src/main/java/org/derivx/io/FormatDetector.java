package org.derivx.io;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
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
            return of(c);
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

  /**
   * The format of a file that starts with {@code head} (its first bytes, e.g. from a cluster file
   * system), by the same rule; a byte order mark says UTF-8 or UTF-16, else UTF-8 is assumed and
   * what does not decode is not looked at.
   */
  public static Format detect(byte[] head) {
    int n = head.length;
    int b0 = n > 0 ? head[0] & 0xff : -1;
    int b1 = n > 1 ? head[1] & 0xff : -1;
    int b2 = n > 2 ? head[2] & 0xff : -1;
    String text;
    if (b0 == 0xFF && b1 == 0xFE) {
      text = new String(head, 2, n - 2, StandardCharsets.UTF_16LE);
    } else if (b0 == 0xFE && b1 == 0xFF) {
      text = new String(head, 2, n - 2, StandardCharsets.UTF_16BE);
    } else {
      int bom = b0 == 0xEF && b1 == 0xBB && b2 == 0xBF ? 3 : 0;
      text = new String(head, bom, n - bom, StandardCharsets.UTF_8);
    }
    for (int i = 0; i < text.length(); i++) {
      if (!Character.isWhitespace(text.charAt(i))) {
        return of(text.charAt(i));
      }
    }
    return Format.TEXT;
  }

  private static Format of(char c) {
    return switch (c) {
      case '[' -> Format.RESULTS_JSON;
      case '{' -> Format.JSONL;
      default -> Format.TEXT;
    };
  }

  static String describe(IOException e) {
    String m = e.getMessage();
    return e.getClass().getSimpleName() + (m == null ? "" : " " + m);
  }
}
