package org.derivx.derivation;

/** A known category for one step (1-based), e.g. an injected error; {@code note} may be null. */
public record Label(int step, String category, String note) {}
