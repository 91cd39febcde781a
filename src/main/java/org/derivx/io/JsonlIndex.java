package org.derivx.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import org.derivx.derivation.DerivationRecord;
import org.derivx.derivation.Equation;
import org.derivx.derivation.ParseError;
import org.derivx.derivation.ReadProblem;
import org.derivx.derivation.Source;

/**
 * A UTF-8 JSONL file as an index of line offsets: one pass cuts it into lines (each decoded as
 * {@link JsonlReader} would, through {@link Frames#decodeLine}) and says where each starts, so a
 * record can be read again later from its offset alone, without holding the file's records in
 * memory. The pass also hashes the bytes (the key of results cached for this content). UTF-16 files
 * and other formats are not indexed: they are streamed whole ({@link #indexable}).
 */
public final class JsonlIndex {
  /** The longest line kept: 4 bytes per character at most, so no line within the limit is cut. */
  static final int MAX_LINE_BYTES = 4 * Lines.MAX_CHARS;

  private JsonlIndex() {}

  /** The file as it was indexed: offsets are only valid while its size and time stay the same. */
  public record Snapshot(Path file, String name, long size, long modified) {
    /** Throws when the file changed since it was indexed (its offsets would be wrong). */
    void requireUnchanged() throws DatasetException {
      try {
        if (Files.size(file) != size || Files.getLastModifiedTime(file).toMillis() != modified) {
          throw new DatasetException(
              name + ": the file changed on disk since it was opened (open it again)");
        }
      } catch (IOException e) {
        throw new DatasetException(
            name + ": cannot read: " + FormatDetector.describe(e) + " (open it again)", e);
      }
    }
  }

  /** Where one line is: its number (from 1), byte offset and length (without the line end). */
  public record Line(Snapshot file, long number, long offset, int length) {}

  /** Receives each non-empty line in file order, with its bytes (valid during the call only). */
  @FunctionalInterface
  public interface LineSink {
    void line(Line line, byte[] bytes, int length);
  }

  /** JSONL in UTF-8 (with or without a byte order mark): records can be read back by offset. */
  public static boolean indexable(Path file) throws DatasetException {
    TextInput.requireRegularFile(file);
    if (FormatDetector.detect(file) != Format.JSONL) {
      return false;
    }
    byte[] head = new byte[2];
    try (InputStream in = Files.newInputStream(file)) {
      int n = in.readNBytes(head, 0, 2);
      int b0 = n > 0 ? head[0] & 0xff : -1;
      int b1 = n > 1 ? head[1] & 0xff : -1;
      return !((b0 == 0xFF && b1 == 0xFE) || (b0 == 0xFE && b1 == 0xFF));
    } catch (IOException e) {
      throw new DatasetException(file + ": cannot read: " + FormatDetector.describe(e), e);
    }
  }

  /**
   * Cuts {@code file} into lines (ended by {@code \n} or {@code \r\n}), handing each non-blank line
   * to {@code lines}; an overlong line goes to {@code sink} as a problem, as the reader reports it.
   * Returns the SHA-256 of the file's bytes, in hex.
   */
  public static String scan(Path file, LineSink lines, RecordSink sink) throws DatasetException {
    TextInput.requireRegularFile(file);
    String name = file.getFileName().toString();
    MessageDigest sha = sha256();
    try (InputStream in = Files.newInputStream(file)) {
      Snapshot snap =
          new Snapshot(file, name, Files.size(file), Files.getLastModifiedTime(file).toMillis());
      byte[] buf = new byte[1 << 20];
      byte[] line = new byte[1 << 12];
      int len = 0;
      boolean overlong = false;
      long number = 1;
      long offset = 0;
      long start = 0;
      int n;
      while ((n = in.read(buf)) > 0) {
        sha.update(buf, 0, n);
        int from = 0;
        for (int i = 0; i < n; i++) {
          if (buf[i] != '\n') {
            continue;
          }
          int part = i - from;
          if (!overlong && len + part > MAX_LINE_BYTES) {
            overlong = true;
          }
          if (!overlong) {
            line = append(line, len, buf, from, part);
            len += part;
          }
          emit(snap, number, start, line, len, overlong, lines, sink);
          number++;
          start = offset + i + 1;
          len = 0;
          overlong = false;
          from = i + 1;
        }
        int rest = n - from;
        if (!overlong && len + rest > MAX_LINE_BYTES) {
          overlong = true;
        }
        if (!overlong) {
          line = append(line, len, buf, from, rest);
          len += rest;
        }
        offset += n;
      }
      if (len > 0 || overlong) {
        emit(snap, number, start, line, len, overlong, lines, sink);
      }
    } catch (IOException e) {
      throw new DatasetException(name + ": cannot read: " + FormatDetector.describe(e), e);
    }
    return HexFormat.of().formatHex(sha.digest());
  }

