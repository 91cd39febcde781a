package org.derivx.lm.gguf;

/**
 * The tensor types of GGML that a GGUF file can hold, with the size of one block: what the reader
 * needs to know where each tensor ends. Ids follow {@code ggml.h}; ids that llama.cpp has retired
 * (4, 5, 31–33) are absent and read as unknown.
 */
public enum GgmlType {
  F32(0, 1, 4),
  F16(1, 1, 2),
  Q4_0(2, 32, 18),
  Q4_1(3, 32, 20),
  Q5_0(6, 32, 22),
  Q5_1(7, 32, 24),
  Q8_0(8, 32, 34),
  Q8_1(9, 32, 36),
  Q2_K(10, 256, 84),
  Q3_K(11, 256, 110),
  Q4_K(12, 256, 144),
  Q5_K(13, 256, 176),
  Q6_K(14, 256, 210),
  Q8_K(15, 256, 292),
  IQ2_XXS(16, 256, 66),
  IQ2_XS(17, 256, 74),
  IQ3_XXS(18, 256, 98),
  IQ1_S(19, 256, 50),
  IQ4_NL(20, 32, 18),
  IQ3_S(21, 256, 110),
  IQ2_S(22, 256, 82),
  IQ4_XS(23, 256, 136),
  I8(24, 1, 1),
  I16(25, 1, 2),
  I32(26, 1, 4),
  I64(27, 1, 8),
  F64(28, 1, 8),
  IQ1_M(29, 256, 56),
  BF16(30, 1, 2),
  TQ1_0(34, 256, 54),
  TQ2_0(35, 256, 66);

  private final int id;
  private final int blockSize;
  private final int blockBytes;

  GgmlType(int id, int blockSize, int blockBytes) {
    this.id = id;
    this.blockSize = blockSize;
    this.blockBytes = blockBytes;
  }

  public int id() {
    return id;
  }

  /** The type with this id, or null. */
  public static GgmlType of(long id) {
    for (GgmlType t : values()) {
      if (t.id == id) {
        return t;
      }
    }
    return null;
  }

  /**
   * Bytes that {@code elements} values of this type take, or -1 when the count is not a whole
   * number of blocks (a corrupt shape).
   */
  public long bytes(long elements) {
    if (elements % blockSize != 0) {
      return -1;
    }
    return Math.multiplyExact(elements / blockSize, (long) blockBytes);
  }

  /** Whether a row of {@code n0} values can be stored: quantised rows are whole blocks. */
  public boolean fitsRow(long n0) {
    return n0 % blockSize == 0;
  }
}
