package org.derivx.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.derivx.derivation.Dataset;
import org.derivx.derivation.Derivation;
import org.derivx.io.DatasetException;
import org.derivx.io.Datasets;
import org.derivx.testing.Derivations;
import org.derivx.testing.Golden;
import org.derivx.testing.SharedData;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.provider.Arguments;

/**
 * Seed inputs from real data, built when the tests run rather than copied into the repository: the
 * golden tables, the bundled samples and fixtures, and, only while fuzzing and only when present,
 * the paper's data in {@code ../shared/data} (never committed). Regression runs replay the golden
 * and sample seeds; fuzzing runs hand all of them to Jazzer as its starting corpus.
 */
final class FuzzSeeds {
  private FuzzSeeds() {}

  private static final Path SAMPLES = Path.of("sample-derivations");
  private static final Path FIXTURES = Path.of("src", "test", "resources", "fixtures");
  private static final String PAPER = "chatgpt_results.json";

  /** How much of the paper's data seeds a fuzzing run (its first pass replays every seed). */
  private static final int PAPER_EQUATIONS = 3000;

  private static final int PAPER_DERIVATIONS = 150;
  private static final int PAPER_ELEMENTS = 40;
  private static final int LONGEST_TEXT = 1000;

  /** Single equations: every LaTeX cell of the golden tables, every equation of the samples. */
  static Stream<Arguments> equations() {
    Map<String, String> seeds = new LinkedHashMap<>();
    for (String table : List.of("latex-parse.tsv", "symja-convert.tsv")) {
      for (String[] row : Golden.table("/golden/" + table)) {
        seeds.putIfAbsent(row[0], table);
      }
    }
    for (String[] row : Golden.table("/golden/checker.tsv")) {
      for (int col = 1; col <= 2; col++) {
        Derivations.split(row[col]).forEach(e -> seeds.putIfAbsent(e, "checker.tsv"));
      }
    }
    for (Derivation d : sampleDerivations()) {
      equationsOf(d).forEach(e -> seeds.putIfAbsent(e, "samples"));
    }
    if (Fuzzing.active()) {
      int before = seeds.size();
      for (Derivation d : paperDerivations()) {
        for (String e : equationsOf(d)) {
          if (seeds.size() - before < PAPER_EQUATIONS) {
            seeds.putIfAbsent(e, PAPER);
          }
        }
      }
    }
    List<Arguments> out = new ArrayList<>();
    int i = 0;
    for (var e : seeds.entrySet()) {
      out.add(seed(e.getValue() + " " + i++, e.getKey().getBytes(StandardCharsets.UTF_8)));
    }
    return out.stream();
  }

  /** Derivations for the checker: the golden checker cases and every sample derivation. */
  static Stream<Arguments> derivations() {
    List<Arguments> out = new ArrayList<>();
    for (String[] row : Golden.table("/golden/checker.tsv")) {
      out.add(
          seed(
              "checker.tsv " + row[0],
              CheckerInput.encode(Derivations.split(row[1]), Derivations.split(row[2]), null)));
    }
    int i = 0;
    for (Derivation d : sampleDerivations()) {
      out.add(seed("samples " + i++, CheckerInput.encode(d)));
    }
    if (Fuzzing.active()) {
      List<Derivation> paper = paperDerivations();
      int stride = Math.max(1, paper.size() / PAPER_DERIVATIONS);
      for (int k = 0; k < paper.size(); k += stride) {
        out.add(seed(PAPER + " " + k, CheckerInput.encode(paper.get(k))));
      }
    }
    return out.stream();
  }

  /** A few derivations for the slower symbolic target: the samples only. */
  static Stream<Arguments> sampleDerivationSeeds() {
    List<Arguments> out = new ArrayList<>();
    int i = 0;
    for (Derivation d : sampleDerivations()) {
      out.add(seed("samples " + i++, CheckerInput.encode(d)));
    }
    return out.stream();
  }

