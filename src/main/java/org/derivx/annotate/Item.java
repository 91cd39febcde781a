package org.derivx.annotate;

import org.derivx.derivation.Derivation;
import org.derivx.derivation.DerivationRecord;

/**
 * A derivation being annotated: its key, the record's id in its file (for people and exports) and a
 * hash of the variant's steps (so a label on text that has since changed can be told apart).
 */
public record Item(ItemKey key, String recordId, String content) {
  public static Item of(DerivationRecord r, Derivation d) {
    return new Item(new ItemKey(Fingerprints.record(r), d.name()), r.id(), Fingerprints.content(d));
  }
}
