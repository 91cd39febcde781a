package org.derivx.latex;

import org.derivx.derivation.Equation;
import org.derivx.derivation.ParseError;

/** Turns raw LaTeX as read into an {@link Equation}: normalised, then parsed. Never throws. */
public final class Equations {
  private Equations() {}

  public static Equation parse(String raw) {
    String normalized = LatexNormalizer.normalize(raw);
    if (normalized.isEmpty()) {
      return new Equation(raw, normalized, null, new ParseError(0, "empty equation"));
    }
    try {
      return new Equation(raw, normalized, LatexParser.parseRelation(normalized), null);
    } catch (LatexParseException e) {
      return new Equation(raw, normalized, null, new ParseError(e.offset(), e.getMessage()));
    } catch (StackOverflowError e) {
      // the depth guard should make this impossible; a clear error beats a dead reader thread
      return new Equation(raw, normalized, null, new ParseError(0, "formula nested too deeply"));
    }
  }
}
