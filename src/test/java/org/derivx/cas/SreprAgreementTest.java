package org.derivx.cas;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.derivx.derivation.Dataset;
import org.derivx.derivation.Derivation;
import org.derivx.derivation.Equation;
import org.derivx.expr.Relation;
import org.derivx.io.Datasets;
import org.derivx.io.SreprParser;
import org.derivx.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.matheclipse.core.eval.EvalEngine;
import org.matheclipse.core.interfaces.IExpr;

/**
 * Our parse of every reference equation against SymPy's own tree for it ({@code srepr_derivation}),
 * both put through Symja's automatic canonical ordering (as SymPy's srepr is SymPy's automatically
 * evaluated form). Derivatives and integrals stay inert on both sides.
 */
class SreprAgreementTest {
  @Test
  void referenceEquationsMatchSympysTrees() throws Exception {
    Dataset d = Datasets.load(SharedData.require("chatgpt_results.json"));
    EvalEngine engine = SymjaRuntime.engine();
    int total = 0;
    List<String> mismatches = new ArrayList<>();
    for (var r : d.records()) {
      for (Derivation v : r.variants()) {
        if (!v.isReference()) {
          continue;
        }
        for (int k = 1; k <= v.size(); k++) {
          total++;
          Equation e = v.step(k);
          Relation theirs = SreprParser.parseEquality(v.annotations().get(k - 1).srepr());
          SymbolTable table = new SymbolTable();
          SymjaConverter c = new SymjaConverter(table, true);
          boolean same = false;
          if (e.parsed()) {
            IExpr ours = engine.evaluate(c.convert(e.tree().lhs()));
            IExpr ref = engine.evaluate(c.convert(theirs.lhs()));
            IExpr ours2 = engine.evaluate(c.convert(e.tree().rhs()));
            IExpr ref2 = engine.evaluate(c.convert(theirs.rhs()));
            same = ours.equals(ref) && ours2.equals(ref2);
          }
          if (!same) {
            mismatches.add(r.id() + " " + v.name() + " step " + k + ": " + e.raw());
          }
        }
      }
    }
    assertThat(total).isEqualTo(2940);
    // 2936 of 2940 agree. The 4 others are one equation of record #99 in four variants, where
    // SymPy printed Mul(a, Derivative(Mul(a, Derivative(S), Derivative(S)))) as "a \partial a
    // \partial S \partial S": its own LaTeX is ambiguous and we read the convention of the data.
    assertThat(mismatches)
        .as(String.join("\n", mismatches))
        .hasSize(4)
        .allMatch(m -> m.startsWith("chatgpt_results#99 "));
  }
}
