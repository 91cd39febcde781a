package org.derivx.latex;

import java.io.InputStream;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import org.scilab.forge.jlatexmath.MacroInfo;
import org.scilab.forge.jlatexmath.TeXFormula;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Derives, from JLaTeXMath's own tables, which argument-less commands are one identifier and which
 * other commands JLaTeXMath knows. The parser reads the result from {@code tex-commands.txt};
 * {@link TexCommandTablesTest} checks that file against this derivation.
 *
 * <p>The rule: a command is an identifier when JLaTeXMath draws it, without arguments, as one
 * letter. Which character a command draws comes from JLaTeXMath's Unicode table
 * (TeXFormulaSettings.xml: {@code <Map char="ℏ" symbol="hbar"/>}, {@code <Map char="Α"
 * formula="\Alpha"/>}); for the ordinary symbols that table gives no character for, from {@link
 * #UNMAPPED} below (the character the Unicode standard has for the glyph). It is a letter when
 * Unicode says so ({@link Character#isLetter}: Greek, Hebrew, Latin letters, ℏ, ℓ, ℵ…), or when it
 * is a character of the Greek block (϶, {@code \backepsilon}, which amssymb classes as a relation),
 * or when the command is an ordinary symbol (TeXSymbols.xml type "ord") drawing a character of the
 * Letterlike Symbols block (℘, ℧, ⅁). Relations, binary operators, large operators, delimiters,
 * accents, punctuation and ordinary symbols that are not letters (∂, ∞, ∅, ∀, ′, ♣) are not
 * identifiers. JLaTeXMath's internal and text-mode names (jlm…, jlatexmath…, text…) are left out.
 * One exception keeps what the paper's data does: {@code \nabla} names a variable there.
 */
final class JLaTeXMathTables {
  /**
   * The ordinary symbols JLaTeXMath maps no Unicode character to, with the character each draws (0:
   * a piece of another glyph, no character of its own).
   */
  static final Map<String, Integer> UNMAPPED =
      Map.ofEntries(
          Map.entry("Bbbk", 0x1D55C), // MATHEMATICAL DOUBLE-STRUCK SMALL K
          Map.entry("digamma", 0x03DD), // GREEK SMALL LETTER DIGAMMA
          Map.entry("imath", 0x1D6A4), // MATHEMATICAL ITALIC SMALL DOTLESS I
          Map.entry("jmath", 0x1D6A5), // MATHEMATICAL ITALIC SMALL DOTLESS J
          Map.entry("j", 0x0237), // LATIN SMALL LETTER DOTLESS J
          Map.entry("varGamma", 0x1D6E4), // MATHEMATICAL ITALIC CAPITAL GAMMA
          Map.entry("varDelta", 0x1D6E5),
          Map.entry("varTheta", 0x1D6E9),
          Map.entry("varLambda", 0x1D6EC),
          Map.entry("varXi", 0x1D6EF),
          Map.entry("varPi", 0x1D6F1),
          Map.entry("varSigma", 0x1D6F4),
          Map.entry("varUpsilon", 0x1D6F6),
          Map.entry("varPhi", 0x1D6F7),
          Map.entry("varPsi", 0x1D6F9),
          Map.entry("varOmega", 0x1D6FA),
          Map.entry("Box", 0x25A1), // WHITE SQUARE
          Map.entry("backprime", 0x2035), // REVERSED PRIME
          Map.entry("backslash", 0x005C),
          Map.entry("bracevert", 0),
          Map.entry("dbend", 0x2621), // CAUTION SIGN
          Map.entry("lacc", 0),
          Map.entry("racc", 0),
          Map.entry("lhook", 0),
          Map.entry("rhook", 0),
          Map.entry("lightning", 0x21AF), // DOWNWARDS ZIGZAG ARROW
          Map.entry("lq", 0x2018),
          Map.entry("rq", 0x2019),
          Map.entry("neg", 0x00AC), // NOT SIGN
          Map.entry("polishlcross", 0),
          Map.entry("surdsign", 0x221A), // SQUARE ROOT
          Map.entry("underscore", 0x005F));

  /** Names in JLaTeXMath's tables that are its own or text-mode variants, not math commands. */
  private static boolean internal(String name) {
    return name.startsWith("jlm") || name.startsWith("jlatexmath") || name.startsWith("text");
  }

  /** Every command name JLaTeXMath knows, mapped to whether it is an identifier. */
  static TreeMap<String, Boolean> derive() throws Exception {
    new TeXFormula("x"); // loads the tables
    Map<String, String> symbolTypes = symbolTypes();
    Map<String, Set<Integer>> chars = characters();
    Map<String, Boolean> takesArguments = new HashMap<>();
    symbolTypes.keySet().forEach(n -> takesArguments.put(n, false));
    TeXFormula.predefinedTeXFormulasAsString.keySet().forEach(n -> takesArguments.put(n, false));
    MacroInfo.Commands.forEach((n, m) -> takesArguments.putIfAbsent(n, m.nbArgs > 0));
    TreeMap<String, Boolean> out = new TreeMap<>();
    for (var e : takesArguments.entrySet()) {
      String name = e.getKey();
      if (!name.matches("[A-Za-z]+")) {
        continue; // \{, \|, environments (name@env): not command words
      }
      if (internal(name) || e.getValue()) {
        out.put(name, false);
        continue;
      }
      boolean ord = "ord".equals(symbolTypes.get(name));
      Set<Integer> drawn = new HashSet<>(chars.getOrDefault(name, Set.of()));
      if (ord && drawn.isEmpty()) {
        Integer c = UNMAPPED.get(name);
        if (c == null) {
          throw new IllegalStateException("ordinary symbol without a character: " + name);
        }
        drawn.add(c);
      }
      boolean letter = drawn.stream().anyMatch(c -> c != 0 && isLetter(c, ord));
      out.put(name, letter);
    }
    out.put("nabla", true);
    return out;
  }

  static boolean isLetter(int c, boolean ordinary) {
    Character.UnicodeBlock block = Character.UnicodeBlock.of(c);
    return Character.isLetter(c)
        || block == Character.UnicodeBlock.GREEK
        || (ordinary && block == Character.UnicodeBlock.LETTERLIKE_SYMBOLS);
  }

  /** TeXSymbols.xml: symbol name → type (ord, bin, rel, op, open, close, punct, acc). */
  static Map<String, String> symbolTypes() throws Exception {
    Map<String, String> out = new HashMap<>();
    NodeList nodes = xml("TeXSymbols.xml").getElementsByTagName("Symbol");
    for (int i = 0; i < nodes.getLength(); i++) {
      Element s = (Element) nodes.item(i);
      out.put(s.getAttribute("name"), s.getAttribute("type"));
    }
    return out;
  }

  /** TeXFormulaSettings.xml: command name → the Unicode characters JLaTeXMath reads as it. */
  static Map<String, Set<Integer>> characters() throws Exception {
    Map<String, Set<Integer>> out = new HashMap<>();
    NodeList maps = xml("TeXFormulaSettings.xml").getElementsByTagName("Map");
    for (int i = 0; i < maps.getLength(); i++) {
      Element m = (Element) maps.item(i);
      String ch = m.getAttribute("char");
      if (ch.codePointCount(0, ch.length()) != 1) {
        continue;
      }
      String name = m.getAttribute("symbol");
      if (name.isEmpty() && m.getAttribute("formula").matches("\\\\[A-Za-z]+")) {
        name = m.getAttribute("formula").substring(1);
      }
      if (!name.isEmpty()) {
        out.computeIfAbsent(name, k -> new TreeSet<>()).add(ch.codePointAt(0));
      }
    }
    return out;
  }

  private static Document xml(String file) throws Exception {
    try (InputStream in = TeXFormula.class.getResourceAsStream(file)) {
      if (in == null) {
        throw new IllegalStateException("JLaTeXMath resource " + file + " not found");
      }
      var factory = DocumentBuilderFactory.newInstance();
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      return factory.newDocumentBuilder().parse(in);
    }
  }

  /** The text of tex-commands.txt for this derivation. */
  static String file() throws Exception {
    StringBuilder sb = new StringBuilder();
    sb.append("# Commands JLaTeXMath ")
        .append(TeXFormula.VERSION)
        .append(" knows, derived from its tables by JLaTeXMathTables (test code):\n")
        .append(
            "# one per line, with 'identifier' (drawn as one letter, no argument) or 'other'.\n")
        .append(
            "# Do not edit: TexCommandTablesTest regenerates it into target/ when it differs.\n");
    derive()
        .forEach(
            (n, id) -> sb.append(n).append('\t').append(id ? "identifier" : "other").append('\n'));
    return sb.toString();
  }

  private JLaTeXMathTables() {}
}
