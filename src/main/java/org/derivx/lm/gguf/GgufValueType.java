package org.derivx.lm.gguf;

/** The value types of GGUF metadata, as numbered in the format. */
final class GgufValueType {
  static final int UINT8 = 0;
  static final int INT8 = 1;
  static final int UINT16 = 2;
  static final int INT16 = 3;
  static final int UINT32 = 4;
  static final int INT32 = 5;
  static final int FLOAT32 = 6;
  static final int BOOL = 7;
  static final int STRING = 8;
  static final int ARRAY = 9;
  static final int UINT64 = 10;
  static final int INT64 = 11;
  static final int FLOAT64 = 12;

  private GgufValueType() {}

  /** Bytes of one value of a fixed-size type, or -1 for strings and arrays (and unknown types). */
  static int size(long type) {
    return switch ((int) type) {
      case UINT8, INT8, BOOL -> 1;
      case UINT16, INT16 -> 2;
      case UINT32, INT32, FLOAT32 -> 4;
      case UINT64, INT64, FLOAT64 -> 8;
      default -> -1;
    };
  }
}