  private static void emit(
      Snapshot snap,
      long number,
      long start,
      byte[] line,
      int len,
      boolean overlong,
      LineSink lines,
      RecordSink sink) {
    if (overlong) {
      Decoded.problem(
              Source.line(snap.name(), number), "longer than " + Lines.MAX_CHARS + " characters")
          .deliver(sink);
      return;
    }
    int end = len > 0 && line[len - 1] == '\r' ? len - 1 : len;
    if (blank(line, end)) {
      return;
    }
    lines.line(new Line(snap, number, start, end), line, end);
  }

  private static boolean blank(byte[] b, int len) {
    for (int i = 0; i < len; i++) {
      if (b[i] != ' ' && b[i] != '\t' && b[i] != '\r') {
        return false;
      }
    }
    return true;
  }

  private static byte[] append(byte[] line, int len, byte[] src, int from, int count) {
    byte[] out = line;
    if (len + count > out.length) {
      out = Arrays.copyOf(out, Math.max(len + count, out.length * 2));
    }
    System.arraycopy(src, from, out, len, count);
    return out;
  }

  /**
   * Reads the record of {@code line} again, exactly as the scan decoded it; a problem with it (or a
   * file changed since) is a {@link DatasetException} naming file and line.
   */
  public static DerivationRecord read(Line line) throws DatasetException {
    Snapshot snap = line.file();
    snap.requireUnchanged();
    byte[] bytes = new byte[line.length()];
    try (FileChannel ch = FileChannel.open(snap.file(), StandardOpenOption.READ)) {
      ByteBuffer b = ByteBuffer.wrap(bytes);
      long at = line.offset();
      while (b.hasRemaining()) {
        int n = ch.read(b, at);
        if (n < 0) {
          throw new DatasetException(
              snap.name() + ": the file changed on disk since it was opened (open it again)");
        }
        at += n;
      }
    } catch (IOException e) {
      throw new DatasetException(snap.name() + ": cannot read: " + FormatDetector.describe(e), e);
    }
    DerivationRecord[] out = new DerivationRecord[1];
    String[] wrong = new String[1];
    Frames.decodeLine(
        snap.name(),
        line.number(),
        bytes,
        bytes.length,
        new RecordSink() {
          @Override
          public void record(DerivationRecord r) {
            out[0] = r;
          }

          @Override
          public void problem(ReadProblem p) {
            wrong[0] = p.toString();
          }

          @Override
          public void warning(ReadProblem w) {}

          @Override
          public void internalError(Source source, Throwable e) {
            wrong[0] = source + ": internal error: " + e;
          }
        });
    if (out[0] == null) {
      throw new DatasetException(
          wrong[0] != null ? wrong[0] : snap.name() + ":" + line.number() + ": no record there");
    }
    return out[0];
  }

  /**
   * Decodes a line for the index alone: the record as {@link Frames#decodeLine} makes it, with the
   * same problems and warnings, but its equations not parsed (each holds its LaTeX and a parse
   * error saying so). Much faster; for summaries and content hashes, never for showing or checking.
   */
  public static void decodeUnparsed(
      String file, long line, byte[] bytes, int length, RecordSink sink) {
    Frames.decodeLine(file, line, bytes, length, sink, UNPARSED);
  }

  private static final JsonlReader UNPARSED =
      new JsonlReader(
          Datasets.objectMapper(),
          raw -> new Equation(raw, raw, null, new ParseError(0, "not parsed (index only)")));

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
