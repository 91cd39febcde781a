package org.derivx.spark;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.derivx.io.Format;

/**
 * One run of the job on the driver: inputs to RDDs of lines ({@link SparkInputs}), checked once
 * (kept, serialised, in memory or on disk), then written by kind, totalled, and, if asked, written
 * again as Parquet.
 */
final class SparkCheck {
  private final SparkSession spark;
  private final JavaSparkContext jsc;
  private final JobSettings settings;
  private final Format format;
  private final int partitions;
  private final boolean parquet;

  SparkCheck(
      SparkSession spark,
      JobSettings settings,
      Format format,
      Integer partitions,
      boolean parquet) {
    this.spark = spark;
    this.jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    this.settings = settings;
    this.format = format;
    this.partitions = partitions != null ? partitions : 4 * jsc.defaultParallelism();
    this.parquet = parquet;
  }

  int run(List<String> inputs, String outDir, PrintWriter out) throws IOException {
    Path outPath = new Path(outDir);
    FileSystem fs = outPath.getFileSystem(jsc.hadoopConfiguration());
    if (fs.exists(outPath)) {
      System.err.println("CheckJob: " + outDir + " exists already; give a new --out directory");
      return 2;
    }
    long start = System.nanoTime();
    SparkInputs in = new SparkInputs(jsc, format, partitions, settings);
    List<JavaRDD<Out>> parts = new ArrayList<>();
    for (Path file : in.expand(inputs)) {
      JavaRDD<Out> lines = in.lines(file);
      if (lines != null) {
        parts.add(lines);
      }
    }
    // the driver's own findings first, then every file's lines in input order
    JavaRDD<Out> all = jsc.parallelize(in.problems(), 1);
    for (JavaRDD<Out> p : parts) {
      all = all.union(p);
    }
    all.persist(StorageLevel.MEMORY_AND_DISK_SER());
    try {
      // the first pass checks every derivation (and keeps the lines); the writes read them back
      Summary summary = all.aggregate(new Summary(), Summary::add, Summary::merge);
      double checkSeconds = (System.nanoTime() - start) / 1e9;
      for (String folder : List.of("steps", "derivations", "problems")) {
        all.filter(o -> o.kind().folder().equals(folder))
            .map(Out::json)
            .saveAsTextFile(new Path(outPath, folder).toString());
      }
      if (parquet) {
        parquet(all, outPath);
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      ObjectNode json =
          summary.json(seconds, checkSeconds, jsc.defaultParallelism(), all.getNumPartitions());
      json.putPOJO("inputs", inputs);
      try (OutputStream o = fs.create(new Path(outPath, "summary.json"), false)) {
        o.write(JsonLines.JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(json));
        o.write('\n');
      }
      report(summary, json, outDir, out);
      return summary.exitCode();
    } finally {
      all.unpersist(false);
    }
  }

  /** OUT/parquet/steps and OUT/parquet/derivations, with fixed schemas. */
  private void parquet(JavaRDD<Out> all, Path outPath) {
    for (Out.Kind kind : List.of(Out.Kind.STEP, Out.Kind.DERIVATION)) {
      var lines =
          spark.createDataset(
              all.filter(o -> o.kind() == kind).map(Out::json).rdd(), Encoders.STRING());
      String folder = kind == Out.Kind.STEP ? "steps" : "derivations";
      spark
          .read()
          .schema(kind == Out.Kind.STEP ? Schemas.STEPS : Schemas.DERIVATIONS)
          .option("mode", "FAILFAST")
          .json(lines)
          .write()
          .parquet(new Path(new Path(outPath, "parquet"), folder).toString());
    }
  }

  private static void report(Summary s, ObjectNode json, String outDir, PrintWriter out) {
    out.printf(
        "checked %d derivations, %d steps in %.1f s, written in %.1f s"
            + " (%s steps/s, %s per core on %d cores, over the whole run)%n",
        s.derivations,
        s.steps,
        json.get("checkSeconds").asDouble(),
        json.get("seconds").asDouble() - json.get("checkSeconds").asDouble(),
        json.get("stepsPerSecond").asText(),
        json.get("stepsPerSecondPerCore").asText(),
        json.get("cores").asInt());
    out.println("verdicts: " + s.verdicts);
    out.println("goals: " + s.goals + "   derivations with errors: " + s.withErrors);
    if (s.problems + s.warnings + s.internal + s.failed > 0) {
      out.printf(
          "bad input: %d, warnings: %d, internal errors: %d (see %s/problems)%n",
          s.problems, s.warnings, s.internal + s.failed, outDir);
    }
    out.println("written: " + outDir + "/{steps,derivations,problems,summary.json}");
    out.flush();
  }
}
