package org.derivx.spark;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapred.TextInputFormat;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.derivx.derivation.ReadProblem;
import org.derivx.derivation.Source;
import org.derivx.io.DatasetException;
import org.derivx.io.Format;
import org.derivx.io.FormatDetector;
import org.derivx.io.Frames;
import org.derivx.io.RecordSink;
import scala.Tuple2;

/**
 * The job's inputs, on the driver: paths (any Hadoop file system: {@code file:}, {@code hdfs:},
 * {@code s3a:}, …) expanded as {@code derivx check} expands them (a directory stands for its {@code
 * .json}, {@code .jsonl} and {@code .txt} files, in name order), each made into an RDD of the lines
 * the job writes, in input order.
 *
 * <p>Our JSONL (UTF-8) is split by lines where it lies: executors read their byte ranges, and each
 * line is decoded there by the desktop reader ({@link Frames#decodeLine}), numbered from 1 as the
 * CLI numbers it. A results JSON file is one array, not splittable by lines: the driver cuts it
 * into elements with the desktop reader ({@link Frames#split}; the paper's files are a few MB) and
 * ships their JSON text, decoded on the executors. Plain text is refused (bad input) with a note.
 */
final class SparkInputs {
  private final JavaSparkContext jsc;
  private final Format format;
  private final int partitions;
  private final JobSettings settings;
  private final List<Out> problems = new ArrayList<>();

  SparkInputs(JavaSparkContext jsc, Format format, int partitions, JobSettings settings) {
    this.jsc = jsc;
    this.format = format;
    this.partitions = partitions;
    this.settings = settings;
  }

  /** What was wrong with the inputs themselves, found on the driver. */
  List<Out> problems() {
    return problems;
  }

  /** Every input file, in order; paths that are not there are problems. */
  List<Path> expand(List<String> inputs) throws IOException {
    Configuration conf = jsc.hadoopConfiguration();
    List<Path> out = new ArrayList<>();
    for (String in : inputs) {
      Path p = new Path(in);
      FileSystem fs = p.getFileSystem(conf);
      if (!fs.exists(p)) {
        problems.add(JsonLines.fileProblem(in, "no such file"));
      } else if (fs.getFileStatus(p).isDirectory()) {
        List<Path> found =
            Arrays.stream(fs.listStatus(p))
                .filter(FileStatus::isFile)
                .map(FileStatus::getPath)
                .filter(SparkInputs::isDatasetFile)
                .sorted(Comparator.comparing(Path::getName))
                .toList();
        if (found.isEmpty()) {
          problems.add(
              JsonLines.fileProblem(in, "no .json, .jsonl or .txt files in this directory"));
        }
        out.addAll(found);
      } else {
        out.add(p);
      }
    }
    return out;
  }

  private static boolean isDatasetFile(Path p) {
    String n = p.getName().toLowerCase(Locale.ROOT);
    return n.endsWith(".json") || n.endsWith(".jsonl") || n.endsWith(".txt");
  }

  /** The lines {@code file} gives, or null when it cannot be read at all (a problem says why). */
  JavaRDD<Out> lines(Path file) throws IOException {
    FileSystem fs = file.getFileSystem(jsc.hadoopConfiguration());
    byte[] head;
    try (InputStream in = fs.open(file)) {
      head = in.readNBytes(4096);
    }
    boolean utf16 =
        head.length >= 2
            && ((head[0] == (byte) 0xFF && head[1] == (byte) 0xFE)
                || (head[0] == (byte) 0xFE && head[1] == (byte) 0xFF));
    Format f = format != null ? format : FormatDetector.detect(head);
    String name = file.getName();
    if (f == Format.TEXT) {
      problems.add(
          JsonLines.fileProblem(
              name,
              "plain text is not read by the Spark job: convert it to JSONL, or use derivx check"));
      return null;
    }
    if (f == Format.JSONL && !utf16) {
      return jsonl(file, name);
    }
    return framed(fs, file, f);
  }

  /** Our JSONL, split by lines where it lies; each line decoded on an executor. */
  private JavaRDD<Out> jsonl(Path file, String name) {
    JobSettings s = settings;
    return jsc.hadoopFile(
            file.toString(), TextInputFormat.class, LongWritable.class, Text.class, partitions)
        // Hadoop reuses its Text: copy each line's bytes out before anything keeps them
        .map(t -> Arrays.copyOf(t._2().getBytes(), t._2().getLength()))
        .zipWithIndex()
        .mapPartitions(
            it ->
                new CheckPartition<Tuple2<byte[], Long>>(
                    it,
                    (t, sink) -> Frames.decodeLine(name, t._2() + 1, t._1(), t._1().length, sink),
                    s));
  }

  /** A file cut into frames on the driver (results JSON; UTF-16 JSONL), decoded on executors. */
  private JavaRDD<Out> framed(FileSystem fs, Path file, Format f) throws IOException {
    java.nio.file.Path local;
    java.nio.file.Path temp = null;
    if (fs instanceof LocalFileSystem || "file".equals(fs.getScheme())) {
      local = java.nio.file.Path.of(fs.makeQualified(file).toUri());
    } else {
      temp = Files.createTempDirectory("derivx-spark");
      local = temp.resolve(file.getName());
      fs.copyToLocalFile(false, file, new Path(local.toUri()), true);
    }
    List<Frames.Frame> frames = new ArrayList<>();
    try {
      Frames.split(local, f, frames::add, new DriverSink());
    } catch (DatasetException e) {
      problems.add(JsonLines.fileProblem(file.getName(), e.getMessage()));
    } finally {
      if (temp != null) {
        Files.deleteIfExists(local);
        Files.deleteIfExists(temp);
      }
    }
    JobSettings s = settings;
    int slices = Math.max(1, Math.min(partitions, frames.size()));
    return jsc.parallelize(frames, slices)
        .mapPartitions(it -> new CheckPartition<Frames.Frame>(it, Frames::decode, s));
  }

  /** What cutting a file into frames met: problems (an overlong line, malformed JSON). */
  private final class DriverSink implements RecordSink {
    @Override
    public void record(org.derivx.derivation.DerivationRecord record) {
      throw new IllegalStateException("frames are not decoded on the driver");
    }

    @Override
    public void problem(ReadProblem p) {
      problems.add(JsonLines.problem(Out.Kind.PROBLEM, p.source(), p.message(), null));
    }

    @Override
    public void warning(ReadProblem w) {
      problems.add(JsonLines.problem(Out.Kind.WARNING, w.source(), w.message(), null));
    }

    @Override
    public void internalError(Source source, Throwable e) {
      problems.add(
          JsonLines.problem(
              Out.Kind.INTERNAL, source, source.describe() + ", while reading it", e));
    }
  }
}
