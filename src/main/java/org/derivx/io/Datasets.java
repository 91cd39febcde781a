package org.derivx.io;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.derivx.derivation.Dataset;
import org.derivx.derivation.DerivationRecord;
import org.derivx.derivation.ReadProblem;
import org.derivx.derivation.Source;

/** Reads datasets in any supported format: streamed to a sink, or loaded whole. */
public final class Datasets {
  private static final ObjectMapper MAPPER = mapper();

  private Datasets() {}

  private static ObjectMapper mapper() {
    JsonMapper m = JsonMapper.builder().build();
    // one JSON line or record is never legitimately this deep or long
    m.getFactory()
        .setStreamReadConstraints(
            StreamReadConstraints.builder()
                .maxNestingDepth(200)
                .maxStringLength(5_000_000)
                .build());
    return m;
  }

  /** Streams the records of {@code file}; {@code format} null means detect from the content. */
  public static Format stream(Path file, Format format, RecordSink sink) throws DatasetException {
    return stream(file, format, 1, sink);
  }

  /**
   * Streams the records of {@code file} to {@code sink}, in file order and on this thread, holding
   * no more than a few records at a time; with {@code threads} above 1 the records are decoded (and
   * their equations parsed) on that many worker threads. A file without any record is a {@link
   * DatasetException}.
   */
  public static Format stream(Path file, Format format, int threads, RecordSink sink)
      throws DatasetException {
    TextInput.requireRegularFile(file);
    Format f = format != null ? format : FormatDetector.detect(file);
    Counting counted = new Counting(sink);
    switch (f) {
      case RESULTS_JSON -> new ResultsJsonReader(MAPPER).read(file, counted, threads);
      case JSONL -> new JsonlReader(MAPPER).read(file, counted, threads);
      case TEXT -> new TextReader().read(file, counted, threads);
    }
    if (counted.seen == 0) {
      throw new DatasetException(file + ": no records (the file holds no derivation)");
    }
    return f;
  }

  public static Dataset load(Path file, Format format) throws DatasetException {
    List<DerivationRecord> records = new ArrayList<>();
    List<ReadProblem> problems = new ArrayList<>();
    List<ReadProblem> warnings = new ArrayList<>();
    Format f =
        stream(
            file,
            format,
            new RecordSink() {
              @Override
              public void record(DerivationRecord record) {
                records.add(record);
              }

              @Override
              public void problem(ReadProblem problem) {
                problems.add(problem);
              }

              @Override
              public void warning(ReadProblem warning) {
                warnings.add(warning);
              }
            });
    return new Dataset(file.toString(), f.cliName(), records, problems, warnings);
  }

  public static Dataset load(Path file) throws DatasetException {
    return load(file, null);
  }

  static ObjectMapper objectMapper() {
    return MAPPER;
  }

  /** Counts what reached the sink, to tell an empty file from a file of bad records. */
  private static final class Counting implements RecordSink {
    private final RecordSink sink;
    long seen;

    Counting(RecordSink sink) {
      this.sink = sink;
    }

    @Override
    public void record(DerivationRecord record) {
      seen++;
      sink.record(record);
    }

    @Override
    public void problem(ReadProblem problem) {
      seen++;
      sink.problem(problem);
    }

    @Override
    public void warning(ReadProblem warning) {
      sink.warning(warning);
    }

    @Override
    public void internalError(Source source, Throwable error) {
      seen++;
      sink.internalError(source, error);
    }
  }
}
