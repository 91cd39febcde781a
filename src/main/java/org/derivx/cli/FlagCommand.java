package org.derivx.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.derivx.flagger.Category;
import org.derivx.flagger.FlaggerException;
import org.derivx.flagger.FlaggerModel;
import org.derivx.flagger.Models;
import org.derivx.io.DatasetException;
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
            + " probabilities (same ids as check); batched, offline.")
final class FlagCommand implements Callable<Integer> {
  @Parameters(paramLabel = "FILE", arity = "1..*")
  List<Path> files = new ArrayList<>();

  @Option(names = "--jsonl", description = "One JSON object per step instead of the table.")
  boolean jsonl;

  @Option(names = "--threads", defaultValue = "0", description = "PyTorch threads (default: all).")
  int threads;

  @Option(names = "--model", description = "Model directory (default: the shipped one).")
  Path model;

  @Option(names = "--variant", description = "Only variants whose name matches this glob.")
  String variant;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter out = spec.commandLine().getOut();
    if (threads > 0) {
      System.setProperty("ai.djl.pytorch.num_threads", String.valueOf(threads));
      System.setProperty("ai.djl.pytorch.num_interop_threads", "1");
    }
    List<Judged> all;
    try {
      all = Judged.load(files, new VariantFilter(variant), err);
    } catch (DatasetException e) {
      err.println("derivx flag: " + e.getMessage());
      return DerivxCommand.BAD_INPUT;
    }
    List<float[][]> probs;
    try (FlaggerModel m = Models.load(model, err::println)) {
      probs = m.predict(all.stream().map(Judged::derivation).toList());
    } catch (FlaggerException e) {
      err.println("derivx flag: " + e.getMessage());
      return DerivxCommand.BAD_INPUT;
    }
    ObjectMapper mapper = new ObjectMapper();
    Map<String, Map<String, Integer>> table = new TreeMap<>();
    boolean flaggedAny = false;
    for (int i = 0; i < all.size(); i++) {
      Judged j = all.get(i);
      float[][] p = probs.get(i);
      for (int k = 0; k < p.length; k++) {
        Category top = Category.top(p[k]);
        flaggedAny |= top != Category.VALID;
        if (jsonl) {
          Map<String, Object> o = new LinkedHashMap<>();
          o.put("derivation", j.id());
          o.put("variant", j.derivation().name());
          o.put("step", k + 1);
          o.put("verdict", top.name());
          Map<String, Double> ps = new LinkedHashMap<>();
          for (Category c : Category.values()) {
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
    if (!jsonl) {
      out.printf(Locale.ROOT, "%-28s", "variant");
      Category.ALL.forEach(c -> out.printf(Locale.ROOT, " %11s", c.name()));
      out.println();
      table.forEach(
          (v, counts) -> {
            out.printf(Locale.ROOT, "%-28s", v);
            Category.ALL.forEach(
                c -> out.printf(Locale.ROOT, " %11d", counts.getOrDefault(c.name(), 0)));
            out.println();
          });
    }
    return flaggedAny ? DerivxCommand.FINDINGS : DerivxCommand.OK;
  }
}
