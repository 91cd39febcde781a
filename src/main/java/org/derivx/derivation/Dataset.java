package org.derivx.derivation;

import java.util.List;

/** Records read from one file, in file order, plus the records that could not be read. */
public record Dataset(
    String file, String format, List<DerivationRecord> records, List<ReadProblem> problems) {
  public Dataset {
    records = List.copyOf(records);
    problems = List.copyOf(problems);
  }

  public int equationCount() {
    return records.stream().flatMap(r -> r.variants().stream()).mapToInt(Derivation::size).sum();
  }
}
