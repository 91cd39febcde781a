package org.derivx.io;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Opens a dataset file as text: UTF-8 (a byte order mark is skipped), or UTF-16 when the file
 * starts with its byte order mark. Bytes that are not text stop the reading with a {@link
 * NotTextException} naming their offset; nothing is replaced silently. Only regular files are
 * opened: a device such as {@code /dev/zero} or a pipe could be read forever.
 */
final class TextInput {
  private TextInput() {}

  /** Bytes that are not text in the file's encoding: where, and which. */
  static final class NotTextException extends IOException {
    private static final long serialVersionUID = 1L;

    NotTextException(String message) {
      super(message);
    }
  }

  /** Refuses what is not a regular file, saying what it is instead. */
  static void requireRegularFile(Path file) throws DatasetException {
    if (Files.isRegularFile(file)) {
      return;
    }
    if (Files.isDirectory(file)) {
      throw new DatasetException(file + ": is a directory, not a dataset file");
    }
    if (Files.exists(file)) {
      throw new DatasetException(
          file
              + ": not a regular file (a device, pipe or socket, which may never end);"
              + " datasets are read from regular files");
    }
    throw new DatasetException(file + ": no such file");
  }

  /** The file's text, decoded as its byte order mark says (UTF-8 without one). */
  static Reader open(Path file) throws IOException {
    InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
    try {
      in.mark(3);
      byte[] head = in.readNBytes(3);
      in.reset();
      int b0 = head.length > 0 ? head[0] & 0xff : -1;
      int b1 = head.length > 1 ? head[1] & 0xff : -1;
      int b2 = head.length > 2 ? head[2] & 0xff : -1;
      if (b0 == 0xEF && b1 == 0xBB && b2 == 0xBF) {
        return new Decoding(in, StandardCharsets.UTF_8, 3);
      }
      if (b0 == 0xFF && b1 == 0xFE) {
        return new Decoding(in, StandardCharsets.UTF_16LE, 2);
      }
      if (b0 == 0xFE && b1 == 0xFF) {
        return new Decoding(in, StandardCharsets.UTF_16BE, 2);
      }
      return new Decoding(in, StandardCharsets.UTF_8, 0);
    } catch (IOException | RuntimeException e) {
      in.close();
      throw e;
    }
  }

  /**
   * A strict decoder that knows the byte offset of what it decodes, so a bad byte is named by its
   * position in the file. In UTF-8 a NUL byte counts as not text: no dataset holds one, and UTF-16
   * without a byte order mark shows up as text full of them.
   */
  private static final class Decoding extends Reader {
    private final InputStream in;
    private final CharsetDecoder decoder;
    private final boolean utf8;
    private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16);

    /** The file offset of {@code bytes}' index 0. */
    private long base;

    private boolean eof;

    /**
     * Set once the decoder has been flushed: the end was handed out, and every later call must say
     * so again (a decoder used after its flush throws IllegalStateException).
     */
    private boolean done;

    /** The second half of a surrogate pair that did not fit the caller's buffer, or -1. */
    private int pending = -1;

    Decoding(InputStream in, Charset charset, int bom) throws IOException {
      this.in = in;
      this.decoder =
          charset
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT);
      this.utf8 = charset.equals(StandardCharsets.UTF_8);
      in.skipNBytes(bom);
      base = bom;
      bytes.flip();
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
      if (len == 0) {
        return 0;
      }
      if (pending >= 0) {
        cbuf[off] = (char) pending;
        pending = -1;
        return 1;
      }
      if (done) {
        return -1;
      }
      if (len == 1) {
        // a supplementary character needs two chars: decode into a pair, hand out the first
        char[] pair = new char[2];
        int n = read(pair, 0, 2);
        if (n == 2) {
          pending = pair[1];
        }
        if (n > 0) {
          cbuf[off] = pair[0];
        }
        return n < 0 ? -1 : 1;
      }
      CharBuffer out = CharBuffer.wrap(cbuf, off, len);
      while (true) {
        int limit = bytes.limit();
        int nul = utf8 ? nulIndex() : -1;
        if (nul >= 0) {
          bytes.limit(nul);
        }
        CoderResult r = decoder.decode(bytes, out, eof && nul < 0);
        bytes.limit(limit);
        if (out.position() > off) {
          return out.position() - off; // a bad byte after these is met on the next call
        }
        if (r.isError()) {
          throw notText(base + bytes.position(), bytes.get(bytes.position()));
        }
        if (nul >= 0) {
          // stopped at the NUL (or at a character cut short by it)
          throw notText(base + bytes.position(), bytes.get(bytes.position()));
        }
        if (eof) {
          if (bytes.hasRemaining()) {
            throw notText(base + bytes.position(), bytes.get(bytes.position()));
          }
          decoder.flush(out);
          done = true;
          return out.position() > off ? out.position() - off : -1;
        }
        refill();
      }
    }

    private int nulIndex() {
      byte[] a = bytes.array();
      for (int i = bytes.position(); i < bytes.limit(); i++) {
        if (a[i] == 0) {
          return i;
        }
      }
      return -1;
    }

    private void refill() throws IOException {
      base += bytes.position();
      bytes.compact();
      int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
      if (n < 0) {
        eof = true;
      } else {
        bytes.position(bytes.position() + n);
      }
      bytes.flip();
    }

    private NotTextException notText(long offset, byte b) {
      String encoding = utf8 ? "UTF-8" : "UTF-16";
      return new NotTextException(
          String.format(
              Locale.ROOT,
              "not %s text: byte 0x%02X at byte offset %d (save the file as UTF-8)",
              encoding,
              b & 0xff,
              offset));
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }
}
