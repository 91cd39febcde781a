package org.derivx.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code derivx}: the command-line face of the engine. Exit codes: 0 ok, 1 findings, 2 bad input.
 */
@Command(
    name = "derivx",
    mixinStandardHelpOptions = true,
    versionProvider = DerivxCommand.Version.class,
    description =
        "Explore, check and annotate mathematical derivations written by language models.",
    subcommands = {
      InspectCommand.class,
      CheckCommand.class,
      BenchCommand.class,
      RenderCommand.class,
      GuiCommand.class,
      GenerateCommand.class,
      TrainCommand.class,
      FlagCommand.class,
      EvalCommand.class,
      CalibrateCommand.class,
      AnnotationsCommand.class,
      ReportCommand.class,
      CommandLine.HelpCommand.class
    })
public final class DerivxCommand implements Runnable {
  public static final int OK = 0;
  public static final int FINDINGS = 1;
  public static final int BAD_INPUT = 2;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  public static int run(String... args) {
    return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
  }

  public static int run(PrintWriter out, PrintWriter err, String... args) {
    CommandLine cl = new CommandLine(new DerivxCommand());
    cl.setOut(out);
    cl.setErr(err);
    cl.setExecutionExceptionHandler(
        (ex, cmd, parsed) -> {
          cmd.getErr().println("derivx: " + ex.getMessage());
          return BAD_INPUT;
        });
    // usage errors (unknown option, missing file argument) are bad input too
    cl.setParameterExceptionHandler(
        (ex, a) -> {
          ex.getCommandLine().getErr().println("derivx: " + ex.getMessage());
          ex.getCommandLine().usage(ex.getCommandLine().getErr());
          return BAD_INPUT;
        });
    int code = cl.execute(args);
    // autoflush covers println only; a command ending in print(…) must not lose its output
    out.flush();
    err.flush();
    return code;
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
