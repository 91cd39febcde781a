package org.derivx.annotate;

/**
 * One annotator's judgement of a whole derivation: goal reached (null: not said), overall verdict
 * (null: not said), a note, and the seconds the item was open for this annotator.
 */
public record DerivationLabel(
    ItemKey item,
    String annotator,
    Boolean goalReached,
    Overall overall,
    String note,
    double seconds,
    String updated) {}
