package org.derivx.cli;

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

  static List<Judged> load(List<Path> files, VariantFilter filter, java.io.PrintWriter err)
      throws DatasetException {
    List<Judged> out = new ArrayList<>();
    for (Path f : DatasetFiles.expand(files)) {
      Dataset d = Datasets.load(f);
      d.problems().forEach(p -> err.println("derivx: skipped " + p));
      for (DerivationRecord r : d.records()) {
        for (Derivation v : r.variants()) {
          if (filter.accepts(v)) {
            out.add(new Judged(f.getFileName().toString(), r, v));
          }
        }
      }
    }
    return out;
  }
}
