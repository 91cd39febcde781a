package org.derivx.io;

import org.derivx.derivation.DerivationRecord;
import org.derivx.derivation.ReadProblem;

/** Receives records as a reader streams them, and the records it had to skip. */
public interface RecordSink {
  void record(DerivationRecord record);

  void problem(ReadProblem problem);
}
