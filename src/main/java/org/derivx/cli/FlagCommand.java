package org.derivx.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import org.derivx.derivation.Derivation;
import org.derivx.derivation.StepCategory;
import org.derivx.flagger.FlaggerException;
import org.derivx.flagger.FlaggerModel;
import org.derivx.flagger.Models;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code derivx flag FILE… [--jsonl] [--threads N] [--model DIR] [--variant GLOB]}. */
@Command(
    name = "flag",
    mixinStandardHelpOptions = true,
    description =
        "Flag error steps with the on-device model: per step the top category and all"
            + " probabilities (same ids as check); batched, offline, streamed in chunks of "
            + FlagCommand.CHUNK
            + " derivations. Exit 1 when it flags an error.")
final class FlagCommand implements Callable<Integer> {
  @Parameters(paramLabel = "FILE", arity = "1..*")
  List<Path> files = new ArrayList<>();

  @Option(names = "--jsonl", description = "One JSON object per step instead of the table.")
  boolean jsonl;

  @Option(
      names = "--threads",
      defaultValue = "0",
      converter = ThreadCount.class,
      description = "Threads for the evidence and the network (default: all cores).")
  int threads;

  @Option(names = "--model", description = "Model directory (default: the shipped one).")
  Path model;

  @Option(names = "--variant", description = "Only variants whose name matches this glob.")
  String variant;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @CommandLine.ParentCommand DerivxCommand root;

  /** Derivations flagged together: large enough for batching, small enough to stream. */
  static final int CHUNK = 256;

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter out = spec.commandLine().getOut();
    CliContext context = DerivxCommand.context(root);
    InternalErrors errors = new InternalErrors(context.logDir(), err, "flag");
    Inputs inputs = new Inputs(files, null, 1, err, errors);
    VariantFilter filter = new VariantFilter(variant);
    // the evidence and the network run in parallel streams: inside this pool they use its threads
    ForkJoinPool pool = threads > 0 ? new ForkJoinPool(threads) : ForkJoinPool.commonPool();
    Output output = new Output(out, errors, context, pool);
    try (FlaggerModel m = Models.load(model, err::println)) {
      List<Judged> chunk = new ArrayList<>();
      inputs.forEach(
          (file, r) -> {
            for (Derivation v : r.variants()) {
              if (filter.accepts(v)) {
                chunk.add(new Judged(file, r, v));
              }
            }
            if (chunk.size() >= CHUNK) {
              output.flag(m, chunk);
              chunk.clear();
            }
          });
      output.flag(m, chunk);
    } catch (FlaggerException e) {
      err.println("derivx flag: " + e.getMessage());
      return DerivxCommand.BAD_INPUT;
    } finally {
      if (pool != ForkJoinPool.commonPool()) {
        pool.shutdown();
      }
    }
    if (!jsonl && output.derivations > 0) {
      output.printTable();
    }
    out.flush();
    if (errors.count() > 0) {
      return DerivxCommand.INTERNAL_ERROR;
    }
    if (inputs.bad() || output.derivations == 0) {
      if (output.derivations == 0 && !inputs.bad()) {
        err.println("derivx flag: nothing to flag");
      }
      return DerivxCommand.BAD_INPUT;
    }
    return output.flaggedAny ? DerivxCommand.FINDINGS : DerivxCommand.OK;
  }

  /** Flags chunk by chunk and writes in input order; keeps the table's counts. */
  private final class Output {
    private final PrintWriter out;
    private final InternalErrors errors;
    private final CliContext context;
    private final ForkJoinPool pool;
    private final ObjectMapper mapper = new ObjectMapper();
    private final Map<String, Map<String, Integer>> table = new TreeMap<>();
    boolean flaggedAny;
    long derivations;

    Output(PrintWriter out, InternalErrors errors, CliContext context, ForkJoinPool pool) {
      this.out = out;
      this.errors = errors;
      this.context = context;
      this.pool = pool;
    }

    void flag(FlaggerModel m, List<Judged> chunk) throws IOException {
      if (chunk.isEmpty()) {
        return;
      }
      List<float[][]> probs = pool.invoke(ForkJoinTask.adapt(() -> Judging.flag(m, chunk, errors)));
      for (int i = 0; i < chunk.size(); i++) {
        if (probs.get(i) != null) {
          write(chunk.get(i), probs.get(i));
        }
        context.written().accept(chunk.get(i).id());
      }
      out.flush();
    }

    private void write(Judged j, float[][] p) throws IOException {
      derivations++;
      for (int k = 0; k < p.length; k++) {
        StepCategory top = StepCategory.top(p[k]);
        flaggedAny |= top != StepCategory.VALID;
        if (jsonl) {
          Map<String, Object> o = new LinkedHashMap<>();
          o.put("derivation", j.id());
          o.put("variant", j.derivation().name());
          o.put("step", k + 1);
          o.put("verdict", top.name());
          Map<String, Double> ps = new LinkedHashMap<>();
          for (StepCategory c : StepCategory.JUDGED) {
            ps.put(c.name(), Math.round(p[k][c.ordinal()] * 1e4) / 1e4);
          }
          o.put("probs", ps);
          out.println(mapper.writeValueAsString(o));
        } else {
          table
              .computeIfAbsent(j.derivation().name(), x -> new TreeMap<>())
              .merge(top.name(), 1, Integer::sum);
        }
      }
    }

    void printTable() {
      out.printf(Locale.ROOT, "%-28s", "variant");
      StepCategory.JUDGED.forEach(c -> out.printf(Locale.ROOT, " %11s", c.name()));
      out.println();
      table.forEach(
          (v, counts) -> {
            out.printf(Locale.ROOT, "%-28s", v);
            StepCategory.JUDGED.forEach(
                c -> out.printf(Locale.ROOT, " %11d", counts.getOrDefault(c.name(), 0)));
            out.println();
          });
    }
  }
}
