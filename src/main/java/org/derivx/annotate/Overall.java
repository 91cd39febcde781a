package org.derivx.annotate;

/** An annotator's verdict on a whole derivation. */
public enum Overall {
  /** Every step follows and the goal is reached. */
  CORRECT,
  /** It gets there, with steps skipped, repeated or beside the point. */
  FLAWED,
  /** A wrong step, or the goal is not reached. */
  INCORRECT
}
