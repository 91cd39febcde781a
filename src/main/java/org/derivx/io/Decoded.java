package org.derivx.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.ArrayList;
import java.util.List;
import org.derivx.derivation.DerivationRecord;
import org.derivx.derivation.ReadProblem;
import org.derivx.derivation.Source;

/**
 * What one frame of a file (a line, an array element, a block of lines) became: a record with the
 * warnings about what was dropped from it, a problem that skips it (bad input), or an internal
 * error (a bug met while reading it). Decoding never throws, so it can run on any thread; {@link
 * #deliver} hands the outcome to the sink on the reading thread.
 */
record Decoded(
    Source source,
    DerivationRecord record,
    List<String> warnings,
    String problem,
    Throwable internal) {

  /**
   * Builds one record, adding to {@code warnings} what it drops and keeps going without; null when
   * the frame holds no record (a JSON null).
   */
  @FunctionalInterface
  interface Build {
    DerivationRecord build(List<String> warnings) throws JsonProcessingException;
  }

  static Decoded decode(Source source, Build build) {
    List<String> warnings = new ArrayList<>();
    try {
      return new Decoded(source, build.build(warnings), warnings, null, null);
    } catch (JsonProcessingException e) {
      return problem(source, "malformed JSON: " + JsonValues.describe(e));
    } catch (IllegalArgumentException e) {
      // the readers' own signal for a record that does not follow the format
      return problem(source, e.getMessage());
    } catch (Throwable e) { // NOPMD: anything else is a bug, reported with this record's place
      return new Decoded(source, null, List.of(), null, e);
    }
  }

  static Decoded problem(Source source, String message) {
    return new Decoded(source, null, List.of(), message, null);
  }

  void deliver(RecordSink sink) {
    if (internal != null) {
      if (internal instanceof VirtualMachineError fatal
          && !(internal instanceof StackOverflowError)) {
        throw fatal; // out of memory: the whole run stops, not this record
      }
      sink.internalError(source, internal);
    } else if (problem != null) {
      sink.problem(new ReadProblem(source, problem));
    } else if (record != null) {
      for (String w : warnings) {
        sink.warning(new ReadProblem(source, "record " + record.id() + ": " + w));
      }
      sink.record(record);
    }
  }
}
