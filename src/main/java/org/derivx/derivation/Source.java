package org.derivx.derivation;

/**
 * Where a record came from: a file and a position in it, a line (JSONL, text) or an array element
 * (results JSON, counted from 0).
 */
public record Source(String file, Unit unit, long position) {
  public enum Unit {
    LINE,
    ELEMENT
  }

  public static Source line(String file, long line) {
    return new Source(file, Unit.LINE, line);
  }

  public static Source element(String file, long index) {
    return new Source(file, Unit.ELEMENT, index);
  }

  /** A record id of the form {@code <file-stem>#<index>}, as the positional readers make them. */
  public static String positionalId(String fileName, long index) {
    int dot = fileName.lastIndexOf('.');
    return (dot > 0 ? fileName.substring(0, dot) : fileName) + "#" + index;
  }

  /** {@code data.jsonl:12} or {@code results.json element 3}. */
  public String describe() {
    return unit == Unit.LINE ? file + ":" + position : file + " element " + position;
  }

  @Override
  public String toString() {
    return describe();
  }
}
