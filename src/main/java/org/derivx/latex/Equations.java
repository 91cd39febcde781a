package org.derivx.latex;

import org.derivx.derivation.Equation;
import org.derivx.derivation.ParseError;

/** Turns raw LaTeX as read into an {@link Equation}: normalised, then parsed. Never throws. */
public final class Equations {
  private Equations() {}

  public static Equation parse(String raw) {
    if (raw.length() > LatexParser.MAX_LENGTH) {
      // refused before any work: nothing real is this long, and hostile text may be far longer
      return new Equation(raw, "", null, LatexParser.tooLong());
    }
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
