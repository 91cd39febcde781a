package org.derivx.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads {@code --threads N} for every command that starts worker threads: 0 is all cores; a
 * negative number, or more than a thread pool takes, is bad input (exit 2) instead of being quietly
 * taken as one thread or failing as an internal error.
 */
final class ThreadCount implements ITypeConverter<Integer> {
  /** The most a ForkJoinPool takes, and more than any machine has cores. */
  static final int MAX = 32767;

  @Override
  public Integer convert(String value) {
    int n;
    try {
      n = Integer.parseInt(value.trim());
    } catch (NumberFormatException e) {
      throw new TypeConversionException("'" + value + "' is not a number of threads");
    }
    if (n < 0 || n > MAX) {
      throw new TypeConversionException(
          "'" + value + "': must be 0 (all cores) to " + MAX + " threads");
    }
    return n;
  }

  /** The threads to start for {@code n} as read ({@code null} when not given): 0 is all cores. */
  static int resolve(Integer n) {
    return n == null || n == 0 ? Runtime.getRuntime().availableProcessors() : n;
  }
}
