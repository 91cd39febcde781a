package org.derivx.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import org.derivx.derivation.DerivationRecord;
import org.derivx.derivation.Label;
import org.derivx.inject.Labelled;
import org.derivx.inject.RecordSplit;
import org.derivx.io.DatasetException;

/**
 * What {@code inject} and {@code silver} share: the records of the split, made into labelled
 * derivations on worker threads (one maker each), written in record order (so the file does not
 * depend on timing), and a summary of what was written. A record whose making fails with an
 * internal error is reported with its record and left out; the others are written.
 */
final class LabelledData {
  /** What was written, for the summary line. */
  record Summary(
      int records,
      int derivations,
      int steps,
      Map<String, Integer> labels,
      Map<String, Integer> kinds) {}

  private LabelledData() {}

  static List<DerivationRecord> records(List<Path> files, RecordSplit.Part part, PrintWriter err)
      throws DatasetException {
    List<DerivationRecord> out = new ArrayList<>();
    for (Judged j : Judged.load(files, new VariantFilter(null), err)) {
      if ((out.isEmpty() || out.get(out.size() - 1) != j.record()) && part.accepts(j.record())) {
        out.add(j.record());
      }
    }
    return out;
  }

  static <M> Summary write(
      List<DerivationRecord> records,
      Supplier<M> maker,
      BiFunction<M, DerivationRecord, List<Labelled>> make,
      int threads,
      Path out,
      InternalErrors errors)
      throws IOException, InterruptedException {
    int n = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
    ThreadLocal<M> perThread = ThreadLocal.withInitial(maker);
    ExecutorService pool = Executors.newFixedThreadPool(n);
    ObjectMapper mapper = new ObjectMapper();
    Map<String, Integer> labels = new TreeMap<>();
    Map<String, Integer> kinds = new TreeMap<>();
    int derivations = 0;
    int steps = 0;
    try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      List<Future<List<Labelled>>> futures = new ArrayList<>();
      for (DerivationRecord r : records) {
        futures.add(pool.submit(() -> make.apply(perThread.get(), r)));
      }
      for (int i = 0; i < records.size(); i++) {
        List<Labelled> made;
        try {
          made = futures.get(i).get();
        } catch (ExecutionException e) {
          errors.report(Inputs.where(records.get(i)), e.getCause());
          continue;
        }
        for (Labelled l : made) {
          w.write(mapper.writeValueAsString(l.toJson()));
          w.write('\n');
          derivations++;
          steps += l.labelledSteps();
          for (Label x : l.labels()) {
            labels.merge(x.category(), 1, Integer::sum);
          }
          kinds.merge(
              String.valueOf(l.meta().getOrDefault("kind", l.firstError())), 1, Integer::sum);
        }
      }
    } finally {
      pool.shutdownNow();
    }
    return new Summary(records.size(), derivations, steps, labels, kinds);
  }
}
