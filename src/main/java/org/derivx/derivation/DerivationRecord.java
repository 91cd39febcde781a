package org.derivx.derivation;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One item of a dataset: an id, where it was read, the prompt (absent if the source has none) and
 * its named variants. {@code meta} keeps any other fields of the source (scores, notes) as plain
 * Java values (maps, lists, strings, numbers, booleans).
 */
public record DerivationRecord(
    String id, Source source, Prompt prompt, List<Derivation> variants, Map<String, Object> meta) {
  public DerivationRecord {
    variants = List.copyOf(variants);
    meta = Map.copyOf(meta);
  }

  public Optional<Prompt> promptIfAny() {
    return Optional.ofNullable(prompt);
  }

  /**
   * True when {@code query} names this record: its whole id, or the part after '#' (the paper's ids
   * are {@code file#index}, and people type the index).
   */
  public boolean answersTo(String query) {
    return id.equals(query) || id.endsWith("#" + query);
  }

  public Optional<Derivation> variant(String name) {
    return variants.stream().filter(v -> v.name().equals(name)).findFirst();
  }
}
