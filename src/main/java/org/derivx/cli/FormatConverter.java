package org.derivx.cli;

import org.derivx.io.Format;
import picocli.CommandLine;

/** {@code --format results-json|jsonl|text}. */
final class FormatConverter implements CommandLine.ITypeConverter<Format> {
  @Override
  public Format convert(String value) {
    try {
      return Format.fromCliName(value);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.TypeConversionException(e.getMessage());
    }
  }
}
