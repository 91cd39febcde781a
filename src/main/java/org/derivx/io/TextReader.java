package org.derivx.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.derivx.derivation.Derivation;
import org.derivx.derivation.DerivationRecord;
import org.derivx.derivation.Equation;
import org.derivx.derivation.Prompt;
import org.derivx.derivation.ReadProblem;
import org.derivx.derivation.Source;
import org.derivx.latex.Equations;

/**
 * Plain text: one equation per line, a blank line between derivations, optional {@code Given:},
 * {@code Derive:} and {@code Goal:} lines (several equations joined by " and "), {@code #}
 * comments. Record ids are {@code <file-stem>#<index from 0>}.
 */
final class TextReader {
  void read(Path file, RecordSink sink) throws DatasetException {
    String name = file.getFileName().toString();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      Block block = null;
      int index = 0;
      long number = 0;
      String line;
      while ((line = in.readLine()) != null) {
        number++;
        String t = line.strip();
        if (t.startsWith("#")) {
          continue;
        }
        if (t.isEmpty()) {
          if (block != null) {
            block.emit(Source.positionalId(name, index++), name, sink);
            block = null;
          }
          continue;
        }
        if (block == null) {
          block = new Block(number);
        }
        block.add(t);
      }
      if (block != null) {
        block.emit(Source.positionalId(name, index), name, sink);
      }
    } catch (IOException e) {
      throw new DatasetException(name + ": cannot read: " + FormatDetector.describe(e), e);
    }
  }

  private static final class Block {
    final long firstLine;
    final List<Equation> premises = new ArrayList<>();
    final List<Equation> intermediates = new ArrayList<>();
    final List<Equation> steps = new ArrayList<>();
    Equation goal;
    String problem;

    Block(long firstLine) {
      this.firstLine = firstLine;
    }

    void add(String line) {
      String lower = line.toLowerCase(java.util.Locale.ROOT);
      if (lower.startsWith("given:")) {
        premises.addAll(PromptParser.equations(line.substring(6)));
      } else if (lower.startsWith("derive:")) {
        intermediates.addAll(PromptParser.equations(line.substring(7)));
      } else if (lower.startsWith("goal:")) {
        if (goal != null) {
          problem = "more than one Goal: line";
        }
        goal = Equations.parse(line.substring(5).strip());
      } else {
        steps.add(Equations.parse(line));
      }
    }

    void emit(String id, String file, RecordSink sink) {
      Source source = Source.line(file, firstLine);
      if (problem != null) {
        sink.problem(new ReadProblem(source, problem));
        return;
      }
      if (steps.isEmpty()) {
        sink.problem(new ReadProblem(source, "a derivation without equations (only Given:/Goal:)"));
        return;
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
      sink.record(new DerivationRecord(id, source, prompt, List.of(d), Map.of()));
    }
  }
}
