package org.derivx.latex;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * The commands JLaTeXMath knows, and which of them are one identifier (a letter drawn without an
 * argument: {@code \digamma}, {@code \beth}, {@code \ell}, {@code \Alpha}). Read once from {@code
 * tex-commands.txt}, which is derived from JLaTeXMath's own symbol tables by a rule documented and
 * checked in the tests (JLaTeXMathTables, TexCommandTablesTest), so the list is not picked by hand
 * and the parser needs no renderer at run time.
 */
final class TexCommands {
  static final String RESOURCE = "tex-commands.txt";

  private static final Set<String> KNOWN = new HashSet<>();
  private static final Set<String> IDENTIFIERS = new HashSet<>();

  static {
    try (InputStream in = TexCommands.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("resource " + RESOURCE + " missing from the build");
      }
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cols = line.split("\t");
        KNOWN.add(cols[0]);
        if (cols[1].equals("identifier")) {
          IDENTIFIERS.add(cols[0]);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private TexCommands() {}

  /** Argument-less commands that are one identifier. */
  static Set<String> identifiers() {
    return Set.copyOf(IDENTIFIERS);
  }

  /** True if JLaTeXMath defines {@code \name} (as a symbol, a macro or a predefined formula). */
  static boolean isKnown(String name) {
    return KNOWN.contains(name);
  }
}
