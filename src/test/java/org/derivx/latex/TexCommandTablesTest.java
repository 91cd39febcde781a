package org.derivx.latex;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.scilab.forge.jlatexmath.TeXFormula;

/** The parser's table of commands is the one derived from JLaTeXMath by the documented rule. */
class TexCommandTablesTest {
  @Test
  void theShippedTableIsTheDerivedOne() throws Exception {
    String derived = JLaTeXMathTables.file();
    String shipped;
    try (InputStream in = TexCommands.class.getResourceAsStream(TexCommands.RESOURCE)) {
      shipped = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    if (!shipped.equals(derived)) {
      Path out = Path.of("target", "tex-commands.txt");
      Files.writeString(out, derived);
      assertThat(shipped)
          .as("tex-commands.txt is not what the rule derives; the derived table is in " + out)
          .isEqualTo(derived);
    }
  }

  @Test
  void theSupplementCoversExactlyTheOrdinarySymbolsJLaTeXMathGivesNoCharacter() throws Exception {
    new TeXFormula("x");
    var chars = JLaTeXMathTables.characters();
    var unmapped = new TreeSet<String>();
    JLaTeXMathTables.symbolTypes()
        .forEach(
            (name, type) -> {
              boolean internal =
                  name.startsWith("jlm")
                      || name.startsWith("jlatexmath")
                      || name.startsWith("text");
              if (type.equals("ord")
                  && !chars.containsKey(name)
                  && !internal
                  && name.matches("[A-Za-z]+")) {
                unmapped.add(name);
              }
            });
    assertThat(new TreeSet<>(JLaTeXMathTables.UNMAPPED.keySet())).isEqualTo(unmapped);
  }

  @Test
  void noCommandTheGrammarReadsIsTakenForAnUnknownOne() {
    var grammar =
        new ArrayList<>(
            List.of(
                "frac",
                "dfrac",
                "tfrac",
                "sqrt",
                "int",
                "iint",
                "iiint",
                "oint",
                "infty",
                "partial",
                "text",
                "mbox",
                "textrm",
                "textit",
                "textbf",
                "operatorname",
                "cdot",
                "times",
                "pm",
                "mp",
                "left",
                "right",
                "displaystyle",
                "sin",
                "cos",
                "tan",
                "cot",
                "sec",
                "csc",
                "arcsin",
                "arccos",
                "arctan",
                "sinh",
                "cosh",
                "tanh",
                "log",
                "ln",
                "exp"));
    grammar.addAll(Identifiers.DECORATIONS);
    assertThat(grammar).noneMatch(Identifiers::isUnknownCommand);
    assertThat(Identifiers.isUnknownCommand("usilon")).isTrue();
    assertThat(Identifiers.isUnknownCommand("leq")).isFalse();
  }
}
