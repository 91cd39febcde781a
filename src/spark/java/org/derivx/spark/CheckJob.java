package org.derivx.spark;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.derivx.check.CheckOptions;
import org.derivx.io.Format;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code spark-submit --class org.derivx.spark.CheckJob derivx-spark.jar --in DIR|FILE --out DIR}:
 * {@code derivx check --jsonl} on a Spark cluster, with the same readers and the same checker.
 * Writes {@code OUT/steps/} (one line per step), {@code OUT/derivations/} (one per derivation),
 * {@code OUT/problems/} (bad input, warnings, internal errors with their traces), {@code
 * OUT/summary.json}, and with {@code --parquet} the steps and derivations as Parquet too. The part
 * files of {@code steps/} and {@code derivations/}, read in name order, hold the lines of {@code
 * derivx check --jsonl} in its order. Exit codes are the CLI's.
 */
@Command(
    name = "CheckJob",
    mixinStandardHelpOptions = true,
    description = {
      "Checks every step of every derivation on a Spark cluster, as derivx check --jsonl does,",
      "and writes OUT/steps/, OUT/derivations/, OUT/problems/ (JSON lines) and OUT/summary.json."
    })
public final class CheckJob implements Callable<Integer> {
  @Option(
      names = "--in",
      required = true,
      arity = "1..*",
      paramLabel = "PATH",
      description = "JSONL or results JSON files, or directories (any Hadoop file system).")
  List<String> in;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "DIR",
      description = "Output directory; must not exist yet.")
  String out;

  @Option(
      names = "--format",
      paramLabel = "F",
      description = "results-json or jsonl (default: detected).")
  String format;

  @Option(
      names = "--variant",
      paramLabel = "GLOB",
      description = "Only variants whose name matches, e.g. 'derivation' or '*gpt*'.")
  String variant;

  @Option(
      names = "--budget",
      paramLabel = "UNITS",
      description = "Work budget per step in counted units (default ${DEFAULT-VALUE}).")
  long budget = CheckOptions.DEFAULT_BUDGET;

  @Option(
      names = "--no-symbolic",
      description = "No Symja at all, as in derivx check (and --confirm is off).")
  boolean noSymbolic;

  @Option(
      names = "--confirm",
      description =
          "Have Symja confirm each VALID (or IRRELEVANT) step's operation, as derivx check --confirm does.")
  boolean confirm;

  @Option(
      names = "--partitions",
      paramLabel = "N",
      description = "Partitions per input file (default: 4 per core of the cluster).")
  Integer partitions;

  @Option(names = "--parquet", description = "Also write OUT/parquet/steps and derivations.")
  boolean parquet;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  private SparkSession session;
  private PrintWriter stdout;

  /** spark-submit's entry point: the session comes from spark-submit's settings. */
  public static void main(String[] args) {
    SparkSession spark = SparkSession.builder().appName("derivx check").getOrCreate();
    int code;
    try {
      code = run(spark, new PrintWriter(System.out, true, StandardCharsets.UTF_8), args);
    } finally {
      spark.stop();
    }
    System.exit(code);
  }

  /**
   * Runs the job on {@code spark} (tests share one local session); the summary goes to {@code out},
   * messages to stderr. Returns the exit code.
   */
  public static int run(SparkSession spark, PrintWriter out, String... args) {
    CheckJob job = new CheckJob();
    job.session = spark;
    job.stdout = out;
    CommandLine cl = new CommandLine(job);
    cl.setOut(out);
    cl.setErr(new PrintWriter(System.err, true, StandardCharsets.UTF_8));
    return cl.execute(args);
  }

  @Override
  public Integer call() throws Exception {
    if (budget <= 0) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--budget must be positive");
    }
    if (partitions != null && partitions < 1) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--partitions must be >= 1");
    }
    Format f = null;
    if (format != null) {
      try {
        f = Format.fromCliName(format);
      } catch (IllegalArgumentException e) {
        throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
      }
    }
    JobSettings settings = new JobSettings(budget, !noSymbolic, confirm, variant);
    return new SparkCheck(session, settings, f, partitions, parquet).run(in, out, stdout);
  }
}
