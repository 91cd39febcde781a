package org.derivx.annotate;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.derivx.derivation.StepCategory;

/**
 * A store's whole content as one flat table, in CSV or JSONL: one row per item, step label,
 * derivation label and adjudication, told apart by {@code kind}. Timestamps and notes go through
 * unchanged, so export → import → export gives the same file.
 */
public final class AnnotationsFile {
  private AnnotationsFile() {}

  public enum Format {
    CSV,
    JSONL;

    public static Format of(Path file) {
      return file.toString().endsWith(".csv") ? CSV : JSONL;
    }
  }

  /** One row; unused columns are null. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({
    "kind",
    "record",
    "variant",
    "recordId",
    "content",
    "step",
    "annotator",
    "category",
    "note",
    "goalReached",
    "overall",
    "seconds",
    "updated"
  })
  public record Row(
      String kind,
      String record,
      String variant,
      String recordId,
      String content,
      Integer step,
      String annotator,
      String category,
      String note,
      Boolean goalReached,
      String overall,
      Double seconds,
      String updated) {}

  /** A record's fingerprint, as {@link Fingerprints#record} makes it. */
  private static final Pattern RECORD_KEY = Pattern.compile("[0-9a-f]{16}");

  private static final CsvMapper CSV = new CsvMapper();
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final CsvSchema SCHEMA = CSV.schemaFor(Row.class).withHeader().withNullValue("");

  public static List<Row> rows(AnnotationStore s) throws AnnotationException {
    List<Row> out = new ArrayList<>();
    for (Item i : s.items()) {
      ItemKey k = i.key();
      out.add(
          new Row(
              "item",
              k.record(),
              k.variant(),
              i.recordId(),
              i.content(),
              null,
              null,
              null,
              null,
              null,
              null,
              null,
              null));
    }
    for (StepLabel l : s.allSteps()) {
      ItemKey k = l.item();
      out.add(
          new Row(
              "step",
              k.record(),
              k.variant(),
              null,
              null,
              l.step(),
              l.annotator(),
              l.category().name(),
              l.note(),
              null,
              null,
              null,
              l.updated()));
    }
    for (DerivationLabel l : s.allDerivations()) {
      ItemKey k = l.item();
      out.add(
          new Row(
              "derivation",
              k.record(),
              k.variant(),
              null,
              null,
              null,
              l.annotator(),
              null,
              l.note(),
              l.goalReached(),
              l.overall() == null ? null : l.overall().name(),
              l.seconds(),
              l.updated()));
    }
    for (Adjudication a : s.allAdjudications()) {
      ItemKey k = a.item();
      out.add(
          new Row(
              "adjudication",
              k.record(),
              k.variant(),
              null,
              null,
              a.step(),
              a.adjudicator(),
              a.category().name(),
              a.note(),
              null,
              null,
              null,
              a.updated()));
    }
    return out;
  }

  public static void export(AnnotationStore s, Path out, Format f)
      throws AnnotationException, IOException {
    List<Row> rows = rows(s);
    try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      write(rows, w, f);
    }
  }

  static void write(List<Row> rows, Writer w, Format f) throws IOException {
    if (f == Format.CSV) {
      CSV.writer(SCHEMA).writeValues(w).writeAll(rows).flush();
    } else {
      for (Row r : rows) {
        w.write(JSON.writeValueAsString(r));
        w.write('\n');
      }
    }
  }

  /** Reads {@code in} and writes every row into {@code s} in one transaction; returns the rows. */
  public static int importInto(AnnotationStore s, Path in, Format f)
      throws AnnotationException, IOException {
    List<Row> rows = read(in, f);
    Map<ItemKey, Item> items = new HashMap<>();
    List<StepLabel> steps = new ArrayList<>();
    List<DerivationLabel> derivations = new ArrayList<>();
    List<Adjudication> adjudications = new ArrayList<>();
    int line = f == Format.CSV ? 1 : 0;
    for (Row r : rows) {
      line++;
      String where = in + ": row " + line + ": ";
      if (r.record() == null || r.variant() == null || r.kind() == null) {
        throw new AnnotationException(where + "kind, record and variant are required");
      }
      if (!RECORD_KEY.matcher(r.record()).matches()) {
        throw new AnnotationException(
            where
                + "record '"
                + abbreviate(r.record())
                + "' is not a record key (16 lowercase hex characters)");
      }
      String note = Notes.problem(r.note());
      if (note != null) {
        throw new AnnotationException(where + note);
      }
      ItemKey k = new ItemKey(r.record(), r.variant());
      switch (r.kind()) {
        case "item" -> items.put(k, new Item(k, nn(r.recordId()), nn(r.content())));
        case "step" ->
            steps.add(
                new StepLabel(
                    k,
                    step(r, where),
                    who(r, where),
                    category(r, where),
                    nn(r.note()),
                    nn(r.updated())));
        case "derivation" ->
            derivations.add(
                new DerivationLabel(
                    k,
                    who(r, where),
                    r.goalReached(),
                    overall(r, where),
                    nn(r.note()),
                    r.seconds() == null ? 0 : r.seconds(),
                    nn(r.updated())));
        case "adjudication" ->
            adjudications.add(
                new Adjudication(
                    k,
                    step(r, where),
                    category(r, where),
                    who(r, where),
                    nn(r.note()),
                    nn(r.updated())));
        default -> throw new AnnotationException(where + "unknown kind '" + r.kind() + "'");
      }
    }
    s.restore(List.copyOf(items.values()), steps, derivations, adjudications);
    return rows.size();
  }

  static List<Row> read(Path in, Format f) throws IOException, AnnotationException {
    List<Row> out = new ArrayList<>();
    try (Reader r = Files.newBufferedReader(in, StandardCharsets.UTF_8)) {
      ObjectReader reader =
          f == Format.CSV ? CSV.readerFor(Row.class).with(SCHEMA) : JSON.readerFor(Row.class);
      try (MappingIterator<Row> it = reader.readValues(r)) {
        while (it.hasNextValue()) {
          out.add(it.nextValue());
        }
      } catch (JsonProcessingException e) {
        int line = e.getLocation() == null ? -1 : e.getLocation().getLineNr();
        throw new AnnotationException(
            in + ": line " + line + ": not an annotations row: " + e.getOriginalMessage(), e);
      }
    }
    return out;
  }

  private static int step(Row r, String where) throws AnnotationException {
    if (r.step() == null || r.step() < 1) {
      throw new AnnotationException(where + "a step number ≥ 1 is required");
    }
    return r.step();
  }

  private static String who(Row r, String where) throws AnnotationException {
    if (r.annotator() == null || r.annotator().isBlank()) {
      throw new AnnotationException(where + "the annotator is required");
    }
    return r.annotator();
  }

  private static StepCategory category(Row r, String where) throws AnnotationException {
    return StepCategory.parse(r.category())
        .orElseThrow(
            () -> new AnnotationException(where + "unknown category '" + r.category() + "'"));
  }

  private static Overall overall(Row r, String where) throws AnnotationException {
    if (r.overall() == null) {
      return null;
    }
    try {
      return Overall.valueOf(r.overall());
    } catch (IllegalArgumentException e) {
      throw new AnnotationException(where + "unknown overall verdict '" + r.overall() + "'");
    }
  }

  private static String abbreviate(String s) {
    return s.length() <= 40 ? s : s.substring(0, 40) + "…";
  }

  private static String nn(String s) {
    return s == null ? "" : s;
  }
}
