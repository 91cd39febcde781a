package org.derivx.check;

/**
 * An equation a step may use: step {@code index} of the derivation, or prompt premise {@code
 * index}.
 */
public record EqRef(boolean premise, int index) implements Comparable<EqRef> {
  public static EqRef step(int k) {
    return new EqRef(false, k);
  }

  public static EqRef premise(int k) {
    return new EqRef(true, k);
  }

  @Override
  public int compareTo(EqRef o) {
    return premise != o.premise ? (premise ? -1 : 1) : Integer.compare(index, o.index);
  }

  @Override
  public String toString() {
    return premise ? "P" + index : Integer.toString(index);
  }
}
