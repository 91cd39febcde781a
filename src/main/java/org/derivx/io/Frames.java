package org.derivx.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.Serializable;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;
import org.derivx.derivation.Source;

/**
 * A dataset cut into frames, the text of one record each (a line of our JSONL, an element of a
 * results JSON array), that are decoded apart from the file: in any order, on any machine (a
 * cluster's executors), into exactly what the file's reader makes of them, with the same ids and
 * the same problems, named by file and line or element.
 */
public final class Frames {
  private Frames() {}

  /**
   * One record's text: its file's name, its position there (a line from 1 for JSONL, an element
   * from 0 for results JSON) and the text. Plain data, so it can be shipped.
   */
  public record Frame(Format format, String file, long position, String text)
      implements Serializable {
    private static final long serialVersionUID = 1L;

    public Frame {
      if (format == Format.TEXT) {
        throw new IllegalArgumentException("plain text is not framed");
      }
    }
  }

  /**
   * Streams the frames of {@code file} to {@code frames} in file order: each line of a JSONL file,
   * each non-null element of a results JSON array (re-serialised as JSON). A frame that cannot be
   * cut out (an overlong line, JSON malformed from some element on) goes to {@code sink} as the
   * reader reports it; so does a file that cannot be read at all, as a {@link DatasetException}.
   */
  public static void split(Path file, Format format, Consumer<Frame> frames, RecordSink sink)
      throws DatasetException {
    TextInput.requireRegularFile(file);
    Format f = format != null ? format : FormatDetector.detect(file);
    String name = file.getFileName().toString();
    switch (f) {
      case RESULTS_JSON ->
          new ResultsJsonReader(Datasets.objectMapper())
              .elements(
                  file,
                  sink,
                  (source, id, node) -> {
                    try {
                      frames.accept(
                          new Frame(
                              f,
                              name,
                              source.position(),
                              Datasets.objectMapper().writeValueAsString(node)));
                    } catch (JsonProcessingException e) {
                      throw new IllegalStateException("a JSON tree that cannot be written", e);
                    }
                  });
      case JSONL ->
          Decoder.run(
              name,
              sink,
              1,
              decoder -> {
                try (Lines lines = new Lines(TextInput.open(file))) {
                  Lines.Line line;
                  while ((line = lines.next()) != null) {
                    if (line.tooLong()) {
                      Source source = Source.line(name, line.number());
                      decoder.submit(
                          () ->
                              Decoded.problem(
                                  source, "longer than " + Lines.MAX_CHARS + " characters"));
                    } else if (!line.text().isBlank()) {
                      frames.accept(new Frame(f, name, line.number(), line.text()));
                    }
                  }
                }
              });
      case TEXT ->
          throw new DatasetException(
              name + ": plain text is read whole (derivx check), not in frames");
    }
  }

  /** Decodes one frame and hands its record, or what is wrong with it, to {@code sink}. */
  public static void decode(Frame frame, RecordSink sink) {
    Decoded d =
        switch (frame.format()) {
          case RESULTS_JSON ->
              new ResultsJsonReader(Datasets.objectMapper())
                  .decode(frame.file(), frame.position(), frame.text());
          case JSONL ->
              new JsonlReader(Datasets.objectMapper())
                  .decode(Source.line(frame.file(), frame.position()), frame.text());
          case TEXT -> throw new IllegalArgumentException("plain text is not framed");
        };
    if (d != null) {
      d.deliver(sink);
    }
  }

  /**
   * Decodes line {@code line} (from 1) of a JSONL file given as its raw bytes, as a cluster file
   * system's line reader hands them out: strictly UTF-8 (a bad byte, or a NUL, is a problem naming
   * its offset in the line; nothing is replaced), a byte order mark skipped on line 1.
   */
  public static void decodeLine(String file, long line, byte[] bytes, int length, RecordSink sink) {
    decodeLine(file, line, bytes, length, sink, new JsonlReader(Datasets.objectMapper()));
  }

  /** As {@link #decodeLine(String, long, byte[], int, RecordSink)}, with this reader. */
  static void decodeLine(
      String file, long line, byte[] bytes, int length, RecordSink sink, JsonlReader reader) {
    int start = line == 1 && hasBom(bytes, length) ? 3 : 0;
    Source source = Source.line(file, line);
    String text;
    try {
      text = utf8(bytes, start, length);
    } catch (NotUtf8 e) {
      Decoded.problem(source, e.getMessage()).deliver(sink);
      return;
    }
    Decoded d = reader.decode(source, text);
    if (d != null) {
      d.deliver(sink);
    }
  }

  private static boolean hasBom(byte[] b, int length) {
    return length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF;
  }

  private static String utf8(byte[] bytes, int start, int length) throws NotUtf8 {
    for (int i = start; i < length; i++) {
      if (bytes[i] == 0) {
        throw new NotUtf8(i, bytes[i]);
      }
    }
    CharsetDecoder d =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, start, length - start);
    CharBuffer out = CharBuffer.allocate(length - start); // never more chars than bytes
    if (d.decode(in, out, true).isError()) {
      throw new NotUtf8(in.position(), bytes[in.position()]);
    }
    d.flush(out);
    return out.flip().toString();
  }

  /** Bytes of a line that are not UTF-8 text. */
  private static final class NotUtf8 extends CharacterCodingException {
    private static final long serialVersionUID = 1L;
    private final String message;

    NotUtf8(int offset, byte b) {
      this.message =
          String.format(
              Locale.ROOT,
              "not UTF-8 text: byte 0x%02X at byte %d of the line (save the file as UTF-8)",
              b & 0xff,
              offset);
    }

    @Override
    public String getMessage() {
      return message;
    }
  }
}
