package org.derivx.derivation;

import java.util.Objects;
import java.util.Optional;
import org.derivx.expr.Relation;

/**
 * One equation as read: the raw LaTeX exactly as in the file, the normalised LaTeX the parser saw,
 * and the parse result, either a tree or an error (never both).
 */
public record Equation(String raw, String normalized, Relation tree, ParseError error) {
  public Equation {
    Objects.requireNonNull(raw);
    Objects.requireNonNull(normalized);
    if ((tree == null) == (error == null)) {
      throw new IllegalArgumentException("an equation has a tree or an error, not both");
    }
  }

  /** The LaTeX to typeset: the normalised form (models' artefacts repaired), else the raw text. */
  public String displayLatex() {
    return normalized.isBlank() ? raw : normalized;
  }

  public boolean parsed() {
    return tree != null;
  }

  public Optional<Relation> parseTree() {
    return Optional.ofNullable(tree);
  }

  public Optional<ParseError> parseError() {
    return Optional.ofNullable(error);
  }
}
