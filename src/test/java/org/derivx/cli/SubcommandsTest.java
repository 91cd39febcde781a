package org.derivx.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The root builds only the subcommand named on the command line (a cold start's picocli cost);
 * help, a version and a name that is none of them see every subcommand, in help's order.
 */
class SubcommandsTest {
  @Test
  void eachNameIsItsCommandsOwn() {
    DerivxCommand.SUBCOMMANDS.forEach(
        (name, make) -> {
          CommandLine cl = new CommandLine(make.get());
          assertThat(cl.getCommandName()).isEqualTo(name);
        });
  }

  @Test
  void onlyTheNamedSubcommandIsBuilt() {
    CommandLine gui = DerivxCommand.commandLine(new DerivxCommand(), "gui", "--help");
    assertThat(gui.getSubcommands().keySet()).containsExactly("gui");
    CommandLine bench = DerivxCommand.commandLine(new DerivxCommand(), "bench", "gui");
    assertThat(bench.getSubcommands().get("bench").getSubcommands()).containsKey("gui");
  }

  @Test
  void helpAndUnknownNamesSeeThemAll() {
    List<String> all = List.copyOf(DerivxCommand.SUBCOMMANDS.keySet());
    for (String[] args :
        List.of(
            new String[] {},
            new String[] {"--help"},
            new String[] {"help", "check"},
            new String[] {"chekc"},
            new String[] {"-V"})) {
      Map<String, CommandLine> subs =
          DerivxCommand.commandLine(new DerivxCommand(), args).getSubcommands();
      assertThat(List.copyOf(subs.keySet())).as(String.join(" ", args)).isEqualTo(all);
    }
  }

  @Test
  void usageListsEverySubcommandAndAMistypedOneIsBadInput() {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = DerivxCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), "--help");
    assertThat(code).isZero();
    for (String name : DerivxCommand.SUBCOMMANDS.keySet()) {
      assertThat(out.toString()).contains("  " + name + " ");
    }
    StringWriter err2 = new StringWriter();
    code =
        DerivxCommand.run(
            new PrintWriter(new StringWriter(), true), new PrintWriter(err2, true), "chekc");
    assertThat(code).isEqualTo(DerivxCommand.BAD_INPUT);
    assertThat(err2.toString()).contains("chekc").contains("check");
  }

  @Test
  void aSubcommandsHelpShowsItUnderTheRoot() {
    StringWriter out = new StringWriter();
    int code =
        DerivxCommand.run(
            new PrintWriter(out, true), new PrintWriter(new StringWriter(), true), "help", "gui");
    assertThat(code).isZero();
    assertThat(out.toString()).contains("Usage: derivx gui").contains("Exit codes:");
    StringWriter out2 = new StringWriter();
    DerivxCommand.run(
        new PrintWriter(out2, true), new PrintWriter(new StringWriter(), true), "gui", "--help");
    assertThat(out2.toString()).isEqualTo(out.toString());
  }
}
