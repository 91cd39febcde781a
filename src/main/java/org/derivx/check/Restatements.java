package org.derivx.check;

import java.util.List;
import org.derivx.expr.Expr;
import org.derivx.expr.Expr.Apply;
import org.derivx.expr.Expr.Mul;
import org.derivx.expr.Relation;
import org.derivx.latex.LatexPrinter;

/**
 * Tokenizer artefacts that make a restated premise look like a new equation. FLAN-T5 often loses
 * the first token of its answer: {@code { (P_e) } = \log{(P_e)}} for the premise {@code W(P_e) =
 * \log(P_e)}, {@code \cos{(\lambda)} = …} for {@code c \cos(\lambda) = …}. A careful reader sees
 * the premise (labelling guide: an artefact alone is no reason for INCORRECT); so does the checker,
 * for the first step only, where the artefact happens.
 */
final class Restatements {
  private Restatements() {}

  /**
   * The token the first step lost if it is {@code premise} (either way round) with the leading
   * function name or leading factor of its first side missing; else null.
   */
  static String lostFirstToken(Relation step, Relation premise) {
    if (step.sides().size() != 2 || premise.sides().size() != 2) {
      return null;
    }
    for (int side = 0; side < 2; side++) {
      Expr first = side == 0 ? premise.lhs() : premise.rhs();
      Expr second = side == 0 ? premise.rhs() : premise.lhs();
      if (!Auto.of(step.rhs()).equals(Auto.of(second))) {
        continue;
      }
      Expr stepFirst = Auto.of(step.lhs());
      if (first instanceof Apply a
          && a.args().size() == 1
          && stepFirst.equals(Auto.of(a.args().get(0)))) {
        return a.name();
      }
      if (first instanceof Mul m && m.factors().size() >= 2) {
        List<Expr> rest = m.factors().subList(1, m.factors().size());
        Expr remaining = rest.size() == 1 ? rest.get(0) : new Mul(rest);
        if (stepFirst.equals(Auto.of(remaining))) {
          return LatexPrinter.print(m.factors().get(0));
        }
      }
    }
    return null;
  }
}
