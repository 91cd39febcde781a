package org.derivx.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.derivx.derivation.Derivation;
import org.derivx.derivation.Label;
import org.derivx.derivation.StepCategory;
import org.derivx.io.DatasetException;

/**
 * {@code eval --labels TSV}: step labels kept apart from the data, as the project's golden sets are
 * ({@code src/test/resources/golden/real-steps.tsv}): a header, then one row per step with the
 * record id, the variant, the step (from 1) and the label in its first four columns (more columns
 * are ignored). A label that is not one of the five categories or PREMISE (UNPARSEABLE, say) leaves
 * its step unscored.
 */
final class LabelsTable {
  private final Map<String, List<Label>> byDerivation;

  private LabelsTable(Map<String, List<Label>> byDerivation) {
    this.byDerivation = byDerivation;
  }

  static LabelsTable read(Path file) throws DatasetException {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new DatasetException(file + ": cannot be read (" + e.getMessage() + ")", e);
    }
    Map<String, List<Label>> out = new HashMap<>();
    for (int i = 1; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank()) {
        continue;
      }
      String[] f = line.split("\t", -1);
      int step;
      try {
        step = f.length >= 4 ? Integer.parseInt(f[2].strip()) : -1;
      } catch (NumberFormatException e) {
        step = -1;
      }
      if (step < 1) {
        throw new DatasetException(
            file
                + ":"
                + (i + 1)
                + ": expected id, variant, step (from 1) and label, tab-separated");
      }
      String label = f[3].strip();
      if (StepCategory.indexOf(label) >= 0) {
        out.computeIfAbsent(key(f[0].strip(), f[1].strip()), k -> new ArrayList<>())
            .add(new Label(step, label, "labels file"));
      }
    }
    return new LabelsTable(out);
  }

  private static String key(String id, String variant) {
    return id + "\u0000" + variant;
  }

  /** {@code j}'s derivation with the table's labels (none when the table has none for it). */
  Derivation apply(Judged j) {
    List<Label> ls = byDerivation.getOrDefault(key(j.id(), j.derivation().name()), List.of());
    return j.derivation()
        .withLabels(ls.stream().filter(l -> l.step() <= j.derivation().size()).toList());
  }
}
