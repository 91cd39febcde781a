package org.derivx.cas;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.derivx.expr.PlainText;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.ISymbol;

/**
 * Maps our canonical identifier names to Symja symbols, one symbol per name (Symja compares symbols
 * by identity). Symbols are Symja "dummy" symbols with a prefixed name ({@code v} for variables,
 * {@code f} for functions), so a user's {@code E}, {@code I}, {@code D} or {@code Run} never
 * becomes Symja's built-in of that name, and they are unknown to Symja's string parser.
 */
public final class SymbolTable {
  private final Map<String, ISymbol> variables = new HashMap<>();
  private final Map<String, ISymbol> functions = new HashMap<>();
  private final Map<ISymbol, String> names = new HashMap<>();
  private final Set<String> taken = new HashSet<>();

  public SymbolTable() {
    SymjaRuntime.engine();
  }

  public ISymbol variable(String name) {
    return variables.computeIfAbsent(name, n -> create("v", n));
  }

  public ISymbol function(String name) {
    return functions.computeIfAbsent(name, n -> create("f", n));
  }

  /** A head of our own that Symja has no rules for, e.g. an inert derivative. */
  ISymbol inertHead(String name) {
    return functions.computeIfAbsent("\u0000" + name, n -> create("", name));
  }

  /** True when {@code s} is this table's inert head {@code name} (not a user's function). */
  boolean isInertHead(ISymbol s, String name) {
    return functions.get("\u0000" + name) == s;
  }

  /** The canonical name behind a symbol of this table, or null. */
  public String nameOf(ISymbol s) {
    return names.get(s);
  }

  /**
   * {@code text} (Symja's printed form) with this table's prefixed names given back as people write
   * them ({@code vmathbfE} → 𝐄), longest first so no name is replaced inside another.
   */
  public String readable(String text) {
    List<Map.Entry<ISymbol, String>> entries = new ArrayList<>(names.entrySet());
    entries.sort((a, b) -> b.getKey().toString().length() - a.getKey().toString().length());
    String out = text;
    for (Map.Entry<ISymbol, String> e : entries) {
      String printed = e.getKey().toString();
      if (printed.isEmpty()) {
        continue;
      }
      out =
          out.replaceAll(
              "(?<![A-Za-z0-9$])" + Pattern.quote(printed) + "(?![A-Za-z0-9$])",
              Matcher.quoteReplacement(PlainText.name(e.getValue())));
    }
    return out;
  }

  public boolean owns(ISymbol s) {
    return names.containsKey(s);
  }

  private ISymbol create(String prefix, String name) {
    StringBuilder sb = new StringBuilder(prefix);
    for (char c : name.toCharArray()) {
      if (Character.isLetterOrDigit(c) && c < 128) {
        sb.append(c);
      }
    }
    String base = sb.toString();
    String unique = base;
    for (int i = 2; !taken.add(unique); i++) {
      unique = base + "$" + i;
    }
    ISymbol s = F.Dummy(unique);
    names.put(s, name);
    return s;
  }
}
