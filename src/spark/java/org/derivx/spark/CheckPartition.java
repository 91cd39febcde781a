package org.derivx.spark;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.spark.TaskContext;
import org.derivx.check.DerivationReport;
import org.derivx.check.StepResult;
import org.derivx.check.output.ReportFormat;
import org.derivx.check.run.CheckListener;
import org.derivx.check.run.StepChecker;
import org.derivx.cli.VariantFilter;
import org.derivx.derivation.Derivation;
import org.derivx.derivation.DerivationRecord;
import org.derivx.derivation.ReadProblem;
import org.derivx.derivation.Source;
import org.derivx.io.RecordSink;

/**
 * One partition's work on an executor: its frames decoded into records by the desktop readers,
 * every accepted variant checked by the desktop checker, and the lines {@code derivx check --jsonl}
 * writes handed out in input order (each derivation's steps, then its line). Lazy: a derivation is
 * checked when its lines are asked for, so a partition of any size streams.
 *
 * <p>Each step runs under the counted work budget of the settings (retried once at 10×, then
 * UNKNOWN), so no step stalls a partition; a check that fails (a bug) becomes that derivation's
 * error line, with the stack trace in the problems, and the partition goes on.
 */
final class CheckPartition<T> implements Iterator<Out> {
  /** Decodes one input item (a line, a frame) into records and problems. */
  @FunctionalInterface
  interface Decode<T> extends Serializable {
    void decode(T item, RecordSink sink);
  }

  private final Iterator<T> in;
  private final Decode<T> decode;
  private final VariantFilter filter;
  private final StepChecker checker;
  private final ArrayDeque<Out> ready = new ArrayDeque<>();
  private final ArrayDeque<Job> jobs = new ArrayDeque<>();
  private final AtomicBoolean cancelled = new AtomicBoolean();
  private final RecordSink sink = new Sink();

  private record Job(DerivationRecord record, Derivation derivation) {}

  CheckPartition(Iterator<T> in, Decode<T> decode, JobSettings settings) {
    this.in = in;
    this.decode = decode;
    this.filter = settings.filter();
    this.checker = new StepChecker(settings.options());
  }

  @Override
  public boolean hasNext() {
    while (ready.isEmpty()) {
      if (!jobs.isEmpty()) {
        TaskContext task = TaskContext.get();
        if (task != null) {
          task.killTaskIfInterrupted(); // a killed task stops between derivations
        }
        check(jobs.removeFirst());
      } else if (in.hasNext()) {
        decode.decode(in.next(), sink);
      } else {
        return false;
      }
    }
    return true;
  }

  @Override
  public Out next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    return ready.removeFirst();
  }

  private void check(Job job) {
    String id = job.record().id();
    Derivation d = job.derivation();
    DerivationReport report;
    try {
      report = checker.check(id, d, CheckListener.NONE, cancelled);
    } catch (VirtualMachineError fatal) {
      if (!(fatal instanceof StackOverflowError)) {
        throw fatal; // out of memory ends the task (Spark retries it), not one derivation
      }
      failed(job, fatal);
      return;
    } catch (RuntimeException | LinkageError e) { // NOPMD: this derivation's bug only
      failed(job, e);
      return;
    }
    for (StepResult s : report.steps()) {
      ready.addLast(new Out(Out.Kind.STEP, JsonLines.text(ReportFormat.stepJson(id, d.name(), s))));
    }
    ready.addLast(
        new Out(Out.Kind.DERIVATION, JsonLines.text(ReportFormat.derivationJson(report))));
  }

  /**
   * The line {@code derivx check --jsonl} writes for a failed check, {@code "log"} naming where the
   * stack trace went; the trace itself goes to the problems.
   */
  private void failed(Job job, Throwable e) {
    String where =
        job.record().source().describe()
            + ", record "
            + job.record().id()
            + ", variant "
            + job.derivation().name();
    ObjectNode o = JsonLines.JSON.createObjectNode();
    o.put("derivation", job.record().id());
    o.put("variant", job.derivation().name());
    o.put("kind", job.derivation().kind().name().toLowerCase(Locale.ROOT));
    o.put("error", "internal error: " + JsonLines.summary(e));
    o.put("log", "problems/ (kind internal, " + where + ")");
    ready.addLast(new Out(Out.Kind.FAILED, JsonLines.text(o)));
    ready.addLast(JsonLines.problem(Out.Kind.INTERNAL, job.record().source(), where, e));
  }

  /** The readers' outcomes, queued in order. */
  private final class Sink implements RecordSink {
    @Override
    public void record(DerivationRecord record) {
      for (Derivation v : record.variants()) {
        if (filter.accepts(v)) {
          jobs.addLast(new Job(record, v));
        }
      }
    }

    @Override
    public void problem(ReadProblem p) {
      ready.addLast(JsonLines.problem(Out.Kind.PROBLEM, p.source(), p.message(), null));
    }

    @Override
    public void warning(ReadProblem w) {
      ready.addLast(JsonLines.problem(Out.Kind.WARNING, w.source(), w.message(), null));
    }

    @Override
    public void internalError(Source source, Throwable e) {
      ready.addLast(
          JsonLines.problem(
              Out.Kind.INTERNAL, source, source.describe() + ", while reading it", e));
    }
  }
}
