package org.derivx.io;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;

/**
 * Lines of a text, ended by {@code \n}, {@code \r\n} or {@code \r} as {@link
 * java.io.BufferedReader#readLine} ends them, but never longer than a limit: a longer line is
 * skipped without being held (a 1 GB file without a newline must not exhaust the heap), and
 * reported as too long.
 */
final class Lines implements Closeable {
  /** One line and its number (from 1); {@code tooLong} lines have empty text. */
  record Line(long number, String text, boolean tooLong) {}

  /** No JSON line or text line of a dataset is legitimately longer (a JSON string is ≤ 5M). */
  static final int MAX_CHARS = 10_000_000;

  private final Reader in;
  private final int max;
  private final char[] buf = new char[1 << 16];
  private int pos;
  private int end;
  private long number;
  private boolean skipLf;

  Lines(Reader in, int max) {
    this.in = in;
    this.max = max;
  }

  Lines(Reader in) {
    this(in, MAX_CHARS);
  }

  /** The next line, or null at the end of the text. */
  Line next() throws IOException {
    StringBuilder sb = null;
    boolean tooLong = false;
    boolean any = false;
    while (true) {
      if (pos == end) {
        end = in.read(buf, 0, buf.length);
        pos = 0;
        if (end <= 0) {
          end = 0;
          if (!any) {
            return null;
          }
          return line(sb, tooLong);
        }
      }
      if (skipLf) {
        skipLf = false;
        if (buf[pos] == '\n') {
          pos++;
          continue;
        }
      }
      any = true;
      int start = pos;
      while (pos < end && buf[pos] != '\n' && buf[pos] != '\r') {
        pos++;
      }
      int n = pos - start;
      if (!tooLong) {
        int have = sb == null ? 0 : sb.length();
        if (have + n > max) {
          tooLong = true;
          sb = null;
        } else {
          if (sb == null) {
            sb = new StringBuilder(Math.max(n, 80));
          }
          sb.append(buf, start, n);
        }
      }
      if (pos < end) {
        skipLf = buf[pos] == '\r';
        pos++;
        return line(sb, tooLong);
      }
    }
  }

  private Line line(StringBuilder sb, boolean tooLong) {
    number++;
    return new Line(number, tooLong || sb == null ? "" : sb.toString(), tooLong);
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
