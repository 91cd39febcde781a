package org.derivx.annotate;

import org.derivx.derivation.StepCategory;

/** One annotator's category for one step (counted from 1), with an optional note. */
public record StepLabel(
    ItemKey item, int step, String annotator, StepCategory category, String note, String updated) {}
