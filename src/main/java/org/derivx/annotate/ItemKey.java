package org.derivx.annotate;

/**
 * One derivation of a dataset, as annotations name it: the record's fingerprint (a hash of its
 * prompt and reference, see {@link Fingerprints}) and the variant's name. Keyed by content, not by
 * position, so annotations survive reordering the file, and records added or removed around them.
 */
public record ItemKey(String record, String variant) {}
