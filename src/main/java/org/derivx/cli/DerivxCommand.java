package org.derivx.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code derivx}: the command-line face of the engine. Exit codes: 0 ok, 1 findings, 2 bad input, 3
 * internal error (a bug; the stack trace is in a log file whose path is printed), 4 out of memory.
 * When several apply, the highest wins.
 */
@Command(
    name = "derivx",
    mixinStandardHelpOptions = true,
    versionProvider = DerivxCommand.Version.class,
    // the subcommands are added at run time: see SUBCOMMANDS
    description =
        "Explore, check and annotate mathematical derivations written by language models.")
public final class DerivxCommand implements Runnable {
  public static final int OK = 0;
  public static final int FINDINGS = 1;
  public static final int BAD_INPUT = 2;
  public static final int INTERNAL_ERROR = 3;
  public static final int OUT_OF_MEMORY = 4;

  /** The exit codes, as every command's help lists them. */
  private static final Map<String, String> EXIT_CODES =
      Map.of(
          "0",
          "ok",
          "1",
          "findings (error verdicts or flags, for the commands that judge)",
          "2",
          "bad or unreadable input (reported with file and record; the rest is kept)",
          "3",
          "internal error (a bug: one line names the record, the stack trace goes to the log"
              + " file it names; the other records go on)",
          "4",
          "out of memory (give Java more heap with -Xmx)");

  /**
   * The subcommands, by name, in the order help lists them. Only the one named on the command line
   * is built (picocli reflects over every option of every command it is given: a third of a second
   * at a cold start, before the window's first frame); all of them for help, a version or a name
   * that is none of these (so the error can list them).
   */
  static final Map<String, Supplier<Object>> SUBCOMMANDS = subcommands();

  private static Map<String, Supplier<Object>> subcommands() {
    Map<String, Supplier<Object>> m = new LinkedHashMap<>();
    m.put("inspect", InspectCommand::new);
    m.put("check", CheckCommand::new);
    m.put("bench", BenchCommand::new);
    m.put("render", RenderCommand::new);
    m.put("gui", GuiCommand::new);
    m.put("generate", GenerateCommand::new);
    m.put("inject", InjectCommand::new);
    m.put("silver", SilverCommand::new);
    m.put("generate-with", GenerateWithCommand::new);
    m.put("train-lm", TrainLmCommand::new);
    m.put("train", TrainCommand::new);
    m.put("flag", FlagCommand::new);
    m.put("eval", EvalCommand::new);
    m.put("calibrate", CalibrateCommand::new);
    m.put("annotations", AnnotationsCommand::new);
    m.put("report", ReportCommand::new);
    m.put("help", CommandLine.HelpCommand::new);
    return Collections.unmodifiableMap(m);
  }

  /** A command line for {@code args}: the root and the subcommands they may need. */
  static CommandLine commandLine(DerivxCommand root, String... args) {
    CommandLine cl = new CommandLine(root);
    Supplier<Object> named =
        args.length > 0 && !args[0].equals("help") ? SUBCOMMANDS.get(args[0]) : null;
    if (named != null) {
      cl.addSubcommand(named.get());
    } else {
      SUBCOMMANDS.values().forEach(s -> cl.addSubcommand(s.get()));
    }
    return cl;
  }

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  private CliContext context = CliContext.standard();

  /** The context of the run a subcommand belongs to (standard when run on its own). */
  static CliContext context(DerivxCommand root) {
    return root == null ? CliContext.standard() : root.context;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  public static int run(String... args) {
    return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
  }

  public static int run(PrintWriter out, PrintWriter err, String... args) {
    return run(CliContext.standard(), out, err, args);
  }

  static int run(CliContext context, PrintWriter out, PrintWriter err, String... args) {
    DerivxCommand root = new DerivxCommand();
    root.context = context;
    CommandLine cl = commandLine(root, args);
    exitCodesInHelp(cl);
    cl.setOut(out);
    cl.setErr(err);
    cl.setExecutionExceptionHandler(
        (ex, cmd, parsed) -> {
          if (InternalErrors.isBadInput(ex)) {
            cmd.getErr().println("derivx: " + badInput(ex));
            return BAD_INPUT;
          }
          new InternalErrors(context.logDir(), cmd.getErr(), cmd.getCommandName()).report(null, ex);
          return INTERNAL_ERROR;
        });
    // usage errors (unknown option, missing file argument) are bad input too
    cl.setParameterExceptionHandler(
        (ex, a) -> {
          ex.getCommandLine().getErr().println("derivx: " + ex.getMessage());
          ex.getCommandLine().usage(ex.getCommandLine().getErr());
          return BAD_INPUT;
        });
    int code;
    try {
      code = cl.execute(args);
    } catch (OutOfMemoryError e) {
      code = outOfMemory(err);
    } catch (RuntimeException | Error e) { // NOPMD: whatever escaped picocli is a bug
      new InternalErrors(context.logDir(), err, args.length > 0 ? args[0] : "").report(null, e);
      code = INTERNAL_ERROR;
    }
    // autoflush covers println only; a command ending in print(…) must not lose its output
    out.flush();
    err.flush();
    return code;
  }

  private static void exitCodesInHelp(CommandLine cl) {
    Map<String, String> sorted = new TreeMap<>(EXIT_CODES);
    cl.getCommandSpec().usageMessage().exitCodeListHeading("%nExit codes:%n").exitCodeList(sorted);
    cl.getSubcommands().values().forEach(DerivxCommand::exitCodesInHelp);
  }

  /** One sentence, no stack trace: what happened and what to do. */
  static int outOfMemory(PrintWriter err) {
    long max = Runtime.getRuntime().maxMemory() >> 20;
    err.println(
        "derivx: out of memory: the Java heap (at most "
            + max
            + " MB) is too small for this run; give Java more, e.g. java -Xmx4g -jar derivx.jar …"
            + " (or JAVA_TOOL_OPTIONS=-Xmx4g for the installed derivx).");
    err.flush();
    return OUT_OF_MEMORY;
  }

  private static String badInput(Exception ex) {
    String m = ex.getMessage();
    if (ex instanceof IOException || ex instanceof UncheckedIOException) {
      Throwable io = ex instanceof UncheckedIOException u ? u.getCause() : ex;
      return "cannot read or write: "
          + io.getClass().getSimpleName()
          + (io.getMessage() == null ? "" : " " + io.getMessage());
    }
    return m == null ? ex.getClass().getSimpleName() : m;
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"derivx " + version()};
    }

    /** The jar's manifest, else the version Maven wrote into the classes (mvn javafx:run). */
    static String version() {
      String v = DerivxCommand.class.getPackage().getImplementationVersion();
      if (v != null) {
        return v;
      }
      try (InputStream in =
          DerivxCommand.class.getResourceAsStream("/org/derivx/version.properties")) {
        if (in != null) {
          Properties p = new Properties();
          p.load(in);
          String filtered = p.getProperty("version", "");
          if (!filtered.isBlank() && !filtered.startsWith("${")) {
            return filtered;
          }
        }
      } catch (IOException e) {
        // an unreadable resource only costs the version number
      }
      return "development";
    }
  }
}