  /** Results JSON files: the sample, the fixture and, fuzzing, single elements of the paper's. */
  static Stream<Arguments> resultsJsonFiles() {
    List<Arguments> out = new ArrayList<>();
    addFile(out, SAMPLES.resolve("paper-layout_results.json"));
    addFile(out, FIXTURES.resolve("mini_results.json"));
    Path paper = SharedData.dir().resolve(PAPER);
    if (Fuzzing.active() && Files.isRegularFile(paper)) {
      try {
        ObjectMapper m = new ObjectMapper();
        JsonNode all = m.readTree(paper.toFile());
        int stride = Math.max(1, all.size() / PAPER_ELEMENTS);
        for (int k = 0; k < all.size(); k += stride) {
          ObjectNode element = all.get(k).deepCopy();
          // the few-shot prompts make an element ~37 KB; their end holds the question
          for (String field :
              List.copyOf(element.properties().stream().map(Map.Entry::getKey).toList())) {
            String t = element.get(field).isTextual() ? element.get(field).textValue() : "";
            if (t.length() > LONGEST_TEXT) {
              element.put(field, t.substring(t.length() - LONGEST_TEXT));
            }
          }
          byte[] one = m.writeValueAsBytes(m.createArrayNode().add(element));
          out.add(seed(PAPER + " element " + k, one));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return out.stream();
  }

  /** JSONL files: the samples, the fixture, and each of their lines alone. */
  static Stream<Arguments> jsonlFiles() {
    List<Arguments> out = new ArrayList<>();
    for (Path f :
        List.of(
            SAMPLES.resolve("hand-written.jsonl"),
            SAMPLES.resolve("synthetic.jsonl"),
            FIXTURES.resolve("mini.jsonl"))) {
      addFile(out, f);
      int n = 0;
      for (String line : read(f).split("\n")) {
        if (!line.isBlank()) {
          out.add(seed(f.getFileName() + " line " + ++n, (line + "\n").getBytes(UTF8)));
        }
      }
    }
    return out.stream();
  }

  /** Plain text files: the sample, the fixture, and the golden checker cases written as text. */
  static Stream<Arguments> textFiles() {
    List<Arguments> out = new ArrayList<>();
    addFile(out, SAMPLES.resolve("plain.txt"));
    addFile(out, FIXTURES.resolve("mini.txt"));
    for (String[] row : Golden.table("/golden/checker.tsv")) {
      StringBuilder sb = new StringBuilder("# ").append(row[0]).append('\n');
      sb.append("Given: ").append(String.join(" and ", Derivations.split(row[1]))).append('\n');
      Derivations.split(row[2]).forEach(s -> sb.append(s).append('\n'));
      out.add(seed("checker.tsv " + row[0], sb.toString().getBytes(UTF8)));
    }
    return out.stream();
  }

  private static final Charset UTF8 = StandardCharsets.UTF_8;

  private static Arguments seed(String name, byte[] bytes) {
    return Arguments.of(Named.of(name, bytes));
  }

  private static void addFile(List<Arguments> out, Path f) {
    out.add(seed(f.getFileName().toString(), read(f).getBytes(UTF8)));
  }

  private static String read(Path f) {
    try {
      return Files.readString(f);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> equationsOf(Derivation d) {
    List<String> out = new ArrayList<>();
    d.promptIfAny().ifPresent(p -> p.all().forEach(e -> out.add(e.raw())));
    d.steps().forEach(e -> out.add(e.raw()));
    return out;
  }

  private static List<Derivation> sampleDerivations() {
    List<Derivation> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(SAMPLES)) {
      for (Path f : files.filter(p -> !p.toString().endsWith(".md")).sorted().toList()) {
        out.addAll(derivationsOf(f));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  private static List<Derivation> paperDerivations() {
    Path paper = SharedData.dir().resolve(PAPER);
    return Files.isRegularFile(paper) ? derivationsOf(paper) : List.of();
  }

  private static List<Derivation> derivationsOf(Path f) {
    try {
      Dataset d = Datasets.load(f);
      return d.records().stream().flatMap(r -> r.variants().stream()).toList();
    } catch (DatasetException e) {
      throw new IllegalStateException(e);
    }
  }
}
