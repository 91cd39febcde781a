package org.derivx.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.derivx.derivation.Dataset;
import org.derivx.derivation.Derivation;
import org.derivx.derivation.DerivationRecord;
import org.derivx.io.DatasetException;
import org.derivx.io.DatasetFiles;
import org.derivx.io.Datasets;

/** The derivations of some files, each with its file's name and its record. */
record Judged(String file, DerivationRecord record, Derivation derivation) {
  /** The record's id, as {@code check} reports it. */
  String id() {
    return record.id();
  }

  /** {@code data.jsonl:12, record a, variant steps}: how messages name it. */
  String where() {
    return Inputs.where(record) + ", variant " + derivation.name();
  }

  /** Every accepted derivation of the files; the first file that cannot be read stops it. */
  static List<Judged> load(List<Path> files, VariantFilter filter, PrintWriter err)
      throws DatasetException {
    List<Judged> out = new ArrayList<>();
    for (Path f : DatasetFiles.expand(files)) {
      Dataset d = Datasets.load(f);
      d.problems().forEach(p -> err.println("derivx: skipped " + p));
      d.warnings().forEach(w -> err.println("derivx: warning: " + w));
      for (DerivationRecord r : d.records()) {
        addAccepted(out, f.getFileName().toString(), r, filter);
      }
    }
    return out;
  }

  /**
   * Every accepted derivation of {@code inputs}' files, read with their reporting: a file that
   * cannot be read is reported and the others are read.
   */
  static List<Judged> collect(Inputs inputs, VariantFilter filter)
      throws IOException, InterruptedException {
    List<Judged> out = new ArrayList<>();
    inputs.forEach((file, r) -> addAccepted(out, file, r, filter));
    return out;
  }

  private static void addAccepted(
      List<Judged> out, String file, DerivationRecord r, VariantFilter filter) {
    for (Derivation v : r.variants()) {
      if (filter.accepts(v)) {
        out.add(new Judged(file, r, v));
      }
    }
  }
}
