package org.derivx.derivation;

import java.util.List;

/**
 * Records read from one file, in file order, plus the records that could not be read ({@code
 * problems}) and what was dropped from records that were kept ({@code warnings}).
 */
public record Dataset(
    String file,
    String format,
    List<DerivationRecord> records,
    List<ReadProblem> problems,
    List<ReadProblem> warnings) {
  public Dataset {
    records = List.copyOf(records);
    problems = List.copyOf(problems);
    warnings = List.copyOf(warnings);
  }

  public Dataset(
      String file, String format, List<DerivationRecord> records, List<ReadProblem> problems) {
    this(file, format, records, problems, List.of());
  }

  public int equationCount() {
    return records.stream().flatMap(r -> r.variants().stream()).mapToInt(Derivation::size).sum();
  }
}
