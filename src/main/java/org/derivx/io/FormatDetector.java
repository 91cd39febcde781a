package org.derivx.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Recognises a dataset's format from its first non-blank character. */
public final class FormatDetector {
  private FormatDetector() {}

  public static Format detect(Path file) throws DatasetException {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] head = in.readNBytes(4096);
      int i = 0;
      if (head.length >= 3 && (head[0] & 0xff) == 0xEF && (head[1] & 0xff) == 0xBB) {
        i = 3; // UTF-8 byte order mark
      }
      for (; i < head.length; i++) {
        char c = (char) (head[i] & 0xff);
        if (!Character.isWhitespace(c)) {
          return switch (c) {
            case '[' -> Format.RESULTS_JSON;
            case '{' -> Format.JSONL;
            default -> Format.TEXT;
          };
        }
      }
      return Format.TEXT;
    } catch (IOException e) {
      throw new DatasetException(file + ": cannot read: " + describe(e), e);
    }
  }

  static String describe(IOException e) {
    String m = e.getMessage();
    return e.getClass().getSimpleName() + (m == null ? "" : " " + m);
  }
}
