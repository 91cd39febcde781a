package org.derivx.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.derivx.derivation.Equation;
import org.derivx.expr.Relation;
import org.derivx.expr.SExpr;
import org.derivx.latex.Equations;
import org.derivx.latex.LatexNormalizer;
import org.derivx.latex.LatexParseException;
import org.derivx.latex.LatexParser;
import org.derivx.latex.LatexPrinter;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The normaliser and the parser on any text. {@link Equations#parse} never throws; {@link
 * LatexParser} throws only {@link LatexParseException}, at an offset inside the text. Every tree is
 * at most {@link LatexParser#MAX_DEPTH} levels deep (measured here without recursion) and no larger
 * than a few nodes per character of the text it came from; the normaliser is idempotent and grows
 * text by a bounded factor; and a parsed tree prints to LaTeX that is stable under the normaliser
 * and parses back to the same tree (the printer's contract), whenever that LaTeX is within the
 * parser's length limit.
 */
class ParserFuzzTest {
  /**
   * The longest replacement the normaliser makes for one character ({@code '×'} → {@code " \cdot
   * "}).
   */
  private static final int GROWTH = 10;

  /** Nodes per character: {@code x y} is three nodes from three characters. */
  private static final int NODES_PER_CHAR = 4;

  static Stream<Arguments> seeds() {
    return FuzzSeeds.equations();
  }

  @MethodSource("seeds")
  @FuzzTest(maxDuration = "10m")
  void equations(byte[] data) {
    String raw = new String(data, StandardCharsets.UTF_8);
    Equation e = Equations.parse(raw); // must not throw, whatever the text
    assertThat(e.raw()).isSameAs(raw);
    if (raw.length() <= LatexParser.MAX_LENGTH) {
      String normalized = LatexNormalizer.normalize(raw);
      assertThat(normalized.length()).isLessThanOrEqualTo(GROWTH * raw.length() + 2);
      assertThat(LatexNormalizer.normalize(normalized)).as("idempotent").isEqualTo(normalized);
    }
    if (e.parsed()) {
      assertBounded(e.tree(), e.normalized());
      assertRoundTrip(e.tree());
    } else {
      assertThat(e.error().message()).isNotBlank();
    }
    // the parser itself, on text the normaliser never saw
    try {
      assertBounded(LatexParser.parseRelation(raw), raw);
    } catch (LatexParseException x) {
      assertThat(x.offset()).isBetween(0, Math.max(raw.length(), LatexParser.MAX_LENGTH));
      assertThat(x.getMessage()).isNotBlank();
    }
  }

  private static void assertBounded(Relation tree, String text) {
    Fuzzing.Shape s = Fuzzing.shape(tree);
    assertThat(s.depth()).as("depth").isLessThanOrEqualTo(LatexParser.MAX_DEPTH);
    assertThat(s.nodes())
        .as("nodes")
        .isLessThanOrEqualTo(NODES_PER_CHAR * (long) text.length() + 8);
  }

  private static void assertRoundTrip(Relation tree) {
    String printed = LatexPrinter.print(tree);
    if (printed.length() > LatexParser.MAX_LENGTH) {
      return; // the printer may spell a tree longer than the limit the parser enforces
    }
    assertThat(LatexNormalizer.normalize(printed)).as("printed LaTeX is normal").isEqualTo(printed);
    Relation back = LatexParser.parseRelation(printed);
    assertThat(SExpr.of(back)).as(printed).isEqualTo(SExpr.of(tree));
  }
}
