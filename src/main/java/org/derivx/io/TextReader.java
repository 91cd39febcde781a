package org.derivx.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.derivx.derivation.Derivation;
import org.derivx.derivation.DerivationRecord;
import org.derivx.derivation.Equation;
import org.derivx.derivation.Prompt;
import org.derivx.derivation.Source;
import org.derivx.latex.Equations;

/**
 * Plain text: one equation per line, a blank line between derivations, optional {@code Given:},
 * {@code Derive:} and {@code Goal:} lines (several equations joined by " and "), {@code #}
 * comments. Record ids are {@code <file-stem>#<index from 0>}.
 */
final class TextReader {
  void read(Path file, RecordSink sink, int threads) throws DatasetException {
    String name = file.getFileName().toString();
    Decoder.run(
        name,
        sink,
        threads,
        decoder -> {
          try (Lines lines = new Lines(TextInput.open(file))) {
            Block block = null;
            int index = 0;
            Lines.Line line;
            while ((line = lines.next()) != null) {
              String t = line.text().strip();
              if (t.startsWith("#")) {
                continue;
              }
              if (t.isEmpty() && !line.tooLong()) {
                if (block != null) {
                  decoder.submit(block.frame(Source.positionalId(name, index++), name));
                  block = null;
                }
                continue;
              }
              if (block == null) {
                block = new Block(line.number());
              }
              block.add(line, t);
            }
            if (block != null) {
              decoder.submit(block.frame(Source.positionalId(name, index), name));
            }
          }
        });
  }

  /** The lines of one derivation, parsed when decoded. */
  private static final class Block {
    final long firstLine;
    final List<String> lines = new ArrayList<>();
    String problem;

    Block(long firstLine) {
      this.firstLine = firstLine;
    }

    void add(Lines.Line line, String text) {
      if (line.tooLong() && problem == null) {
        problem = "line " + line.number() + " is longer than " + Lines.MAX_CHARS + " characters";
      }
      lines.add(text);
    }

    Supplier<Decoded> frame(String id, String file) {
      Source source = Source.line(file, firstLine);
      return () ->
          problem != null
              ? Decoded.problem(source, problem)
              : Decoded.decode(source, w -> record(id, source));
    }

    private DerivationRecord record(String id, Source source) {
      List<Equation> premises = new ArrayList<>();
      List<Equation> intermediates = new ArrayList<>();
      List<Equation> steps = new ArrayList<>();
      Equation goal = null;
      for (String line : lines) {
        String lower = line.toLowerCase(Locale.ROOT);
        if (lower.startsWith("given:")) {
          premises.addAll(PromptParser.equations(line.substring(6)));
        } else if (lower.startsWith("derive:")) {
          intermediates.addAll(PromptParser.equations(line.substring(7)));
        } else if (lower.startsWith("goal:")) {
          if (goal != null) {
            throw new IllegalArgumentException("more than one Goal: line");
          }
          goal = Equations.parse(line.substring(5).strip());
        } else {
          steps.add(Equations.parse(line));
        }
      }
      if (steps.isEmpty()) {
        throw new IllegalArgumentException("a derivation without equations (only Given:/Goal:)");
      }
      boolean hasPrompt = !premises.isEmpty() || !intermediates.isEmpty() || goal != null;
      Prompt prompt = hasPrompt ? new Prompt(premises, intermediates, goal, null) : null;
      Derivation d =
          new Derivation(
              "steps",
              Derivation.Kind.GENERATION,
              null,
              "static",
              prompt,
              steps,
              List.of(),
              List.of());
      return new DerivationRecord(id, source, prompt, List.of(d), Map.of());
    }
  }
}
