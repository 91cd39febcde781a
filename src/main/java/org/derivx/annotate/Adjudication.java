package org.derivx.annotate;

import org.derivx.derivation.StepCategory;

/** The final category of a step the annotators disagreed on, and who decided it. */
public record Adjudication(
    ItemKey item,
    int step,
    StepCategory category,
    String adjudicator,
    String note,
    String updated) {}
