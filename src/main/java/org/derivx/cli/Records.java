package org.derivx.cli;

import org.derivx.derivation.Dataset;
import org.derivx.derivation.DerivationRecord;

/** Finds a record by id, by the id's suffix after '#', or by 0-based index. */
public final class Records {
  private Records() {}

  public static DerivationRecord find(Dataset d, String id) {
    for (DerivationRecord r : d.records()) {
      if (r.id().equals(id)) {
        return r; // an exact id wins over another record's suffix
      }
    }
    for (DerivationRecord r : d.records()) {
      if (r.answersTo(id)) {
        return r;
      }
    }
    if (id.matches("\\d{1,9}")) {
      int k = Integer.parseInt(id);
      return k < d.records().size() ? d.records().get(k) : null;
    }
    return null;
  }
}
