package org.derivx.latex;

import java.util.Set;

/**
 * Reads one identifier (base, decorations, subscript, name-like superscripts) from a cursor and
 * returns its canonical spelling. It stops before a superscript that is a power.
 */
final class IdentifierReader {
  /** Commands that take two arguments, for an unbraced subscript such as {@code x_\\frac{1}{2}}. */
  private static final Set<String> FRACTIONS = Set.of("frac", "dfrac", "tfrac", "binom");

  private final Cursor in;

  IdentifierReader(Cursor in) {
    this.in = in;
  }

  /** True if the token {@code ahead} tokens on can begin an identifier. */
  boolean startsIdentifier(int ahead) {
    Token t = in.peek(ahead);
    return switch (t.type()) {
      case LETTER -> true;
      case COMMAND ->
          Identifiers.isSymbolCommand(t.text())
              || Identifiers.DECORATIONS.contains(t.text())
              || t.text().equals("operatorname")
              || (Identifiers.isUnknownCommand(t.text()) && !argumentFollows(in.peek(ahead + 1)));
      default -> false;
    };
  }

  /**
   * True if {@code next}, following a command, is its argument: {@code {…}}, {@code […]} or {@code
   * (…)} written without a space (with a space it is a factor, as in {@code x (a + b)}).
   */
  static boolean argumentFollows(Token next) {
    return next.isSymbol("{") || next.isSymbol("[") || (next.isSymbol("(") && !next.spaceBefore());
  }

  String read() {
    in.enter();
    try {
      String name = base();
      boolean subscripted = false;
      while (true) {
        Token t = in.peek();
        if (t.isSymbol("_")) {
          if (subscripted) {
            throw Cursor.error(t, "double subscript");
          }
          in.next();
          name = Identifiers.script(name, '_', scriptName());
          subscripted = true;
        } else if (t.isSymbol("^")) {
          int mark = in.mark();
          in.next();
          String deco = Identifiers.superscriptDecoration(scriptText());
          if (deco == null) {
            in.reset(mark); // a power: the caller decides
            return name;
          }
          name = Identifiers.script(name, '^', deco);
        } else if (t.isSymbol("'")) {
          in.next();
          String deco = "\\prime";
          if (in.peek().isSymbol("'") && !in.peek().spaceBefore()) {
            in.next();
            deco = "\\prime\\prime";
          }
          name = Identifiers.script(name, '^', deco);
        } else {
          return name;
        }
      }
    } finally {
      in.leave();
    }
  }

  private String base() {
    Token t = in.next();
    if (t.type() == Token.Type.LETTER) {
      return t.text();
    }
    String cmd = t.text();
    if (Identifiers.isSymbolCommand(cmd) || Identifiers.isUnknownCommand(cmd)) {
      return "\\" + cmd; // an unknown one only where startsIdentifier said so
    }
    if (cmd.equals("operatorname")) {
      return groupName("\\operatorname");
    }
    if (Identifiers.DECORATIONS.contains(cmd)) {
      return "\\" + cmd + "{" + groupName("\\" + cmd) + "}";
    }
    throw Cursor.error(t, "expected an identifier but found " + t.describe());
  }

  /**
   * The canonical name inside {@code {…}} (or of a single token): an identifier if the group is
   * exactly one, else the group's canonical text (multi-letter names such as {@code Ei} or {@code
   * abc}). Such names of {@code \operatorname} keep the command: {@code \operatorname{…}}.
   */
  private String groupName(String owner) {
    Token open = in.peek();
    if (!open.isSymbol("{")) {
      if (startsIdentifier(0)) {
        return read();
      }
      throw Cursor.error(open, owner + " needs an argument");
    }
    int close = in.matchingBrace(in.mark());
    if (close < 0) {
      throw Cursor.error(open, "unbalanced '{' after " + owner);
    }
    in.next();
    int mark = in.mark();
    if (startsIdentifier(0)) {
      String name = read();
      if (in.mark() == close) {
        in.next();
        return name;
      }
      in.reset(mark);
    }
    String text = canonicalText(mark, close);
    in.reset(close + 1);
    if (text.isEmpty()) {
      throw Cursor.error(open, "empty argument of " + owner);
    }
    // an operator name keeps its command whatever it holds: \operatorname{(a,b)} as the bare text
    // (a,b) would print as something else than it was read as
    return owner.equals("\\operatorname") ? "\\operatorname{" + text + "}" : text;
  }

  /**
   * A subscript's content as a name part: {@code 0}, {@code e}, {@code \varepsilon}, {@code nl}.
   */
  private String scriptName() {
    Token t = in.peek();
    if (t.isSymbol("{")) {
      return groupName("subscript");
    }
    if (t.type() == Token.Type.COMMAND) {
      String cmd = t.text();
      if (cmd.equals("operatorname") || Identifiers.DECORATIONS.contains(cmd)) {
        // TeX gives a macro its argument even as an unbraced subscript: x_\mathrm{max} is
        // x_{\mathrm{max}}, not x_{\mathrm} times m a x
        return base();
      }
      if (!Identifiers.isSymbolCommand(cmd)
          && !Identifiers.isUnknownCommand(cmd)
          && argumentFollows(in.peek(1))) {
        return commandScript(t);
      }
    }
    in.next();
    return switch (t.type()) {
      case LETTER, DIGIT -> t.text();
      case COMMAND -> "\\" + t.text();
      default -> throw Cursor.error(t, "unexpected " + t.describe() + " in a subscript");
    };
  }

  /**
   * An unbraced subscript {@code \\cmd{…}} or {@code \\frac{…}{…}}: the command with the brace
   * groups it takes, named as the braced subscript {@code _{\\cmd{…}}} is (its canonical text).
   */
  private String commandScript(Token command) {
    int start = in.mark();
    in.next();
    int arity = FRACTIONS.contains(command.text()) ? 2 : 1;
    for (int i = 0; i < arity; i++) {
      Token open = in.peek();
      int close = open.isSymbol("{") ? in.matchingBrace(in.mark()) : -1;
      if (close < 0) {
        throw Cursor.error(command, "write the subscript \\" + command.text() + " in braces: _{…}");
      }
      in.reset(close + 1);
    }
    return canonicalText(start, in.mark());
  }

  /** The canonical text of a superscript, consumed (the caller rewinds if it is a power). */
  private String scriptText() {
    Token t = in.peek();
    if (t.isSymbol("{")) {
      int close = in.matchingBrace(in.mark());
      if (close < 0) {
        throw Cursor.error(t, "unbalanced '{' in a superscript");
      }
      String text = canonicalText(in.mark() + 1, close);
      in.reset(close + 1);
      return text;
    }
    in.next();
    return t.type() == Token.Type.COMMAND ? "\\" + t.text() : t.text();
  }

  /**
   * Tokens {@code [from, to)} joined without spaces, except to keep a command apart from a letter.
   */
  String canonicalText(int from, int to) {
    StringBuilder sb = new StringBuilder();
    boolean afterWordCommand = false;
    for (int i = from; i < to; i++) {
      Token t = in.at(i);
      if (afterWordCommand && t.type() == Token.Type.LETTER) {
        sb.append(' ');
      }
      if (t.type() == Token.Type.COMMAND) {
        sb.append('\\');
      }
      sb.append(t.text());
      afterWordCommand = t.type() == Token.Type.COMMAND && Lexer.isAsciiLetter(t.text().charAt(0));
    }
    return sb.toString();
  }
}
