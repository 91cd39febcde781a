package org.derivx.gui.session;

import java.util.List;
import org.derivx.derivation.Derivation;
import org.derivx.derivation.DerivationRecord;

/**
 * What the browser, the filters and the annotation store need of an item without its equations:
 * kept for every open item while only a few are loaded whole. {@code variant} is the derivation's
 * index among its record's variants; {@code content} is the annotation store's key (content hashes
 * of the record and of the steps).
 */
public record ItemSummary(
    String id,
    String name,
    Derivation.Kind kind,
    String model,
    String perturbation,
    int size,
    int variant,
    org.derivx.annotate.Item content) {

  public static ItemSummary of(DerivationRecord r, Derivation d) {
    return new ItemSummary(
        r.id(),
        d.name(),
        d.kind(),
        d.model(),
        d.perturbation(),
        d.size(),
        r.variants().indexOf(d),
        org.derivx.annotate.Item.of(r, d));
  }

  /** The variant with no steps, shown when the record cannot be read again. */
  Derivation empty() {
    return new Derivation(name, kind, model, perturbation, null, List.of(), List.of(), List.of());
  }

  boolean isReference() {
    return kind == Derivation.Kind.REFERENCE;
  }
}
