package org.derivx.io;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.derivx.derivation.Dataset;
import org.derivx.derivation.DerivationRecord;
import org.derivx.derivation.ReadProblem;

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
    if (!Files.isRegularFile(file)) {
      throw new DatasetException(file + ": no such file");
    }
    Format f = format != null ? format : FormatDetector.detect(file);
    switch (f) {
      case RESULTS_JSON -> new ResultsJsonReader(MAPPER).read(file, sink);
      case JSONL -> new JsonlReader(MAPPER).read(file, sink);
      case TEXT -> new TextReader().read(file, sink);
    }
    return f;
  }

  public static Dataset load(Path file, Format format) throws DatasetException {
    List<DerivationRecord> records = new ArrayList<>();
    List<ReadProblem> problems = new ArrayList<>();
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
            });
    return new Dataset(file.toString(), f.cliName(), records, problems);
  }

  public static Dataset load(Path file) throws DatasetException {
    return load(file, null);
  }

  static ObjectMapper objectMapper() {
    return MAPPER;
  }
}
